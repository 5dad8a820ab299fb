#include "checkout/EmvJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace stallcast::checkout {

namespace {

QString q(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Names of the additional-data (62) sub-fields.
const char *additionalDataName(int id)
{
    switch (id) {
    case 1: return "bill number";
    case 2: return "mobile number";
    case 3: return "store label";
    case 4: return "loyalty number";
    case 5: return "reference label";
    case 6: return "customer label";
    case 7: return "terminal label";
    case 8: return "purpose of transaction";
    case 9: return "additional consumer data request";
    default: return "";
    }
}

QJsonArray fieldsToJson(const std::vector<EmvField> &fields, int parent)
{
    QJsonArray out;
    for (const auto &f : fields) {
        QJsonObject o;
        const int id = std::stoi(f.id);
        o["id"] = q(f.id);
        const char *name = parent < 0    ? emvFieldName(id)
                           : parent == 62 ? additionalDataName(id)
                           : id == 0      ? "globally unique identifier"
                                          : "";
        if (*name != '\0')
            o["name"] = QString::fromLatin1(name);
        o["value"] = q(f.value);
        if (!f.children.empty())
            o["fields"] = fieldsToJson(f.children, id);
        out.append(o);
    }
    return out;
}

} // namespace

std::string emvParseToJson(const EmvParseResult &parsed)
{
    QJsonObject root;
    root["valid"] = parsed.valid();
    const auto scheme = emvScheme(parsed);
    if (!scheme.empty())
        root["scheme"] = q(scheme);
    QJsonObject crc;
    crc["stated"] = q(parsed.statedCrc);
    crc["computed"] = q(parsed.computedCrc);
    crc["valid"] = parsed.crcValid;
    root["crc"] = crc;
    if (!parsed.structureError.empty())
        root["error"] = q(parsed.structureError);
    root["fields"] = fieldsToJson(parsed.fields, -1);
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace stallcast::checkout
