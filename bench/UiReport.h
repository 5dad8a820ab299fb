#pragma once

#include "OrderPoster.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stallcast::bench {

// How late the UI thread's 5 ms timer ran during a phase (ui::UiStallMonitor::Report), in µs.
struct StallFigures {
    std::int64_t samples = 0;
    std::int64_t p50Us = 0, p99Us = 0, p999Us = 0, longestUs = 0;
    std::int64_t over50ms = 0;
};

// One measured phase of `stallcast-bench ui`.
struct UiPhase {
    std::string name;
    StallFigures stalls;
    double seconds = 0;
    double cpuCores = 0;     // the whole process: CPU seconds per wall second
    double uiThreadCores = 0; // the UI thread alone
    std::int64_t framesEncoded = 0;
    std::int64_t framesMissedOrSkipped = 0; // by the canvas (the stream's own frames)
    std::int64_t previewShown = 0;
    std::int64_t previewDropped = 0;        // preview frames left out (never the stream's)
    std::optional<PostingResult> orders;
};

struct UiRun {
    std::string command;
    std::string machine;     // "2 CPUs (model)"
    std::string loadBefore;  // /proc/loadavg at the start and the end
    std::string loadAfter;
    std::string canvas;
    int rate = 0;
    std::vector<UiPhase> phases; // the first is the idle baseline
    std::int64_t ordersRecorded = 0; // in the shop database after the run
    std::int64_t feedRows = 0;       // rows in the order feed at the end
    double feedCatchUpMs = 0;        // last answer -> the feed showing every accepted order
    std::int64_t recordingBytes = 0;
    bool goalMet = false;
    double worstLongestMs = 0;       // the longest stall of the phases with orders
};

// The generated section of docs/BENCHMARKS.md (between the markers).
std::string uiReport(const UiRun &run, std::string_view begin, std::string_view end);

} // namespace stallcast::bench
