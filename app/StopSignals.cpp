#include "StopSignals.h"

#include <pthread.h>

#include <stdexcept>

namespace stallcast::app {

sigset_t blockStopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0)
        throw std::runtime_error("cannot block SIGINT/SIGTERM");
    std::signal(SIGPIPE, SIG_IGN);
    return set;
}

int waitForStopSignal(const sigset_t &stopSignals)
{
    int signal = 0;
    while (sigwait(&stopSignals, &signal) != 0) {
    }
    return signal;
}

} // namespace stallcast::app
