#include "media/source/DeviceList.h"

#include "media/source/SourceSpec.h"

extern "C" {
#include <libavdevice/avdevice.h>
}

#include <mutex>

namespace stallcast::media {

namespace {

void listOne(const char *kind, const char *formatName, std::vector<CaptureDevice> &out)
{
    const AVInputFormat *format = av_find_input_format(formatName);
    if (!format)
        return;
    AVDeviceInfoList *list = nullptr;
    if (avdevice_list_input_sources(format, nullptr, nullptr, &list) < 0 || !list) {
        avdevice_free_list_devices(&list);
        return;
    }
    for (int i = 0; i < list->nb_devices; ++i) {
        const AVDeviceInfo *device = list->devices[i];
        if (!device || !device->device_name)
            continue;
        CaptureDevice d;
        d.kind = kind;
        d.format = formatName;
        d.name = device->device_name;
        d.description = device->device_description ? device->device_description : d.name;
        d.isDefault = i == list->default_device;
        out.push_back(std::move(d));
    }
    avdevice_free_list_devices(&list);
}

} // namespace

std::vector<CaptureDevice> listCaptureDevices()
{
    static std::once_flag once;
    std::call_once(once, [] { avdevice_register_all(); });
    std::vector<CaptureDevice> devices;
    listOne("camera", cameraFormatName(), devices);
    listOne("microphone", microphoneFormatName(), devices);
    return devices;
}

} // namespace stallcast::media
