#pragma once

#include <QMenu>

class QAction;

namespace stallcast::ui {

// View › Language: the system's language, or English, 한국어, 简体中文 (each named in its own
// script).
// The choice is remembered (QSettings) and applies the next time the studio starts: the open
// windows keep the text they were built with.
class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action for a language code ("ko"), or for the system's language (empty code).
    QAction *actionFor(const QString &code) const;

signals:
    // A different language was picked: the text says when it applies.
    void languageChosen(const QString &message);

private:
    void choose(const QString &code);
};

} // namespace stallcast::ui
