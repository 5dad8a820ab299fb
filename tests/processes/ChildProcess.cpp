#include "ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace stallcast::test {

namespace {

[[noreturn]] void failWith(const std::string &what)
{
    throw std::runtime_error(what + ": " + std::strerror(errno));
}

struct Pipe {
    int read = -1;
    int write = -1;
    Pipe()
    {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0) // no child inherits another child's pipe ends
            failWith("pipe2");
        read = fds[0];
        write = fds[1];
    }
};

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

ChildProcess::ChildProcess(const std::string &program, const std::vector<std::string> &args)
{
    // A child that dies must not take the test down with SIGPIPE when we write to it.
    std::signal(SIGPIPE, SIG_IGN);

    Pipe in;
    Pipe out;
    std::vector<std::string> argvStorage;
    argvStorage.push_back(program);
    argvStorage.insert(argvStorage.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &a : argvStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in.read, STDIN_FILENO); // dup2 clears CLOEXEC
    posix_spawn_file_actions_adddup2(&actions, out.write, STDOUT_FILENO);
    const int rc = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in.read);
    ::close(out.write);
    if (rc != 0) {
        ::close(in.write);
        ::close(out.read);
        errno = rc;
        failWith("cannot start " + program);
    }
    m_stdin = in.write;
    m_stdout = out.read;
}

ChildProcess::~ChildProcess()
{
    if (!m_reaped && m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        wait();
    }
    closeFd(m_stdin);
    closeFd(m_stdout);
}

bool ChildProcess::writeLine(std::string_view text)
{
    std::string data(text);
    data += '\n';
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(m_stdin, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

ChildProcess::ReadResult ChildProcess::readLine(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const auto newline = m_buffer.find('\n');
        if (newline != std::string::npos) {
            ReadResult r{ReadStatus::Line, m_buffer.substr(0, newline)};
            m_buffer.erase(0, newline + 1);
            return r;
        }
        if (m_stdout < 0)
            return {ReadStatus::EndOfFile, {}};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return {ReadStatus::TimedOut, {}};
        pollfd p{m_stdout, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno != EINTR)
            failWith("poll");
        if (ready <= 0)
            continue;
        char chunk[4096];
        const auto n = ::read(m_stdout, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failWith("read");
        }
        if (n == 0) {
            closeFd(m_stdout); // EOF; a partial last line (none expected) is dropped
            continue;
        }
        m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

std::vector<std::string> ChildProcess::readRemainingLines(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::vector<std::string> lines;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        auto r = readLine(std::max(left, std::chrono::milliseconds(0)));
        if (r.status != ReadStatus::Line)
            return lines;
        lines.push_back(std::move(r.line));
    }
}

void ChildProcess::sendSignal(int signal)
{
    if (!m_reaped)
        ::kill(m_pid, signal);
}

int ChildProcess::wait()
{
    if (m_reaped)
        return m_status;
    for (;;) {
        if (::waitpid(m_pid, &m_status, 0) == m_pid)
            break;
        if (errno != EINTR)
            failWith("waitpid");
    }
    m_reaped = true;
    return m_status;
}

} // namespace stallcast::test
