// libFuzzer target: the EMVCo merchant-presented payload parser (`stallcast qr --decode` reads
// payloads from any bank or app). It must never crash or throw, its errors must be one printable
// line, and whatever it calls sound must re-encode to exactly the input.
#include "checkout/Crc16.h"
#include "checkout/EmvParser.h"
#include "checkout/Utf8Text.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

std::string encode(const std::vector<stallcast::checkout::EmvField> &fields)
{
    std::string out;
    for (const auto &f : fields) {
        const auto length = stallcast::checkout::utf8Length(f.value);
        if (!length || *length > 99 || f.id.size() != 2)
            std::abort();
        out += f.id + static_cast<char>('0' + *length / 10) + static_cast<char>('0' + *length % 10)
               + f.value;
        if (!f.children.empty() && encode(f.children) != f.value)
            std::abort();
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stallcast::checkout;
    const std::string payload(reinterpret_cast<const char *>(data), size);
    const auto parsed = parseEmvPayload(payload);
    for (const char c : parsed.structureError)
        if (static_cast<unsigned char>(c) < 0x20)
            std::abort();
    if (parsed.structureError.empty()) {
        if (encode(parsed.fields) != payload || parsed.fields.front().id != "00"
            || parsed.fields.back().id != "63")
            std::abort();
    }
    if (!parsed.statedCrc.empty()) {
        const auto computed = crc16Hex(crc16CcittFalse(payload.substr(0, payload.size() - 4)));
        std::string stated = parsed.statedCrc;
        for (auto &c : stated)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (parsed.computedCrc != computed || parsed.crcValid != (stated == computed))
            std::abort();
    } else if (parsed.crcValid || parsed.valid()) {
        std::abort();
    }
    (void)emvScheme(parsed);
    return 0;
}
