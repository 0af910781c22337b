#include "connectiondialog.h"

#include "connectionprofilemodel.h"
#include "passwordstore.h"
#include "windowsize.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

ConnectionDialog::ConnectionDialog(const AlembicConfig &config,
                                   PasswordStore *passwords,
                                   const QString &selectProfileName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_passwords(passwords)
{
    setObjectName(QStringLiteral("ConnectionDialog"));
    setWindowTitle(tr("Database Connection"));
    resizeToFit(this, QSize(820, 460)); // smaller screens: what fits

    m_model = new ConnectionProfileModel(this);
    m_model->setProfiles(profilestore::all(config));
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_list->setModel(m_model);
    m_new = new QPushButton(tr("&New"), this);
    auto *duplicate = new QPushButton(tr("Dup&licate"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Profile name"));
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Database URL"));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/database"));
    m_url->setToolTip(tr("An SQLAlchemy URL without the password: postgresql://user@host/db or "
                         "sqlite:///path/to/file.db"));
    m_versionTable = new QLineEdit(this);
    m_versionTable->setAccessibleName(tr("Version table"));
    m_versionTable->setPlaceholderText(config.versionTable);
    m_schema = new QLineEdit(this);
    m_schema->setAccessibleName(tr("Version table schema"));
    m_schema->setPlaceholderText(config.versionTableSchema.isEmpty() ? tr("(search_path)")
                                                                     : config.versionTableSchema);
    m_password = new QLineEdit(this);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setChecked(true);
    m_showOnGraph = new QCheckBox(tr("Show on the &graph beside the connected database"), this);
    m_showOnGraph->setObjectName(QStringLiteral("showOnGraph"));
    m_showOnGraph->setToolTip(tr("Paint this database's current revisions on the graph as a "
                                 "marker with the profile's name, and say in the status bar "
                                 "how far it is behind heads"));
    m_keychain = new QLabel(this);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x20));
    m_error->setPalette(red);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Version table:"), m_versionTable);
    form->addRow(tr("Sc&hema:"), m_schema);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychain);
    form->addRow(QString(), m_showOnGraph);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(testRow);
    right->addWidget(m_error);
    right->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    // ApplyRole: the standard Save button would accept the dialog, i.e. connect.
    auto *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveProfiles"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        storeEdits();
        saveProfiles();
    });

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_new, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(duplicate, &QPushButton::clicked, this, [this] {
        storeEdits();
        if (m_row < 0)
            return;
        ConnectionProfile p = m_model->profile(m_row);
        QString password;
        p.url = urlWithoutPassword(p.url, &password);
        p.usesPassword = p.usesPassword || !password.isEmpty();
        p.origin = ConnectionProfile::Origin::Saved;
        p.name = m_model->uniqueName(tr("Copy of %1").arg(p.name));
        const QString typed = m_password->text().isEmpty() ? password : m_password->text();
        selectProfile(m_model->append(p));
        m_password->setText(typed);
    });
    connect(m_delete, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_showOnGraph, &QCheckBox::toggled, this, [this] { storeEdits(); });
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.row() != m_row) {
                    storeEdits();
                    showProfile(current.row());
                }
            });
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        // A password typed into the URL moves to the password field: URLs are stored without.
        QString password;
        const QString stripped = urlWithoutPassword(m_url->text(), &password);
        if (!password.isEmpty() && m_url->isEnabled()) {
            m_url->setText(stripped);
            m_password->setText(password);
        }
    });
    connect(&m_tester, &QFutureWatcherBase::finished, this, [this] {
        const RowsResult r = m_tester.result();
        m_test->setEnabled(true);
        const QString message =
            r.ok ? tr("Connected to %1: version rows %2")
                       .arg(r.displayUrl,
                            r.rows.isEmpty() ? tr("(none)") : r.rows.join(QStringLiteral(", ")))
                 : r.error;
        m_testResult->setText(message);
        emit testFinished(r.ok, message);
    });
    connect(m_passwords, &PasswordStore::statusChanged, this,
            &ConnectionDialog::updateKeychainState);

    updateKeychainState();
    if (m_passwords->status() == PasswordStore::Status::Unknown)
        m_passwords->probe();
    int row = m_model->rowOf(selectProfileName);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        selectProfile(row);
    else
        newProfile();
}

ConnectionDialog::~ConnectionDialog()
{
    m_tester.waitForFinished();
}

void ConnectionDialog::selectProfile(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
    if (m_row != row)
        showProfile(row);
}

void ConnectionDialog::newProfile()
{
    storeEdits();
    ConnectionProfile p;
    p.name = m_model->uniqueName(tr("New connection"));
    p.url = QStringLiteral("postgresql://");
    selectProfile(m_model->append(p));
    m_url->setFocus();
    m_url->selectAll();
}

void ConnectionDialog::showProfile(int row)
{
    m_loading = true;
    m_row = row;
    m_error->clear();
    m_testResult->clear();
    const bool valid = row >= 0 && row < m_model->rowCount();
    const ConnectionProfile p = valid ? m_model->profile(row) : ConnectionProfile{};
    const bool builtIn = p.isBuiltIn();
    m_name->setText(p.name);
    m_url->setText(builtIn ? p.displayUrl() : p.url);
    m_versionTable->setText(p.versionTable);
    m_schema->setText(p.versionTableSchema.value_or(QString()));
    for (QLineEdit *e : {m_name, m_url, m_versionTable, m_schema})
        e->setReadOnly(builtIn || !valid);
    m_delete->setEnabled(valid && !builtIn);
    m_showOnGraph->setChecked(p.showOnGraph);
    m_showOnGraph->setEnabled(valid && !builtIn);
    m_password->clear();
    const bool urlHasPassword = builtIn && p.urlPassword().has_value();
    m_password->setEnabled(valid && !urlHasPassword);
    m_password->setPlaceholderText(
        urlHasPassword ? tr("in the URL (%1)")
                             .arg(p.origin == ConnectionProfile::Origin::Ini ? tr("alembic.ini")
                                                                             : tr("environment"))
                       : tr("(none)"));
    m_loading = false;
    updateKeychainState();
    if (valid && !urlHasPassword && m_passwords->status() != PasswordStore::Status::Unavailable) {
        const QString key = p.keychainKey();
        m_passwords->read(key, this, [this, row, key](const PasswordStore::Reply &reply) {
            if (m_row != row || profile().keychainKey() != key)
                return;
            if (reply.ok && m_password->text().isEmpty())
                m_password->setText(reply.password);
            emit passwordLoaded();
        });
    }
}

