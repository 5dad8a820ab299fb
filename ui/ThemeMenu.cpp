#include "ThemeMenu.h"

#include <QActionGroup>

namespace stallcast::ui {

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent), m_system(addAction(tr("&System"))),
      m_light(addAction(tr("&Light"))), m_dark(addAction(tr("&Dark")))
{
    setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(this);
    const Theme current = savedTheme();
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = actionFor(theme);
        action->setObjectName(QStringLiteral("theme-%1").arg(themeKey(theme)));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
    m_system->setStatusTip(tr("The desktop's own colours and style"));
    m_light->setStatusTip(tr("Light colours"));
    m_dark->setStatusTip(tr("Dark colours, easier on the eyes in a dim room"));
}

QAction *ThemeMenu::actionFor(Theme theme) const
{
    switch (theme) {
    case Theme::Light:
        return m_light;
    case Theme::Dark:
        return m_dark;
    case Theme::System:
        break;
    }
    return m_system;
}

} // namespace stallcast::ui
