// The claim grammar (docs/CLAIMS.md) on a table of real-looking comments in English, Korean,
// Chinese, Thai, Portuguese and Indonesian: claims and the chatter around them.
#include "TestFramework.h"

#include "claims/ClaimParser.h"

#include <optional>
#include <string>

using stallcast::claims::ClaimParser;

namespace {

struct Row {
    const char *comment;
    const char *code; // nullptr: not a claim
    int qty;
    const char *variant;
};

const Row kRows[] = {
    // English
    {"SOLD A1", "A1", 1, ""},
    {"sold a1", "A1", 1, ""},
    {"Sold A1 2", "A1", 2, ""},
    {"SOLD A1 2 large", "A1", 2, "large"},
    {"sold   A1    3", "A1", 3, ""},
    {"SOLD A1 x2", "A1", 2, ""},
    {"SOLD A1 x 2", "A1", 2, ""},
    {"SOLD A1 ×3", "A1", 3, ""},
    {"SOLD A-1 2", "A1", 2, ""},
    {"SOLD B12", "B12", 1, ""},
    {"SOLD AB3 5", "AB3", 5, ""},
    {"SOLD A1!!", "A1", 1, ""},
    {"SOLD A1 2 🙏", "A1", 2, ""},
    {"SOLD A1 2 red small", "A1", 2, "red small"},
    {"buy A1", "A1", 1, ""},
    {"BUY A1 2pcs", "A1", 2, ""},
    {"buy a1 2 pcs", "A1", 2, ""},
    {"claim A1", "A1", 1, ""},
    {"mine A1", "A1", 1, ""},
    {"Mine A2 2", "A2", 2, ""},
    {"order C3 4", "C3", 4, ""},
    {"+1 A1", "A1", 1, ""},
    {"+2 A1", "A1", 2, ""},
    {"+1 A1 blue", "A1", 1, "blue"},
    {"A1 sold", "A1", 1, ""},
    {"A1 2 sold", "A1", 2, ""},
    {"@minji SOLD A1 2", "A1", 2, ""},
    {"SOLD A1 999", "A1", 999, ""},
    {"is A1 sold out?", nullptr, 0, ""},
    {"A1 sold out", nullptr, 0, ""},
    {"sold out", nullptr, 0, ""},
    {"SOLD OUT already??", nullptr, 0, ""},
    {"how much is A1", nullptr, 0, ""},
    {"A1 looks so fresh", nullptr, 0, ""},
    {"buy it now", nullptr, 0, ""},
    {"I bought A1 last week, so good", nullptr, 0, ""},
    {"sold A1 and B2 together please", nullptr, 0, ""},
    {"SOLD A1 B2", nullptr, 0, ""},
    {"SOLD A1 0", nullptr, 0, ""},
    {"SOLD A1 1000", nullptr, 0, ""},
    {"SOLD A1 5kg", nullptr, 0, ""},
    {"SOLD", nullptr, 0, ""},
    {"SOLD 2", nullptr, 0, ""},
    {"+1", nullptr, 0, ""},
    {"+1 to that", nullptr, 0, ""},
    {"lol", nullptr, 0, ""},
    {"", nullptr, 0, ""},
    {"   ", nullptr, 0, ""},
    {"SOLDA1", nullptr, 0, ""},
    {"SOLD A1234", nullptr, 0, ""},
    {"SOLD ABC1", nullptr, 0, ""},
    {"SOLD A1 is this the big one", nullptr, 0, ""},
    {"A1?", nullptr, 0, ""},
    {"A1", nullptr, 0, ""},
    {"hello from Busan 👋", nullptr, 0, ""},
    // Full width and odd spacing
    {"ＳＯＬＤ Ａ１ ２", "A1", 2, ""},
    {"ｓｏｌｄ　ａ１　３", "A1", 3, ""},
    {"\tSOLD  A1\t2 ", "A1", 2, ""},
    // Korean
    {"구매 A1 2", "A1", 2, ""},
    {"구매 A1 2개", "A1", 2, ""},
    {"구매 A1 2 개", "A1", 2, ""},
    {"구매A1", "A1", 1, ""},
    {"주문 B2 3개", "B2", 3, ""},
    {"찜 A3", "A3", 1, ""},
    {"A1 2개 주세요", "A1", 2, ""},
    {"A1 구매", "A1", 1, ""},
    {"A1 1개 구매", "A1", 1, ""},
    {"구매 Ａ１ ２개", "A1", 2, ""},
    {"A1 품절인가요?", nullptr, 0, ""},
    {"A1 얼마예요", nullptr, 0, ""},
    {"사장님 귤 너무 맛있어 보여요", nullptr, 0, ""},
    {"구매했어요 어제", nullptr, 0, ""},
    {"구매 문의 드려요", nullptr, 0, ""},
    {"A1 맛있어요", nullptr, 0, ""},
    // Chinese
    {"买 A1 2", "A1", 2, ""},
    {"买A1", "A1", 1, ""},
    {"买A1 2个", "A1", 2, ""},
    {"我要A1", "A1", 1, ""},
    {"我要 A1 3件", "A1", 3, ""},
    {"拍A2", "A2", 1, ""},
    {"要 B1 2份", "B1", 2, ""},
    {"購買 A1 2個", "A1", 2, ""},
    {"A1要", "A1", 1, ""},
    {"A1 2 买", "A1", 2, ""},
    {"A1还有吗？", nullptr, 0, ""},
    {"A1多少钱", nullptr, 0, ""},
    {"主播好漂亮", nullptr, 0, ""},
    {"买了买了", nullptr, 0, ""},
    // Thai
    {"CF A1", "A1", 1, ""},
    {"cf a1 2", "A1", 2, ""},
    {"CF A1 2 ชิ้น", "A1", 2, ""},
    {"ซื้อ A1 2", "A1", 2, ""},
    {"ซื้อA1", "A1", 1, ""},
    {"เอา B3 1", "B3", 1, ""},
    {"จอง A1", "A1", 1, ""},
    {"A1 CF", "A1", 1, ""},
    {"A1 ราคาเท่าไหร่คะ", nullptr, 0, ""},
    {"สวัสดีค่ะ", nullptr, 0, ""},
    {"A1 หมดยังคะ?", nullptr, 0, ""},
    // Portuguese
    {"COMPRO A1", "A1", 1, ""},
    {"compro a1 2", "A1", 2, ""},
    {"quero A1 2 un", "A1", 2, ""},
    {"eu quero A1", "A1", 1, ""},
    {"Eu quero B2 3", "B2", 3, ""},
    {"reserva A4", "A4", 1, ""},
    {"quanto custa o A1?", nullptr, 0, ""},
    {"quero saber o preço", nullptr, 0, ""},
    {"A1 ainda tem", nullptr, 0, ""},
    // Indonesian
    {"BELI A1", "A1", 1, ""},
    {"beli a1 2", "A1", 2, ""},
    {"mau A1 3 pcs", "A1", 3, ""},
    {"ambil B2", "B2", 1, ""},
    {"keep A1", "A1", 1, ""},
    {"A1 beli", "A1", 1, ""},
    {"berapa harga A1 kak", nullptr, 0, ""},
    {"A1 masih ada?", nullptr, 0, ""},
    {"mantap kak", nullptr, 0, ""},
};

} // namespace