void ConnectionDialog::storeEdits()
{
    if (m_loading || m_row < 0 || m_row >= m_model->rowCount())
        return;
    ConnectionProfile p = m_model->profile(m_row);
    if (p.isBuiltIn())
        return;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && name != p.name)
        p.name = m_model->rowOf(name) >= 0 ? m_model->uniqueName(name) : name;
    QString password;
    p.url = urlWithoutPassword(m_url->text(), &password);
    if (!password.isEmpty() && m_password->text().isEmpty())
        m_password->setText(password);
    p.versionTable = m_versionTable->text().trimmed();
    const QString schema = m_schema->text().trimmed();
    p.versionTableSchema = schema.isEmpty() ? std::nullopt : std::optional<QString>(schema);
    p.usesPassword = !m_password->text().isEmpty();
    p.showOnGraph = m_showOnGraph->isChecked();
    m_model->replace(m_row, p);
}

ConnectionProfile ConnectionDialog::profile() const
{
    if (m_row < 0 || m_row >= m_model->rowCount())
        return {};
    ConnectionProfile p = m_model->profile(m_row);
    if (p.isBuiltIn())
        return p;
    p.name = m_name->text().trimmed().isEmpty() ? p.name : m_name->text().trimmed();
    p.url = urlWithoutPassword(m_url->text());
    p.versionTable = m_versionTable->text().trimmed();
    const QString schema = m_schema->text().trimmed();
    p.versionTableSchema = schema.isEmpty() ? std::nullopt : std::optional<QString>(schema);
    p.usesPassword = !m_password->text().isEmpty();
    p.showOnGraph = m_showOnGraph->isChecked();
    return p;
}

std::optional<QString> ConnectionDialog::password() const
{
    if (!m_password->isEnabled() || m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

bool ConnectionDialog::keychainUnavailable() const
{
    return m_passwords->status() == PasswordStore::Status::Unavailable;
}

void ConnectionDialog::updateKeychainState()
{
    switch (m_passwords->status()) {
    case PasswordStore::Status::Unknown:
        m_keychain->setText(tr("Checking the system keychain…"));
        m_remember->setEnabled(false);
        break;
    case PasswordStore::Status::Available:
        m_keychain->setText(tr("Passwords are kept in the system keychain (service \"%1\"), "
                               "never in Retort's settings.")
                                .arg(PasswordStore::service()));
        m_remember->setEnabled(m_password->isEnabled());
        break;
    case PasswordStore::Status::Unavailable:
        m_keychain->setText(tr("No keychain service is available (%1). The password is not "
                               "stored: Retort asks for it each time you connect.")
                                .arg(m_passwords->unavailableReason()));
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        break;
    }
}

void ConnectionDialog::test()
{
    storeEdits();
    const ConnectionProfile p = profile();
    auto parsed = DatabaseUrl::parse(p.url);
    if (!parsed) {
        m_testResult->setText(parsed.error().message);
        emit testFinished(false, parsed.error().message);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(p.displayUrl()));
    m_tester.setFuture(QtConcurrent::run(readRowsFor, connectionSettings(p, m_config, password())));
}

void ConnectionDialog::deleteProfile()
{
    if (m_row < 0 || m_model->profile(m_row).isBuiltIn())
        return;
    const int row = m_row;
    m_row = -1;
    m_model->remove(row);
    if (m_model->rowCount() > 0)
        selectProfile(std::min(row, m_model->rowCount() - 1));
    else
        showProfile(-1);
}

void ConnectionDialog::saveProfiles()
{
    profilestore::save(m_config.iniPath, m_model->profiles());
}

void ConnectionDialog::accept()
{
    if (m_writing)
        return;
    storeEdits();
    const ConnectionProfile p = profile();
    if (p.name.isEmpty()) {
        m_error->setText(tr("Choose or create a profile."));
        return;
    }
    if (auto parsed = DatabaseUrl::parse(p.url); !parsed) {
        m_error->setText(parsed.error().message);
        return;
    }
    saveProfiles();
    if (p.isBuiltIn() || m_passwords->status() == PasswordStore::Status::Unavailable) {
        finishAccept();
        return;
    }
    const QString key = p.keychainKey();
    const auto done = [this](const PasswordStore::Reply &r) {
        m_writing = false;
        if (!r.ok && !r.notFound && !r.unavailable) {
            m_error->setText(tr("The keychain did not store the password: %1").arg(r.error));
            return;
        }
        finishAccept();
    };
    m_writing = true;
    if (m_remember->isChecked() && password())
        m_passwords->write(key, *password(), this, done);
    else if (!m_remember->isChecked())
        m_passwords->remove(key, this, done); // "do not remember" forgets an earlier one
    else
        done(PasswordStore::Reply{true, false, false, {}, {}});
}

void ConnectionDialog::finishAccept()
{
    QDialog::accept();
}

} // namespace retort
