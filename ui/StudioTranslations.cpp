#include "StudioTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <mutex>

// Resources compiled into a static library are registered by name, outside any namespace.
static void registerTranslationResources()
{
    Q_INIT_RESOURCE(stallcast_translations);
}

namespace stallcast::ui {

namespace {

const QString kLanguageKey = QStringLiteral("view/language");
const QString kTranslationFolder = QStringLiteral(":/stallcast/i18n");

// The translators installed by the last installTranslations call (owned by the application).
struct Installed {
    QTranslator *studio = nullptr;
    QTranslator *qt = nullptr;
};
Installed &installed()
{
    static Installed translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator **translator : {&installed().studio, &installed().qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            (*translator)->deleteLater();
            *translator = nullptr;
        }
    }
}

} // namespace

std::vector<StudioLanguage> studioLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    for (const auto &language : studioLanguages())
        if (language.code == code)
            return code;
    return {};
}

void saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
}

QLocale studioLocale()
{
    const QString code = savedLanguage();
    if (code.isEmpty())
        return QLocale::system();
    const QLocale picked(code);
    // The system's country when it has that language (en_GB, zh_SG): its own date and number
    // habits; otherwise the language's main country.
    const QLocale system = QLocale::system();
    if (system.language() == picked.language())
        return system;
    return picked;
}

bool installTranslations(const QLocale &locale)
{
    static std::once_flag once;
    std::call_once(once, registerTranslationResources);
    removeInstalled();
    QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();

    // English is the source text: only other languages load a file. QTranslator::load tries the
    // locale's UI languages in order (ko-KR, ko, ...).
    bool loaded = false;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto studio = std::make_unique<QTranslator>();
        if (studio->load(locale, QStringLiteral("stallcast"), QStringLiteral("_"),
                         kTranslationFolder)) {
            studio->setParent(app);
            QCoreApplication::installTranslator(studio.get());
            installed().studio = studio.release();
            loaded = true;
        }
    }
    // Qt's own strings (OK, Cancel, the file dialog), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (loaded && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt->setParent(app);
        QCoreApplication::installTranslator(qt.get());
        installed().qt = qt.release();
    }
    return loaded;
}

} // namespace stallcast::ui