TEST_CASE("claims: the comment table parses as documented")
{
    const ClaimParser parser;
    std::size_t claims = 0;
    std::size_t chatter = 0;
    for (const auto &row : kRows) {
        INFO("comment: \"" << row.comment << "\"");
        const auto parsed = parser.parse(row.comment);
        if (!row.code) {
            CHECK(!parsed);
            ++chatter;
            continue;
        }
        REQUIRE(parsed);
        CHECK(parsed->code == row.code);
        CHECK(parsed->qty == row.qty);
        CHECK(parsed->variant == row.variant);
        ++claims;
    }
    CHECK(claims + chatter >= 100);
    CHECK(chatter >= 40);
}

TEST_CASE("claims: a mention names the buyer for manual entry")
{
    const ClaimParser parser;
    const auto parsed = parser.parse("@Kim_Minji A1 2개 주세요");
    REQUIRE(parsed);
    CHECK(parsed->mention == "Kim_Minji");
    CHECK(parsed->code == "A1");
    CHECK(parsed->qty == 2);
    CHECK(!parser.parse("@Kim_Minji")); // a mention alone names nobody's claim
    // After a mention the keyword may be left out (an assistant's manual entry).
    const auto manual = parser.parse("@minji A1 2 large");
    REQUIRE(manual);
    CHECK(manual->qty == 2);
    CHECK(manual->variant == "large");
    CHECK(!parser.parse("A1 2 large")); // without one, it is chatter
    CHECK(!parser.parse("@minji A1 is it fresh from today"));
}

TEST_CASE("claims: merchants' own keywords replace the defaults")
{
    const ClaimParser parser({{"en", {"GIMME", "I'LL TAKE"}}}, {"BOX"});
    CHECK(parser.parse("gimme A1 2 box")->qty == 2);
    CHECK(parser.parse("I'll take A1")->code == "A1");
    CHECK(!parser.parse("SOLD A1")); // not one of this shop's words
}

TEST_CASE("claims: long or broken input is not a claim and does not crash")
{
    const ClaimParser parser;
    CHECK(!parser.parse(std::string(600, 'A')));
    CHECK(!parser.parse(std::string("SOLD A1 \xff\xfe 2")));
    CHECK(!parser.parse(std::string("SOLD \0 A1", 9)));
}
