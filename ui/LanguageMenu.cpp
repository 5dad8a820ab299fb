#include "LanguageMenu.h"

#include "StudioTranslations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace stallcast::ui {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    const QString current = savedLanguage();

    auto add = [&](const QString &code, const QString &text) {
        QAction *action = addAction(text);
        const QString key = code.isEmpty() ? QStringLiteral("system") : code;
        action->setObjectName(QStringLiteral("language-%1").arg(key));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System language (%1)").arg(QLocale::system().nativeLanguageName()));
    addSeparator();
    for (const auto &language : studioLanguages())
        add(language.code, language.nativeName);
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *action : actions())
        if (action->isCheckable() && action->data().toString() == code)
            return action;
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    const QString message = tr("The new language applies the next time Stallcast starts.");
    emit languageChosen(message);
    // Not modal: the merchant may be in the middle of a stream.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), message, QMessageBox::Ok,
                                parentWidget());
    box->setObjectName(QStringLiteral("languageRestartNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace stallcast::ui
