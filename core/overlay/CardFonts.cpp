#include "overlay/CardFonts.h"

#include <QFontDatabase>

#include <array>
#include <mutex>
#include <stdexcept>

// Resources compiled into a static library are registered by name, outside any namespace.
static void registerCardResources()
{
    Q_INIT_RESOURCE(stallcast_card);
}

namespace stallcast::overlay {

void ensureCardResources()
{
    static std::once_flag once;
    std::call_once(once, registerCardResources);
}

namespace {

QStringList loadFonts()
{
    ensureCardResources();
    constexpr std::array files{
        ":/stallcast/fonts/StallcastCardSans-Regular.ttf",
        ":/stallcast/fonts/StallcastCardSans-Bold.ttf",
        ":/stallcast/fonts/StallcastCardThai-Regular.ttf",
        ":/stallcast/fonts/StallcastCardThai-Bold.ttf",
        ":/stallcast/fonts/StallcastCardCJK-Regular.otf",
    };
    QStringList families;
    for (const char *file : files) {
        const int id = QFontDatabase::addApplicationFont(QString::fromUtf8(file));
        if (id < 0)
            throw std::runtime_error(std::string("cannot load the card font ") + file
                                     + " (is there a QGuiApplication?)");
        for (const auto &family : QFontDatabase::applicationFontFamilies(id))
            if (!families.contains(family))
                families.append(family);
    }
    return families;
}

} // namespace

QStringList cardFontFamilies()
{
    static std::once_flag once;
    static QStringList families;
    std::call_once(once, [] { families = loadFonts(); });
    return families;
}

QFont cardFont(int pixelSize, bool bold)
{
    QFont font;
    font.setFamilies(cardFontFamilies());
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace stallcast::overlay
