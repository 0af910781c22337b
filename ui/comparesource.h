#pragma once

#include "connectionprofile.h"
#include "projectsnapshot.h"

#include <QGroupBox>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace retort {

class ConnectionProfileModel;

/**
 * One side of the Compare window: a connection profile of the project (with a password
 * field that shows only when the keychain has none), a revision of the open project
 * (`head`, `base`, an id; the engine source `@REV`), or a DDL file or folder of `.sql`
 * files. State() / setState() carry the choice, so Swap exchanges two sides.
 */
class CompareSourcePicker : public QGroupBox
{
    Q_OBJECT

public:
    enum class Kind { Profile, Revision, Ddl };

    /** What a side is set to (never a password from the keychain). */
    struct State
    {
        Kind kind = Kind::Profile;
        QString profile;  ///< the profile's name
        QString revision; ///< without "@"
        QString path;
        QString password; ///< typed into the password field (memory only)
    };

    CompareSourcePicker(const QString &title, QWidget *parent = nullptr);

    /** The project's profiles and revisions; keeps the choice where it still exists. */
    void setProject(const std::shared_ptr<const ProjectSnapshot> &project);

    Kind kind() const;
    void setKind(Kind kind);
    State state() const;
    void setState(const State &state);

    /** The chosen profile (none when the project has none). */
    std::optional<ConnectionProfile> profile() const;
    /** The revision as typed or chosen, without a leading "@"; empty when none. */
    QString revision() const;
    QString path() const;
    /** The password typed, if any. */
    std::optional<QString> typedPassword() const;
    /** Shows the password field (the keychain had none for this profile) and says why. */
    void askPassword(const QString &why);
    /** What this side is, as it may be shown: a redacted URL, "@head", a path. */
    QString description() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *revisionBox() const { return m_revision; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *fileButton() const { return m_file; }
    QPushButton *folderButton() const { return m_folder; }

signals:
    void changed();

private:
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    ConnectionProfileModel *m_profiles;
    QComboBox *m_profile;
    QLabel *m_profileUrl;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordWhy;
    QComboBox *m_revision;
    QLineEdit *m_path;
    QPushButton *m_file;
    QPushButton *m_folder;
    QString m_iniFolder;

    void profileChanged();
    void showPassword(bool show);
    void browseFile();
    void browseFolder();
};

} // namespace retort
