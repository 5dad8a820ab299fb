#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace stallcast::test {

// A child process started with posix_spawn, its stdin and stdout connected to pipes (stderr is
// inherited). The destructor SIGKILLs and reaps a child that is still running.
class ChildProcess final {
public:
    ChildProcess(const std::string &program, const std::vector<std::string> &args);
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    ~ChildProcess();

    pid_t pid() const { return m_pid; }

    // Writes text and a newline to the child's stdin. Returns false if the child is gone.
    bool writeLine(std::string_view text);

    enum class ReadStatus { Line, EndOfFile, TimedOut };
    struct ReadResult {
        ReadStatus status;
        std::string line; // without the newline; for Line only
    };
    // The next complete line of the child's stdout, waiting at most `timeout`.
    ReadResult readLine(std::chrono::milliseconds timeout);

    // Reads every remaining complete line until the child closes stdout (e.g. dies).
    // Gives up (returning what it has) after `timeout`.
    std::vector<std::string> readRemainingLines(std::chrono::milliseconds timeout);

    void sendSignal(int signal);

    // Waits for the child to end. Returns the raw wait status (WIFEXITED, WTERMSIG...).
    int wait();

private:
    pid_t m_pid = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    bool m_reaped = false;
    int m_status = 0;
    std::string m_buffer;
};

} // namespace stallcast::test
