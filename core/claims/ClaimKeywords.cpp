#include "claims/ClaimKeywords.h"

namespace stallcast::claims {

std::vector<ClaimKeywords> defaultClaimKeywords()
{
    return {
        {"en", {"SOLD", "BUY", "CLAIM", "MINE", "ORDER"}},
        {"ko", {"구매", "주문", "구입", "찜", "주세요"}},
        {"zh", {"我要", "买", "購買", "购买", "要", "拍", "订", "訂"}},
        // "CF" (confirm) is how Thai live sellers' buyers claim.
        {"th", {"ซื้อ", "เอา", "CF", "จอง"}},
        {"pt", {"COMPRO", "QUERO", "EU QUERO", "RESERVA"}},
        {"id", {"BELI", "MAU", "AMBIL", "KEEP"}},
    };
}

std::vector<std::string> defaultQuantityUnits()
{
    return {"개", "EA", "PCS", "PC", "個", "个", "件", "份", "箱", "ชิ้น", "UN", "UNID", "BH"};
}

} // namespace stallcast::claims
