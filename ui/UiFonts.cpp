#include "UiFonts.h"

#include "overlay/CardFonts.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>

#include <algorithm>
#include <stdexcept>

namespace stallcast::ui {

QStringList shippedFontFamilies()
{
    const QStringList families = overlay::cardFontFamilies();
    // cardFontFamilies loads the files once per process, but a QGuiApplication's font database
    // dies with it: one made after another (each test case makes its own) starts without them.
    const bool loaded = std::all_of(families.begin(), families.end(), [](const QString &family) {
        return QFontDatabase::hasFamily(family);
    });
    if (!loaded) {
        const QDir folder(QStringLiteral(":/stallcast/fonts"));
        for (const QString &file : folder.entryList(QDir::Files))
            if (QFontDatabase::addApplicationFont(folder.filePath(file)) < 0)
                throw std::runtime_error("cannot load the font " + file.toStdString());
    }
    return families;
}

QStringList installUiFonts()
{
    const QStringList shipped = shippedFontFamilies();

    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    for (const QString &family : shipped)
        if (!families.contains(family))
            families << family;
    font.setFamilies(families);
    QApplication::setFont(font);

    // A widget or a rich-text label may name a family of its own (the fixed-pitch font, a generic
    // name): each of these falls back to the shipped fonts as well.
    const QStringList named{font.family(),
                            QFontDatabase::systemFont(QFontDatabase::GeneralFont).family(),
                            QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
                            QFontDatabase::systemFont(QFontDatabase::TitleFont).family(),
                            QStringLiteral("Sans Serif"),
                            QStringLiteral("sans-serif"),
                            QStringLiteral("Monospace"),
                            QStringLiteral("monospace")};
    for (const QString &name : named)
        if (!shipped.contains(name))
            QFont::insertSubstitutions(name, shipped);
    return families;
}

} // namespace stallcast::ui
