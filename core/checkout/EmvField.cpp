#include "checkout/EmvField.h"

namespace stallcast::checkout {

bool isEmvTemplateId(int id)
{
    return (id >= 26 && id <= 51) || id == 62 || id == 64 || (id >= 80 && id <= 99);
}

const char *emvFieldName(int id)
{
    if (id >= 2 && id <= 25)
        return "merchant account information (card scheme)";
    if (id >= 26 && id <= 51)
        return "merchant account information";
    if (id >= 80 && id <= 99)
        return "unreserved template";
    switch (id) {
    case 0: return "payload format indicator";
    case 1: return "point of initiation method";
    case 52: return "merchant category code";
    case 53: return "transaction currency";
    case 54: return "transaction amount";
    case 55: return "tip or convenience indicator";
    case 56: return "convenience fee fixed";
    case 57: return "convenience fee percentage";
    case 58: return "country code";
    case 59: return "merchant name";
    case 60: return "merchant city";
    case 61: return "postal code";
    case 62: return "additional data";
    case 63: return "CRC";
    case 64: return "merchant information, alternate language";
    default: return "";
    }
}

} // namespace stallcast::checkout
