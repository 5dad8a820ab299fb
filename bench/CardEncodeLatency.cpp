#include "CardEncodeLatency.h"

#include "BenchDir.h"
#include "db/Database.h"
#include "feed/OrderEvents.h"
#include "inventory/Catalog.h"
#include "media/pipeline/Broadcast.h"
#include "overlay/FeaturedCard.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

namespace stallcast::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nanos(Clock::duration d)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
}

// What the hooks saw, shared between the encode, presenter and dispatcher threads.
struct Observed {
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::int64_t, std::uint64_t> layerVersionAtStock; // available -> the card's layer version
    std::map<std::int64_t, Clock::time_point> pushedAtStock;     // available -> on the layer
    std::map<std::int64_t, std::chrono::microseconds> commitAfter; // order id -> handed in -> durable
    std::uint64_t lastEncodedVersion = 0;
    std::vector<media::EncodedFrameInfo> encoded; // in encode order
};

} // namespace

void saveBenchTangerines(db::Database &database, std::int64_t stock)
{
    inventory::Product product;
    product.sku = "TANG";
    product.code = "A1";
    product.name = "제주 감귤 Jeju tangerines";
    product.price = 25000;
    product.currency = "KRW";
    inventory::Catalog(database).save(product, stock, "bench");
}

orders::OrderRequest paidBenchOrder(const std::string &sku, const std::string &prefix, int i)
{
    orders::OrderRequest request;
    request.source = "bench";
    request.externalId = prefix + std::to_string(i);
    request.paid = true;
    request.buyer.handle = "buyer" + std::to_string(i);
    request.lines.push_back({sku, 1, std::nullopt});
    return request;
}

EncodeLatency measureOrderToEncodedFrame(int orders, const std::optional<std::filesystem::path> &dirOption,
                                         bool zeroLatency)
{
    BenchDir dir(dirOption, false);
    db::Database database(dir.path() / "card-encode.db");
    const std::int64_t stock = orders + 10;
    saveBenchTangerines(database, stock);

    Observed seen;
    media::BroadcastOptions options;
    const media::CanvasFormat format{1280, 720, 30};
    options.video = media::parseVideoSource("test", {format.width, format.height, format.fps});
    options.audio = media::parseAudioSource("none", options.video);
    media::CanvasOptions canvas;
    canvas.format = format;
    canvas.encoder.bitrate = 2'500'000;
    canvas.encoder.zeroLatency = zeroLatency;
    canvas.onFrameEncoded = [&](const media::EncodedFrameInfo &frame) {
        std::lock_guard lock(seen.mutex);
        seen.encoded.push_back(frame);
        seen.changed.notify_all();
    };
    options.canvases.push_back(canvas);
    media::Broadcast broadcast(options);

    feed::OrderEvents events;
    const auto subscription = events.subscribe([&](const feed::OrderEvent &event) {
        // The event carries how long the commit took after the order was handed in; the
        // placement loop below records when it handed it in.
        std::lock_guard lock(seen.mutex);
        seen.commitAfter[event.order.id] = std::chrono::microseconds(event.receiveToCommitUs);
        seen.changed.notify_all();
    });
    overlay::FeaturedCardHooks hooks;
    hooks.rendered = [&](const overlay::CardRenderReport &r) {
        std::lock_guard lock(seen.mutex);
        seen.layerVersionAtStock[r.card.available] = r.layerVersions.front();
        seen.pushedAtStock[r.card.available] = r.pushedAt;
        seen.changed.notify_all();
    };
    EncodeLatency result;
    {
        overlay::FeaturedCard card(database, {}, hooks);
        card.watch(events);
        card.feature("TANG");
        card.attach({{&broadcast.canvas(0).overlays(), {format.width, format.height},
                      {format.width, format.height, double(format.fps), canvas.encoder.bitrate},
                      overlay::builtInCardTemplate({format.width, format.height})}});
        broadcast.start();
        std::this_thread::sleep_for(std::chrono::seconds(1)); // the encoder settles
        orders::OrderBook book(database);
        std::mt19937 random(20261122);
        std::uniform_int_distribution<int> phase(0, 33'333); // orders land anywhere in a frame
        for (int i = 0; i < orders; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(120) + std::chrono::microseconds(phase(random)));
            const auto placedAt = Clock::now();
            const auto placed = events.place(book, paidBenchOrder("TANG", "enc-", i), placedAt).get();
            const std::int64_t available = stock - (i + 1);
            std::unique_lock lock(seen.mutex);
            const bool shown = seen.changed.wait_for(lock, std::chrono::seconds(10), [&] {
                const auto version = seen.layerVersionAtStock.find(available);
                if (version == seen.layerVersionAtStock.end() || !seen.commitAfter.count(placed.order.id))
                    return false;
                for (const auto &frame : seen.encoded)
                    if (frame.overlayVersion >= version->second)
                        return true;
                return false;
            });
            if (!shown)
                throw std::runtime_error("order " + std::to_string(i + 1)
                                         + " never reached an encoded frame within 10 s");
            const auto version = seen.layerVersionAtStock[available];
            media::EncodedFrameInfo first;
            for (const auto &frame : seen.encoded)
                if (frame.overlayVersion >= version) {
                    first = frame;
                    break;
                }
            const auto encodedAt = first.encodedAt;
            const auto committedAt = placedAt + seen.commitAfter[placed.order.id];
            result.commitToEncoded.add(nanos(encodedAt - committedAt));
            result.placedToEncoded.add(nanos(encodedAt - placedAt));
            result.commitToLayer.add(nanos(seen.pushedAtStock[available] - committedAt));
            result.commitToComposed.add(nanos(first.composedAt - committedAt));
            seen.encoded.clear();
        }
        const auto stats = broadcast.stats();
        broadcast.stop();
        result.encoder = stats.canvases.front().encoder;
        result.framesEncoded = stats.canvases.front().framesEncoded;
        result.framesSkipped = stats.canvases.front().framesSkipped;
        result.framesMissed = stats.canvases.front().framesMissed;
        card.detach();
    }
    events.waitUntilDispatched();
    events.unsubscribe(subscription);
    return result;
}

} // namespace stallcast::bench
