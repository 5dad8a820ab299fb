#include "UiFonts.h"

#include "overlay/CardFonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace stallcast::ui {

QStringList shippedFontFamilies()
{
    return overlay::cardFontFamilies();
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
