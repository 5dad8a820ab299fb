#pragma once

#include "UiTheme.h"

#include <QMenu>

class QAction;

namespace stallcast::ui {

// View › Theme: System, Light, Dark. Applies at once and is remembered (QSettings).
class ThemeMenu final : public QMenu {
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    QAction *actionFor(Theme theme) const;

private:
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
};

} // namespace stallcast::ui
