#include "common/BuildInfo.h"

#include "common/Allocator.h"

#include "StallcastVersion.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <sqlite3.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

namespace stallcast {

namespace {
std::string avVersion(unsigned v)
{
    return std::to_string(v >> 16) + "." + std::to_string((v >> 8) & 0xFF) + "."
           + std::to_string(v & 0xFF);
}
} // namespace

std::string versionReport()
{
    std::string out = "stallcast " STALLCAST_VERSION "\n";
    out += "Qt " + std::string(qVersion()) + "\n";
    out += "FFmpeg " + std::string(av_version_info()) + " (libavcodec " + avVersion(avcodec_version())
           + ", libavformat " + avVersion(avformat_version()) + ")\n";
    out += "SQLite " + std::string(sqlite3_libversion()) + "\n";
    out += std::string(OpenSSL_version(OPENSSL_VERSION)) + "\n";
    out += "allocator: " + allocatorName() + "\n";
    return out;
}

} // namespace stallcast
