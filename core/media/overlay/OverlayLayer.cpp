#include "media/overlay/OverlayLayer.h"

#include "media/av/AvError.h"
#include "media/av/AvPointers.h"
#include "media/overlay/AlphaBlend.h"

#include <algorithm>
#include <stdexcept>

namespace stallcast::media {

std::shared_ptr<PreparedOverlay> prepareOverlay(const RgbaImage &image)
{
    if (!image.valid())
        throw std::invalid_argument("overlay image: width and height must be positive and the "
                                    "pixels exactly width*height*4 bytes");
    auto prepared = std::make_shared<PreparedOverlay>();
    const int w = image.width / 2 * 2 > 0 ? image.width / 2 * 2 : 2;
    const int h = image.height / 2 * 2 > 0 ? image.height / 2 * 2 : 2;
    prepared->width = w;
    prepared->height = h;
    prepared->luma.resize(static_cast<std::size_t>(w) * h);
    prepared->alpha.resize(static_cast<std::size_t>(w) * h);
    prepared->chromaU.resize(static_cast<std::size_t>(w / 2) * (h / 2));
    prepared->chromaV.resize(prepared->chromaU.size());
    prepared->chromaAlpha.resize(prepared->chromaU.size());

    SwsContextPtr sws(sws_getContext(image.width, image.height, AV_PIX_FMT_RGBA, w, h,
                                     AV_PIX_FMT_YUVA420P, SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (!sws)
        throw MediaError("overlay image: cannot convert RGBA to YUVA");
    const std::uint8_t *src[4] = {image.pixels.data(), nullptr, nullptr, nullptr};
    const int srcStride[4] = {image.width * 4, 0, 0, 0};
    std::uint8_t *dst[4] = {prepared->luma.data(), prepared->chromaU.data(),
                            prepared->chromaV.data(), prepared->alpha.data()};
    const int dstStride[4] = {w, w / 2, w / 2, w};
    sws_scale(sws.get(), src, srcStride, 0, image.height, dst, dstStride);
    // The chroma planes' alpha: the mean of each 2x2 block.
    for (int y = 0; y < h / 2; ++y)
        for (int x = 0; x < w / 2; ++x) {
            const auto *a = &prepared->alpha[static_cast<std::size_t>(2 * y) * w + 2 * x];
            prepared->chromaAlpha[static_cast<std::size_t>(y) * (w / 2) + x] =
                static_cast<std::uint8_t>((a[0] + a[1] + a[w] + a[w + 1] + 2) / 4);
        }
    return prepared;
}

OverlayLayer::OverlayLayer()
    : m_current(std::make_shared<const std::vector<std::shared_ptr<const PreparedOverlay>>>())
{
}

void OverlayLayer::publish(std::vector<std::shared_ptr<const PreparedOverlay>> next)
{
    std::stable_sort(next.begin(), next.end(),
                     [](const auto &a, const auto &b) { return a->z < b->z; });
    m_current = std::make_shared<const std::vector<std::shared_ptr<const PreparedOverlay>>>(
        std::move(next));
    ++m_version;
}

std::uint64_t OverlayLayer::set(const std::string &id, const RgbaImage &image, int x, int y, int z)
{
    auto prepared = prepareOverlay(image); // the slow part, outside the lock
    prepared->id = id;
    prepared->x = x / 2 * 2;
    prepared->y = y / 2 * 2;
    prepared->z = z;
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<const PreparedOverlay>> next;
    for (const auto &o : *m_current)
        if (o->id != id)
            next.push_back(o);
    next.push_back(std::move(prepared));
    publish(std::move(next));
    return m_version;
}

bool OverlayLayer::move(const std::string &id, int x, int y)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<const PreparedOverlay>> next(m_current->begin(), m_current->end());
    for (auto &o : next)
        if (o->id == id) {
            auto moved = std::make_shared<PreparedOverlay>(*o);
            moved->x = x / 2 * 2;
            moved->y = y / 2 * 2;
            o = std::move(moved);
            publish(std::move(next));
            return true;
        }
    return false;
}

void OverlayLayer::remove(const std::string &id)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::shared_ptr<const PreparedOverlay>> next;
    for (const auto &o : *m_current)
        if (o->id != id)
            next.push_back(o);
    publish(std::move(next));
}

void OverlayLayer::clear()
{
    std::lock_guard lock(m_mutex);
    publish({});
}

OverlayLayer::Snapshot OverlayLayer::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_current;
}

OverlayLayer::Versioned OverlayLayer::versionedSnapshot() const
{
    std::lock_guard lock(m_mutex);
    return {m_current, m_version};
}

std::uint64_t OverlayLayer::version() const
{
    std::lock_guard lock(m_mutex);
    return m_version;
}

namespace {

void blendPlane(std::uint8_t *dst, int dstStride, int dstWidth, int dstHeight,
                const std::uint8_t *src, const std::uint8_t *alpha, int srcWidth, int srcHeight,
                int x, int y)
{
    const int left = std::max(0, -x);
    const int top = std::max(0, -y);
    const int right = std::min(srcWidth, dstWidth - x);
    const int bottom = std::min(srcHeight, dstHeight - y);
    if (right <= left || bottom <= top)
        return;
    for (int row = top; row < bottom; ++row) {
        const auto offset = static_cast<std::size_t>(row) * srcWidth + left;
        blendRow(dst + static_cast<std::ptrdiff_t>(y + row) * dstStride + x + left, src + offset,
                 alpha + offset, right - left);
    }
}

} // namespace

int OverlayLayer::blend(const Snapshot &snapshot, AVFrame &frame)
{
    int drawn = 0;
    for (const auto &o : *snapshot) {
        if (o->x >= frame.width || o->y >= frame.height || o->x + o->width <= 0
            || o->y + o->height <= 0)
            continue;
        blendPlane(frame.data[0], frame.linesize[0], frame.width, frame.height, o->luma.data(),
                   o->alpha.data(), o->width, o->height, o->x, o->y);
        blendPlane(frame.data[1], frame.linesize[1], frame.width / 2, frame.height / 2,
                   o->chromaU.data(), o->chromaAlpha.data(), o->width / 2, o->height / 2,
                   o->x / 2, o->y / 2);
        blendPlane(frame.data[2], frame.linesize[2], frame.width / 2, frame.height / 2,
                   o->chromaV.data(), o->chromaAlpha.data(), o->width / 2, o->height / 2,
                   o->x / 2, o->y / 2);
        ++drawn;
    }
    return drawn;
}

} // namespace stallcast::media
