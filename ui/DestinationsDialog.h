#pragma once

#include "Destination.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace stallcast::ui {

class SecretStore;

// The destinations manager: presets for YouTube, Facebook (RTMPS), Twitch, TikTok, Naver and
// custom RTMP/RTMPS/SRT servers; each with a name, server, on/off and canvas. The stream key
// field is masked and goes ONLY to the SecretStore (a stored key is never read back into the
// dialog: an empty field keeps it). OK checks every destination, writes the keys, forgets the
// keys of removed destinations and emits destinationsSaved() with the non-secret fields.
class DestinationsDialog final : public QDialog {
    Q_OBJECT
public:
    DestinationsDialog(QList<Destination> destinations, std::shared_ptr<SecretStore> secrets,
                       bool verticalCanvas, QWidget *parent = nullptr);

    // Where errors of the (asynchronous) key writes are reported, after the dialog closed.
    void onSecretError(std::function<void(const QString &)> report) { m_report = std::move(report); }

    QList<Destination> destinations() const { return m_destinations; }
    // For tests and the keyboard: the editing widgets.
    QPushButton &addButton() const { return *m_add; }
    QComboBox &presetChoice() const { return *m_preset; }
    QLineEdit &nameField() const { return *m_name; }
    QLineEdit &serverField() const { return *m_server; }
    QLineEdit &keyField() const { return *m_key; }
    QLabel &problemLabel() const { return *m_problem; }

    void accept() override;

signals:
    void destinationsSaved(const QList<stallcast::ui::Destination> &destinations);

private:
    void addDestination();
    void removeDestination();
    void showRow(int row);
    void storeFields();
    void presetChosen();
    void refreshList();

    QList<Destination> m_destinations;
    QStringList m_removedIds;
    QHash<QString, QString> m_newKeys; // id -> key typed in this dialog
    std::shared_ptr<SecretStore> m_secrets;
    std::function<void(const QString &)> m_report;
    bool m_vertical;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_preset;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_key;
    QCheckBox *m_showKey;
    QComboBox *m_canvas;
    QCheckBox *m_enabled;
    QLabel *m_hint;
    QLabel *m_problem;
};

} // namespace stallcast::ui
