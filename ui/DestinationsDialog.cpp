#include "DestinationsDialog.h"

#include "SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stallcast::ui {

DestinationsDialog::DestinationsDialog(QList<Destination> destinations,
                                       std::shared_ptr<SecretStore> secrets, bool verticalCanvas,
                                       QWidget *parent)
    : QDialog(parent)
    , m_destinations(std::move(destinations))
    , m_secrets(std::move(secrets))
    , m_vertical(verticalCanvas)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_preset(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_showKey(new QCheckBox(tr("Show"), this))
    , m_canvas(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("Go live here"), this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationsDialog"));
    setWindowTitle(tr("Destinations"));
    m_list->setObjectName(QStringLiteral("destinationList"));
    m_key->setObjectName(QStringLiteral("streamKeyField"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_problem->setObjectName(QStringLiteral("destinationProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->setWordWrap(true);
    m_hint->setWordWrap(true);
    for (const auto &preset : destinationPresets())
        m_preset->addItem(preset.label, preset.id);
    m_canvas->addItem(tr("Landscape 16:9"), static_cast<int>(studio::CanvasRole::Landscape));
    m_canvas->addItem(tr("Vertical 9:16"), static_cast<int>(studio::CanvasRole::Vertical));

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);
    auto *form = new QFormLayout;
    form->addRow(tr("Platform"), m_preset);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Stream key"), keyRow);
    form->addRow(tr("Canvas"), m_canvas);
    form->addRow(QString(), m_enabled);
    form->addRow(m_hint);
    form->addRow(m_problem);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto *where = new QLabel(tr("Stream keys are kept in: %1. The settings file keeps only the "
                                "name, server and switches.")
                                 .arg(m_secrets->backendName()),
                             this);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &DestinationsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &DestinationsDialog::addDestination);
    connect(m_remove, &QPushButton::clicked, this, &DestinationsDialog::removeDestination);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeFields();
        showRow(row);
    });
    connect(m_preset, &QComboBox::activated, this, &DestinationsDialog::presetChosen);
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (auto *field : {m_name, m_server, m_key})
        connect(field, &QLineEdit::textEdited, this, [this] { storeFields(); });
    connect(m_canvas, &QComboBox::activated, this, [this] { storeFields(); });
    connect(m_enabled, &QCheckBox::toggled, this, [this] { storeFields(); });

    refreshList();
    m_list->setCurrentRow(m_destinations.isEmpty() ? -1 : 0);
    showRow(m_list->currentRow());
    resize(720, 420);
}

void DestinationsDialog::refreshList()
{
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    for (const auto &d : m_destinations)
        m_list->addItem((d.enabled ? QStringLiteral("● ") : QStringLiteral("○ ")) + d.name);
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_destinations.size()) - 1));
    m_loading = false;
}

void DestinationsDialog::showRow(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_destinations.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_preset, m_name, m_server, m_key, m_showKey,
                                                       m_canvas, m_enabled, m_remove})
        w->setEnabled(valid);
    m_loading = true;
    if (!valid) {
        m_name->clear();
        m_server->clear();
        m_key->clear();
        m_hint->setText(tr("Add a destination for each platform you stream to."));
        m_problem->clear();
        m_loading = false;
        return;
    }
    const auto &d = m_destinations[row];
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(d.preset)));
    m_name->setText(d.name);
    m_server->setText(d.server);
    m_key->setText(m_newKeys.value(d.id));
    m_key->setPlaceholderText(tr("kept in %1 — type to replace").arg(m_secrets->backendName()));
    m_canvas->setCurrentIndex(d.canvas == studio::CanvasRole::Vertical ? 1 : 0);
    m_enabled->setChecked(d.enabled);
    m_hint->setText(destinationPreset(d.preset).hint);
    m_problem->setText(destinationProblem(d));
    m_loading = false;
}

void DestinationsDialog::storeFields()
{
    if (m_loading || m_row < 0 || m_row >= m_destinations.size())
        return;
    auto &d = m_destinations[m_row];
    d.preset = m_preset->currentData().toString();
    d.name = m_name->text().trimmed();
    d.server = m_server->text().trimmed();
    d.canvas = static_cast<studio::CanvasRole>(m_canvas->currentData().toInt());
    d.enabled = m_enabled->isChecked();
    if (!m_key->text().isEmpty())
        m_newKeys[d.id] = m_key->text().trimmed();
    m_problem->setText(destinationProblem(d));
    if (auto *item = m_list->item(m_row))
        item->setText((d.enabled ? QStringLiteral("● ") : QStringLiteral("○ ")) + d.name);
}

void DestinationsDialog::presetChosen()
{
    if (m_row < 0)
        return;
    const auto &preset = destinationPreset(m_preset->currentData().toString());
    m_loading = true;
    if (!preset.server.isEmpty() || m_server->text().isEmpty())
        m_server->setText(preset.server);
    if (m_name->text().isEmpty() || destinationPreset(m_destinations[m_row].preset).label == m_name->text())
        m_name->setText(preset.label);
    m_canvas->setCurrentIndex(preset.canvas == studio::CanvasRole::Vertical ? 1 : 0);
    m_hint->setText(preset.hint);
    m_loading = false;
    storeFields();
}

void DestinationsDialog::addDestination()
{
    storeFields();
    Destination d;
    d.id = newDestinationId();
    const auto &preset = destinationPresets().constFirst();
    d.preset = preset.id;
    d.name = preset.label;
    d.server = preset.server;
    d.canvas = preset.canvas;
    m_destinations.append(d);
    refreshList();
    m_list->setCurrentRow(static_cast<int>(m_destinations.size()) - 1);
    showRow(m_list->currentRow());
    m_name->setFocus();
}

void DestinationsDialog::removeDestination()
{
    if (m_row < 0 || m_row >= m_destinations.size())
        return;
    const auto id = m_destinations[m_row].id;
    m_removedIds.append(id);
    m_newKeys.remove(id);
    m_destinations.removeAt(m_row);
    m_row = -1;
    refreshList();
    showRow(m_list->currentRow());
}

void DestinationsDialog::accept()
{
    storeFields();
    for (int i = 0; i < m_destinations.size(); ++i) {
        QString problem = destinationProblem(m_destinations[i]);
        if (problem.isEmpty() && m_destinations[i].canvas == studio::CanvasRole::Vertical
            && !m_vertical && m_destinations[i].enabled)
            problem = tr("This destination takes the vertical canvas: turn on Live › Vertical "
                         "canvas, or switch it to landscape.");
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(i);
            showRow(i);
            m_problem->setText(problem);
            return;
        }
    }
    // Keys go to the store only; the callbacks may run after the dialog is gone.
    auto report = m_report;
    for (auto it = m_newKeys.cbegin(); it != m_newKeys.cend(); ++it) {
        Destination d;
        d.id = it.key();
        m_secrets->write(d.secretKey(), it.value().toUtf8(), [report](const QString &error) {
            if (!error.isEmpty() && report)
                report(tr("The stream key could not be stored: %1").arg(error));
        });
    }
    for (const auto &id : m_removedIds) {
        Destination d;
        d.id = id;
        m_secrets->remove(d.secretKey(), [report](const QString &error) {
            if (!error.isEmpty() && report)
                report(tr("A removed destination's key could not be deleted: %1").arg(error));
        });
    }
    m_newKeys.clear();
    emit destinationsSaved(m_destinations);
    QDialog::accept();
}

} // namespace stallcast::ui
