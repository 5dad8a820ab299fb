#include "NginxRtmp.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char **environ;

namespace stallcast::test {
namespace {

const char *const kModule = "/usr/lib/nginx/modules/ngx_rtmp_module.so";
const char *const kStreamModule = "/usr/lib/nginx/modules/ngx_stream_module.so";

std::filesystem::path findNginx()
{
    for (const char *candidate : {"/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"}) {
        if (::access(candidate, X_OK) == 0) {
            return candidate;
        }
    }
    throw std::runtime_error("nginx is not installed (looked in /usr/sbin, /usr/local/sbin, "
                             "/usr/bin); install nginx-light and libnginx-mod-rtmp");
}

bool portAccepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        throw std::runtime_error("cannot create a socket to find a free port");
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = 0;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot bind a socket on 127.0.0.1 to find a free port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

NginxRtmp::NginxRtmp(int port, bool tls)
    : m_recordings(m_dir / "rec")
{
    findNginx();
    if (::access(kModule, R_OK) != 0) {
        throw std::runtime_error(std::string("the nginx RTMP module is not installed (") + kModule
                                 + "); install libnginx-mod-rtmp");
    }
    if (tls && ::access(kStreamModule, R_OK) != 0) {
        throw std::runtime_error(std::string("the nginx stream module is not installed (")
                                 + kStreamModule + "); install libnginx-mod-stream");
    }
    std::filesystem::create_directories(m_recordings);
    m_port = port > 0 ? port : freeLoopbackPort();
    if (tls) {
        do {
            m_tlsPort = freeLoopbackPort();
        } while (m_tlsPort == m_port);
        makeCertificate();
    }
    writeConfig();
    start();
}

NginxRtmp::~NginxRtmp()
{
    if (running()) {
        reap(SIGKILL);
    }
}

std::string NginxRtmp::url(const std::string &streamKey) const
{
    return "rtmp://127.0.0.1:" + std::to_string(m_port) + "/live/" + streamKey;
}

std::string NginxRtmp::tlsUrl(const std::string &streamKey) const
{
    if (m_tlsPort == 0) {
        throw std::logic_error("NginxRtmp::tlsUrl: this server was started without tls");
    }
    return "rtmps://127.0.0.1:" + std::to_string(m_tlsPort) + "/live/" + streamKey;
}

void NginxRtmp::makeCertificate() const
{
    const auto key = (m_dir / "key.pem").string();
    const auto cert = (m_dir / "cert.pem").string();
    const auto log = (m_dir / "openssl.out").string();
    std::vector<std::string> args{"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                                  "-keyout", key, "-out", cert, "-days", "1",
                                  "-subj", "/CN=127.0.0.1"};
    std::vector<char *> argv;
    for (auto &arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = -1;
    const int rc = posix_spawnp(&pid, "openssl", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("the openssl program is not installed (needed for a test "
                                 "certificate); install openssl");
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw std::runtime_error("openssl could not make a test certificate: "
                                 + readFile(m_dir / "openssl.out"));
    }
}

std::vector<std::filesystem::path> NginxRtmp::recordings(const std::string &streamKey) const
{
    std::vector<std::filesystem::path> found;
    for (const auto &entry : std::filesystem::directory_iterator(m_recordings)) {
        const auto name = entry.path().filename().string();
        if (name.rfind(streamKey + "-", 0) == 0 && entry.path().extension() == ".flv") {
            found.push_back(entry.path());
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return std::filesystem::last_write_time(a) < std::filesystem::last_write_time(b);
    });
    return found;
}

void NginxRtmp::writeConfig() const
{
    const auto dir = m_dir.path().string();
    std::ofstream conf(m_dir / "nginx.conf");
    conf << "load_module " << kModule << ";\n";
    if (m_tlsPort != 0) {
        conf << "load_module " << kStreamModule << ";\n";
    }
    conf << "daemon off;\nmaster_process off;\n"
         << "pid " << dir << "/nginx.pid;\n"
         << "error_log " << dir << "/error.log info;\n"
         << "events { worker_connections 64; }\n"
         << "rtmp { server { listen 127.0.0.1:" << m_port << ";\n"
         << "  application live { live on; record all; record_path " << m_recordings.string()
         << "; record_unique on; } } }\n";
    if (m_tlsPort != 0) {
        conf << "stream { server { listen 127.0.0.1:" << m_tlsPort << " ssl;\n"
             << "  ssl_certificate " << dir << "/cert.pem; ssl_certificate_key " << dir
             << "/key.pem;\n  proxy_pass 127.0.0.1:" << m_port << "; } }\n";
    }
    if (!conf) {
        throw std::runtime_error("cannot write the nginx config into " + dir);
    }
}

void NginxRtmp::start()
{
    if (running()) {
        throw std::logic_error("NginxRtmp::start: nginx is already running");
    }
    const auto nginx = findNginx().string();
    const auto dir = m_dir.path().string();
    const auto conf = (m_dir / "nginx.conf").string();
    const auto errorLogPath = (m_dir / "error.log").string();
    const auto output = (m_dir / "nginx.out").string();
    std::vector<std::string> args{nginx, "-e", errorLogPath, "-c", conf, "-p", dir + "/"};
    std::vector<char *> argv;
    for (auto &arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    const int rc = posix_spawn(&m_pid, nginx.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        m_pid = -1;
        throw std::runtime_error("cannot start " + nginx + ": " + std::to_string(rc));
    }
    waitUntilAccepting();
}

void NginxRtmp::waitUntilAccepting()
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("nginx exited at start (port " + std::to_string(m_port)
                                     + "): " + readFile(m_dir / "nginx.out") + errorLog());
        }
        if (portAccepts(m_port) && (m_tlsPort == 0 || portAccepts(m_tlsPort))) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    reap(SIGKILL);
    throw std::runtime_error("nginx did not accept connections on 127.0.0.1:"
                             + std::to_string(m_port) + " within 10 s: " + errorLog());
}

void NginxRtmp::reap(int signal)
{
    ::kill(m_pid, signal);
    ::kill(m_pid, SIGCONT); // a paused server must run to act on the signal
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    m_pid = -1;
}

void NginxRtmp::stop()
{
    if (running()) {
        reap(SIGQUIT);
    }
}

void NginxRtmp::kill()
{
    if (running()) {
        reap(SIGKILL);
    }
}

void NginxRtmp::pause()
{
    if (running()) {
        ::kill(m_pid, SIGSTOP);
    }
}

void NginxRtmp::resume()
{
    if (running()) {
        ::kill(m_pid, SIGCONT);
    }
}

std::string NginxRtmp::errorLog() const
{
    return readFile(m_dir / "error.log");
}

} // namespace stallcast::test
