#include "claims/ClaimParser.h"

#include <QStringList>

#include <algorithm>

namespace stallcast::claims {

namespace {

bool isAsciiText(std::string_view text)
{
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// NFKC (full-width "ＳＯＬＤ Ａ１ ２" is "SOLD A1 2"), then the multiplication sign as an x.
QString normalized(std::string_view utf8)
{
    auto text = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (!isAsciiText(utf8))
        text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00D7), QLatin1Char('x'));
    return text;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!current.isEmpty())
                out.push_back(std::exchange(current, QString()));
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        out.push_back(current);
    return out;
}

// Trailing "!", ".", "~", "," and the like are emphasis, not content.
QString withoutTrailingMarks(QString token)
{
    while (!token.isEmpty()) {
        const QChar last = token.back();
        if (last == u'!' || last == u'.' || last == u',' || last == u'~' || last == u'^'
            || last == u'。' || last == u'、' || last == u'!')
            token.chop(1);
        else
            break;
    }
    return token;
}

bool hasLetterOrDigit(const QString &token)
{
    return std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "A1", "B12", "AB3", "A-1": one or two Latin letters, an optional hyphen, one to three digits.
std::optional<QString> productCode(const QString &token)
{
    qsizetype i = 0;
    while (i < token.size() && isAsciiLetter(token[i]))
        ++i;
    if (i < 1 || i > 2)
        return std::nullopt;
    QString code = token.left(i);
    if (i < token.size() && token[i] == u'-')
        ++i;
    const auto digitsStart = i;
    while (i < token.size() && isAsciiDigit(token[i]))
        ++i;
    const auto digits = i - digitsStart;
    if (i != token.size() || digits < 1 || digits > 3)
        return std::nullopt;
    return code + token.mid(digitsStart);
}

std::optional<std::int64_t> number(const QString &digits)
{
    if (digits.isEmpty() || digits.size() > 3
        || !std::all_of(digits.begin(), digits.end(), isAsciiDigit))
        return std::nullopt;
    const auto value = digits.toLongLong();
    if (value < 1 || value > kMaxClaimQuantity)
        return std::nullopt;
    return value;
}

bool needsSpace(const QString &keyword)
{
    return !keyword.isEmpty() && keyword[0].unicode() < 0x80;
}

} // namespace

