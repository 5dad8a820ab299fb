#pragma once

#include <string>
#include <vector>

namespace stallcast::media {

struct CaptureDevice {
    std::string kind;        // "camera", "microphone", "screen"
    std::string format;      // the libavdevice input, e.g. "v4l2"
    std::string name;        // what to pass as DEVICE, e.g. "/dev/video0"
    std::string description; // what to show, e.g. "Integrated Camera"
    bool isDefault = false;
};

// The capture devices the platform's libavdevice inputs can list (avdevice_list_input_sources;
// v4l2, pulse, alsa, dshow, avfoundation support it, x11grab does not). Inputs that cannot list
// are skipped; never throws for a missing device.
std::vector<CaptureDevice> listCaptureDevices();

} // namespace stallcast::media
