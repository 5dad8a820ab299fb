#include "claims/CommentBridge.h"

#include "common/TextKey.h"
#include "feed/WebhookSignature.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <stdexcept>

namespace stallcast::claims {

namespace {

class LineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string field(const QJsonObject &object, const char *name, std::size_t maxBytes,
                  bool required)
{
    const auto value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            throw LineError(std::string(name) + ": is required");
        return {};
    }
    if (!value.isString())
        throw LineError(std::string(name) + ": must be a string");
    const auto text = value.toString().toStdString();
    if (required && text.empty())
        throw LineError(std::string(name) + ": is empty");
    if (text.size() > maxBytes)
        throw LineError(std::string(name) + ": longer than " + std::to_string(maxBytes) + " bytes");
    return text;
}

Comment parseLine(std::string_view line)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(
        QByteArray::fromRawData(line.data(), static_cast<qsizetype>(line.size())), &error);
    if (error.error != QJsonParseError::NoError)
        throw LineError("not JSON (" + error.errorString().toStdString() + " at character "
                        + std::to_string(error.offset + 1) + ")");
    if (!document.isObject())
        throw LineError("must be a JSON object");
    const auto object = document.object();
    Comment c;
    c.source = field(object, "source", 32, true);
    if (!std::all_of(c.source.begin(), c.source.end(), [](char ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'
                   || ch == '.';
        }))
        throw LineError("source: only a-z, 0-9, '-', '_' and '.' (e.g. \"youtube\")");
    if (c.source == "manual")
        throw LineError("source: \"manual\" is the studio's own entry box");
    c.id = field(object, "id", 128, false);
    c.handle = field(object, "handle", 100, true);
    if (!isSingleLineText(c.handle))
        throw LineError("handle: must be one line of text");
    c.text = field(object, "text", 2000, true);
    return c;
}

} // namespace

CommentBridge::CommentBridge(std::vector<std::string> secrets,
                             std::function<std::int64_t()> unixSeconds, Deliver deliver)
    : m_unixSeconds(std::move(unixSeconds)), m_deliver(std::move(deliver))
{
    for (auto &s : secrets)
        m_secrets.add(feed::WebhookSource::Stallcast, std::move(s));
}

feed::ReceiverReply CommentBridge::receive(const feed::Delivery &delivery)
{
    if (m_secrets.empty(feed::WebhookSource::Stallcast))
        return feed::refusedReply(401, "no secret is configured for the comment bridge");
    auto signedDelivery = delivery;
    signedDelivery.source = feed::WebhookSource::Stallcast; // our own scheme
    switch (feed::checkSignature(signedDelivery, m_secrets, m_unixSeconds())) {
    case feed::SignatureCheck::Valid:
        break;
    case feed::SignatureCheck::Missing:
        return feed::refusedReply(401, "missing Stallcast-Signature header");
    case feed::SignatureCheck::Malformed:
        return feed::refusedReply(401, "malformed Stallcast-Signature header");
    case feed::SignatureCheck::Mismatch:
        return feed::refusedReply(401, "signature does not match any active comment-bridge secret");
    case feed::SignatureCheck::Expired:
        return feed::refusedReply(401, "signature timestamp is more than "
                                           + std::to_string(feed::kSignatureToleranceSeconds)
                                           + " s away from the receiver's clock");
    }

    // Every line is checked before any comment is delivered.
    std::vector<Comment> comments;
    const std::string_view body = delivery.body;
    std::size_t lineNo = 0;
    for (std::size_t at = 0; at < body.size();) {
        const auto end = std::min(body.find('\n', at), body.size());
        auto line = body.substr(at, end - at);
        at = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue; // blank lines are allowed (a trailing newline, say)
        if (comments.size() == kMaxLines)
            return feed::refusedReply(413, "more than " + std::to_string(kMaxLines)
                                               + " comments in one request");
        try {
            comments.push_back(parseLine(line));
        } catch (const LineError &e) {
            return feed::refusedReply(400, "line " + std::to_string(lineNo) + ": " + e.what());
        }
    }
    std::size_t claims = 0;
    for (const auto &c : comments)
        claims += m_deliver(c) ? 1 : 0;
    m_comments += comments.size();
    return {202,
            "{\"comments\":" + std::to_string(comments.size())
                + ",\"claims\":" + std::to_string(claims) + "}",
            ""};
}

CommentSourceStatus CommentBridge::status() const
{
    CommentSourceStatus s;
    s.name = "bridge (POST /comments)";
    s.state = SourceState::Connected; // it listens as long as the receiver does
    s.comments = m_comments.load();
    return s;
}

} // namespace stallcast::claims
