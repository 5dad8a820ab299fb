#include "checkout/EmvPayloadBuilder.h"
#include "checkout/EmvProfiles.h"
#include "common/FieldError.h"
#include "money/Currency.h"

#include <algorithm>
#include <cctype>

namespace stallcast::checkout {

std::string pixPayload(const PixRequest &request)
{
    if (request.key.empty())
        throw FieldError("key", "is required (the receiver's Pix key)");
    if (std::any_of(request.key.begin(), request.key.end(),
                    [](unsigned char c) { return std::isspace(c) != 0; }))
        throw FieldError("key", "must not contain spaces");
    const std::string txid = request.txid.empty() ? "***" : request.txid;
    if (!request.txid.empty()
        && !std::all_of(txid.begin(), txid.end(),
                        [](unsigned char c) { return std::isalnum(c) != 0; }))
        throw FieldError("txid", "only letters A-Z, a-z and digits 0-9 (Pix rule)");

    EmvPayloadBuilder account;
    account.add("00", "br.gov.bcb.pix", "key").add("01", request.key, "key", 77);
    if (!request.info.empty())
        account.add("02", request.info, "info");

    EmvPayloadBuilder additional;
    additional.add("05", txid, "txid", 25);

    EmvPayloadBuilder payload;
    payload.add("00", "01", "payload format")
        .addTemplate("26", account, request.info.empty() ? "key" : "info")
        .add("52", "0000", "merchant category")
        .add("53", "986", "currency");
    if (request.amount)
        payload.add("54", emvAmount(*request.amount, *findCurrency("BRL")), "amount", 13);
    payload.add("58", "BR", "country")
        .add("59", request.name, "name", 25)
        .add("60", request.city, "city", 15)
        .addTemplate("62", additional, "txid");
    return payload.finish();
}

} // namespace stallcast::checkout
