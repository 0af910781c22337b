#pragma once

#include "connectionprofile.h"
#include "runworker.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace retort {

class ConnectionProfileModel;
class PasswordStore;

/**
 * The connection profiles of a project: the built-in ones (the ini's sqlalchemy.url and
 * $RETORT_DATABASE_URL, read-only, shown redacted) and saved ones (name, URL without a
 * password, version table and schema). The password goes to the system keychain when
 * "Remember" is checked; when no keychain service is available the dialog says so and the
 * password is used for this session only (asked again next time). "Test Connection" reads
 * the version rows on a worker thread. accept() means "connect with the selected profile".
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(const AlembicConfig &config,
                     PasswordStore *passwords,
                     const QString &selectProfile,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /** The selected profile as edited. */
    ConnectionProfile profile() const;
    /** The password typed (or read from the keychain); nullopt when the field is empty. */
    std::optional<QString> password() const;
    bool keychainUnavailable() const;

    ConnectionProfileModel *model() const { return m_model; }
    QListView *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *versionTableEdit() const { return m_versionTable; }
    QLineEdit *schemaEdit() const { return m_schema; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    /** "Show on the graph" (saved profiles): ConnectionProfile::showOnGraph. */
    QCheckBox *showOnGraphBox() const { return m_showOnGraph; }
    QLabel *keychainLabel() const { return m_keychain; }
    QLabel *testResultLabel() const { return m_testResult; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *newButton() const { return m_new; }

    void selectProfile(int row);
    /** Creates a saved profile and selects it. */
    void newProfile();
    /** Saves the saved profiles (QSettings, without passwords). */
    void saveProfiles();

public slots:
    void accept() override;

signals:
    void testFinished(bool ok, const QString &message);
    /** The keychain answered the read of the selected profile's password. */
    void passwordLoaded();

private:
    AlembicConfig m_config;
    PasswordStore *m_passwords;
    ConnectionProfileModel *m_model;
    QListView *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_versionTable;
    QLineEdit *m_schema;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QCheckBox *m_showOnGraph;
    QLabel *m_keychain;
    QLabel *m_testResult;
    QLabel *m_error;
    QPushButton *m_test;
    QPushButton *m_connect;
    QPushButton *m_new;
    QPushButton *m_delete;
    QFutureWatcher<RowsResult> m_tester;
    int m_row = -1;
    bool m_loading = false;
    bool m_writing = false;

    void showProfile(int row);
    void storeEdits();
    void updateKeychainState();
    void test();
    void deleteProfile();
    void finishAccept();
};

} // namespace retort