ClaimParser::ClaimParser(const std::vector<ClaimKeywords> &keywords,
                         const std::vector<std::string> &units)
{
    for (const auto &language : keywords)
        for (const auto &word : language.words) {
            const auto text = normalized(word).toUpper().simplified();
            if (!text.isEmpty())
                m_keywords.push_back({text, needsSpace(text), text.split(u' ')});
        }
    std::sort(m_keywords.begin(), m_keywords.end(),
              [](const Keyword &a, const Keyword &b) { return a.text.size() > b.text.size(); });
    for (const auto &unit : units) {
        const auto text = normalized(unit).toUpper().simplified();
        if (!text.isEmpty())
            m_units.push_back(text);
    }
    std::sort(m_units.begin(), m_units.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

std::optional<ParsedClaim> ClaimParser::parse(std::string_view comment) const
{
    if (comment.size() > 500)
        return std::nullopt; // a paragraph is not a claim
    const auto text = normalized(comment);
    if (text.contains(u'?'))
        return std::nullopt; // a question about a product is not a claim on it
    for (const QChar c : text)
        if (c == QChar::ReplacementCharacter
            || (c.category() == QChar::Other_Control && !c.isSpace()))
            return std::nullopt; // broken UTF-8 or control bytes: not a person typing
    QStringList tokens;
    QString mention;
    for (const auto &word : words(text)) {
        if (tokens.isEmpty() && mention.isEmpty() && word.size() > 1 && word[0] == u'@') {
            mention = word.mid(1);
            continue;
        }
        const auto token = withoutTrailingMarks(word).toUpper();
        if (hasLetterOrDigit(token) || token.startsWith(u'+'))
            tokens.push_back(token); // emoji and stray symbols are decoration
    }
    return parseTokens(splitGluedKeyword(tokens), mention);
}

QStringList ClaimParser::splitGluedKeyword(const QStringList &tokens) const
{
    if (tokens.isEmpty())
        return tokens;
    for (const auto &keyword : m_keywords) {
        if (keyword.needsSpace || keyword.text.contains(u' '))
            continue;
        const auto &first = tokens.front();
        if (first.size() > keyword.text.size() && first.startsWith(keyword.text)) {
            QStringList out{keyword.text, first.mid(keyword.text.size())};
            out.append(tokens.mid(1));
            return out;
        }
        const auto &last = tokens.back();
        if (tokens.size() >= 1 && last.size() > keyword.text.size() && last.endsWith(keyword.text)
            && productCode(last.left(last.size() - keyword.text.size()))) {
            QStringList out = tokens.mid(0, tokens.size() - 1);
            out.append(last.left(last.size() - keyword.text.size()));
            out.append(keyword.text);
            return out;
        }
    }
    return tokens;
}

bool ClaimParser::isKeyword(const QStringList &tokens, qsizetype at, qsizetype &length) const
{
    for (const auto &keyword : m_keywords) {
        const auto &parts = keyword.words;
        if (at + parts.size() > tokens.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < parts.size() && match; ++i)
            match = tokens[at + i] == parts[i];
        if (match) {
            length = parts.size();
            return true;
        }
    }
    return false;
}

std::optional<std::int64_t> ClaimParser::quantity(const QStringList &tokens, qsizetype &at) const
{
    if (at >= tokens.size())
        return std::nullopt;
    QString token = tokens[at];
    // "x2", "x 2"
    if (token == u"X" && at + 1 < tokens.size()) {
        if (auto n = number(tokens[at + 1])) {
            at += 2;
            return n;
        }
        return std::nullopt;
    }
    if (token.size() > 1 && token[0] == u'X' && isAsciiDigit(token[1]))
        token = token.mid(1);
    qsizetype digits = 0;
    while (digits < token.size() && isAsciiDigit(token[digits]))
        ++digits;
    if (digits == 0)
        return std::nullopt;
    const auto unit = token.mid(digits);
    if (!unit.isEmpty()
        && std::find(m_units.begin(), m_units.end(), unit) == m_units.end())
        return std::nullopt; // "2kg" or "3rd": not a count of items
    const auto n = number(token.left(digits));
    if (!n)
        return std::nullopt;
    ++at;
    // "2 개", "2 pcs": the unit as its own word
    if (unit.isEmpty() && at < tokens.size()
        && std::find(m_units.begin(), m_units.end(), tokens[at]) != m_units.end())
        ++at;
    return n;
}

std::optional<ParsedClaim> ClaimParser::parseTokens(const QStringList &tokens, QString mention) const
{
    if (tokens.isEmpty())
        return std::nullopt;
    ParsedClaim claim;
    claim.mention = mention.toStdString();
    qsizetype at = 0;
    qsizetype keywordLength = 0;

    if (tokens[0].startsWith(u'+')) {
        // "+1 A1", "+2 A1 large"
        const auto n = number(tokens[0].mid(1));
        if (!n || tokens.size() < 2)
            return std::nullopt;
        const auto code = productCode(tokens[1]);
        if (!code)
            return std::nullopt;
        claim.code = code->toStdString();
        claim.qty = *n;
        at = 2;
    } else if (isKeyword(tokens, 0, keywordLength)) {
        // "SOLD A1 2 large", "구매 A1 2개"
        at = keywordLength;
        if (at >= tokens.size())
            return std::nullopt;
        const auto code = productCode(tokens[at]);
        if (!code)
            return std::nullopt;
        claim.code = code->toStdString();
        ++at;
        if (const auto n = quantity(tokens, at))
            claim.qty = *n;
        else if (at < tokens.size() && isAsciiDigit(tokens[at][0]))
            return std::nullopt; // a number that is not a quantity ("SOLD A1 0", "SOLD A1 5kg")
    } else if (const auto code = productCode(tokens[0])) {
        // "A1 2 구매", "A1 CF": the keyword last, nothing after it. After a mention
        // ("@minji A1 2", an assistant's manual entry) the keyword may be left out.
        claim.code = code->toStdString();
        at = 1;
        if (const auto n = quantity(tokens, at))
            claim.qty = *n;
        else if (at < tokens.size() && isAsciiDigit(tokens[at][0]))
            return std::nullopt;
        if (isKeyword(tokens, at, keywordLength) && at + keywordLength == tokens.size())
            return claim;
        if (mention.isEmpty())
            return std::nullopt;
    } else {
        return std::nullopt;
    }

    // Up to three variant words; another product code or a keyword means chatter.
    const auto rest = tokens.size() - at;
    if (rest > 3)
        return std::nullopt;
    QStringList variant;
    for (; at < tokens.size(); ++at) {
        qsizetype ignored = 0;
        if (productCode(tokens[at]) || isKeyword(tokens, at, ignored)
            || tokens[at].startsWith(u'+'))
            return std::nullopt;
        variant.push_back(tokens[at].toLower());
    }
    claim.variant = variant.join(u' ').toStdString();
    return claim;
}

} // namespace stallcast::claims
