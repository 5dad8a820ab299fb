#include "NgircdServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace stallcast::test {

namespace {

std::string ngircdProgram()
{
    for (const char *path : {"/usr/sbin/ngircd", "/usr/bin/ngircd"})
        if (::access(path, X_OK) == 0)
            return path;
    throw std::runtime_error("ngircd is not installed (apt-get install ngircd): the comment "
                             "source tests need a real IRC server");
}

int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    ::close(fd);
    return rc;
}

std::uint16_t freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

NgircdServer::NgircdServer(std::optional<Tls> tls) : m_port(freeLoopbackPort())
{
    std::ofstream conf(m_dir / "ngircd.conf");
    conf << "[Global]\nName = irc.stallcast.test\nInfo = Stallcast test server\n"
            "AdminInfo1 = tests\nAdminInfo2 = loopback\nAdminEMail = tests@localhost\n"
            "Listen = 127.0.0.1\nMotdPhrase = hello\n";
    conf << (tls ? "Ports =\n" : "Ports = " + std::to_string(m_port) + "\n");
    conf << "[Options]\nPAM = no\nIdent = no\nDNS = no\nRequireAuthPing = no\n"
            "[Limits]\nPingTimeout = 120\nMaxConnectionsIP = 0\nMaxNickLength = 30\n";
    if (tls)
        conf << "[SSL]\nCertFile = " << tls->certificate.string()
             << "\nKeyFile = " << tls->privateKey.string() << "\nPorts = " << m_port << "\n";
    conf.close();
    start();
}

NgircdServer::~NgircdServer()
{
    stop();
}

void NgircdServer::start()
{
    m_process = std::make_unique<ChildProcess>(
        ngircdProgram(), std::vector<std::string>{"-n", "-f", (m_dir / "ngircd.conf").string()});
    const auto giveUpAt = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (connectTo(m_port) != 0) {
        if (std::chrono::steady_clock::now() > giveUpAt)
            throw std::runtime_error("ngircd did not listen on 127.0.0.1:" + std::to_string(m_port)
                                     + " within 10 s");
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void NgircdServer::stop()
{
    if (!m_process)
        return;
    m_process->sendSignal(SIGKILL);
    m_process->wait();
    m_process.reset();
}

} // namespace stallcast::test
