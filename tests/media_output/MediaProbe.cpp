#include "MediaProbe.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char **environ;

namespace stallcast::test {
namespace {

std::vector<char *> argvOf(std::vector<std::string> &args)
{
    std::vector<char *> argv;
    for (auto &arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    return argv;
}

std::string readAll(int fd)
{
    std::string text;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) {
        text.append(buffer, static_cast<std::size_t>(n));
    }
    return text;
}

// key=value|key=value lines of ffprobe's compact writer.
std::vector<std::pair<std::string, std::string>> fields(const std::string &line)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::istringstream in(line);
    std::string field;
    while (std::getline(in, field, '|')) {
        const auto equals = field.find('=');
        if (equals != std::string::npos) {
            out.emplace_back(field.substr(0, equals), field.substr(equals + 1));
        }
    }
    return out;
}

double number(const std::string &text)
{
    try {
        return std::stod(text);
    } catch (const std::exception &) {
        return 0;
    }
}

} // namespace

std::string runProgram(const std::vector<std::string> &argv)
{
    auto args = argv;
    auto raw = argvOf(args);
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        throw std::runtime_error("cannot create pipes to run " + argv.at(0));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, raw[0], &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        throw std::runtime_error(argv.at(0) + " is not installed or cannot start (install ffmpeg)");
    }
    // Standard error is small for these calls; read stdout first, then stderr.
    const auto text = readAll(out[0]);
    const auto errors = readAll(err[0]);
    ::close(out[0]);
    ::close(err[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw std::runtime_error(argv.at(0) + " failed (status " + std::to_string(status)
                                 + "): " + errors);
    }
    return text;
}

std::optional<ProbedStream> ProbedFile::stream(const std::string &type) const
{
    for (const auto &s : streams) {
        if (s.type == type) {
            return s;
        }
    }
    return std::nullopt;
}

ProbedFile probeFile(const std::filesystem::path &file)
{
    const auto text = runProgram({"ffprobe", "-v", "error", "-show_entries",
                                  "stream=codec_type,codec_name,width,height,start_time:"
                                  "format=duration",
                                  "-of", "compact=p=1:nk=0", file.string()});
    ProbedFile probed;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const bool isStream = line.rfind("stream|", 0) == 0;
        const bool isFormat = line.rfind("format|", 0) == 0;
        ProbedStream stream;
        for (const auto &[key, value] : fields(line)) {
            if (isFormat && key == "duration") {
                probed.durationSeconds = number(value);
            } else if (key == "codec_type") {
                stream.type = value;
            } else if (key == "codec_name") {
                stream.codec = value;
            } else if (key == "width") {
                stream.width = static_cast<int>(number(value));
            } else if (key == "height") {
                stream.height = static_cast<int>(number(value));
            } else if (key == "start_time") {
                stream.startSeconds = number(value);
            }
        }
        if (isStream) {
            probed.streams.push_back(stream);
        }
    }
    return probed;
}

bool startsWithKeyframe(const std::filesystem::path &file)
{
    const auto flags = runProgram({"ffprobe", "-v", "error", "-select_streams", "v:0",
                                   "-show_entries", "packet=flags", "-read_intervals", "%+#1",
                                   "-of", "csv=p=0", file.string()});
    return !flags.empty() && flags[0] == 'K';
}

std::vector<double> keyframeTimes(const std::filesystem::path &file)
{
    const auto text = runProgram({"ffprobe", "-v", "error", "-select_streams", "v:0",
                                  "-show_entries", "packet=pts_time,flags", "-of", "csv=p=0",
                                  file.string()});
    std::vector<double> times;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto comma = line.find(',');
        if (comma != std::string::npos && line.find('K', comma) != std::string::npos) {
            times.push_back(number(line.substr(0, comma)));
        }
    }
    return times;
}

BackgroundProgram::BackgroundProgram(const std::vector<std::string> &argv,
                                     const std::filesystem::path &log)
{
    auto args = argv;
    auto raw = argvOf(args);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    const int rc = posix_spawnp(&m_pid, raw[0], &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        m_pid = -1;
        throw std::runtime_error(argv.at(0) + " is not installed or cannot start (install ffmpeg)");
    }
}

BackgroundProgram::~BackgroundProgram()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
}

bool BackgroundProgram::waitForExit(int timeoutMs)
{
    if (m_pid <= 0) {
        return true;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            return true;
        }
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void BackgroundProgram::interrupt()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGINT);
    }
}

} // namespace stallcast::test
