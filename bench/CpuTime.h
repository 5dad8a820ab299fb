#pragma once

namespace stallcast::bench {

// CPU time this process has used so far, all threads, user + system, in seconds.
double processCpuSeconds();

// CPU time the calling thread has used so far, in seconds.
double threadCpuSeconds();

} // namespace stallcast::bench
