#pragma once

// A real RTMP ingest for tests: nginx with the RTMP module, single process (so it can write its
// recordings into our temp folder), listening on a free 127.0.0.1 port with its own config.
// Application "live" records every published stream into recordingDir() as <key>-<time>.flv.
// It can be killed and started again on the SAME port (reconnect tests). With tls, nginx's
// stream module also terminates TLS on a second port (a self-signed certificate made with the
// openssl program) in front of the RTMP port, for rtmps:// tests. Throws std::runtime_error,
// saying what is missing, when nginx, a module or openssl is not installed.

#include "TempDir.h"

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace stallcast::test {

class NginxRtmp final {
public:
    // Starts nginx on the port (0: a free one); returns once the port accepts connections.
    explicit NginxRtmp(int port = 0, bool tls = false);
    NginxRtmp(const NginxRtmp &) = delete;
    NginxRtmp &operator=(const NginxRtmp &) = delete;
    ~NginxRtmp();

    int port() const { return m_port; }
    // rtmp://127.0.0.1:PORT/live/<streamKey>
    std::string url(const std::string &streamKey) const;
    // rtmps://127.0.0.1:TLSPORT/live/<streamKey> (only when started with tls)
    std::string tlsUrl(const std::string &streamKey) const;
    const std::filesystem::path &recordingDir() const { return m_recordings; }
    // The recordings of one stream key, oldest first.
    std::vector<std::filesystem::path> recordings(const std::string &streamKey) const;

    // SIGQUIT (graceful: recordings are finalised) and wait for the process to end.
    void stop();
    // SIGKILL, as a crash or a pulled cable would: connections are cut mid-stream.
    void kill();
    // SIGSTOP / SIGCONT: a server that keeps its connections open but stops reading them.
    void pause();
    void resume();
    // Starts nginx again on the same port (after stop() or kill()).
    void start();
    bool running() const { return m_pid > 0; }
    // The server's error log, for failure messages.
    std::string errorLog() const;

private:
    void writeConfig() const;
    void makeCertificate() const;
    void waitUntilAccepting();
    void reap(int signal);

    TempDir m_dir;
    std::filesystem::path m_recordings;
    int m_port = 0;
    int m_tlsPort = 0; // 0: no TLS front
    pid_t m_pid = -1;
};

// A free TCP port on 127.0.0.1 (bound to port 0, then released).
int freeLoopbackPort();

} // namespace stallcast::test
