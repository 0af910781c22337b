#pragma once

#include "connectionprofile.h"
#include "runworker.h"

#include <QColor>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <vector>

class QLabel;

namespace retort {

class MainWindow;
class PasswordStore;

/**
 * Several databases on one graph: every saved profile with "Show on the graph" checked
 * (ConnectionProfile::showOnGraph) has its version rows read off the GUI thread (each read
 * on a pool thread with its own, uniquely named connection; passwords from the keychain),
 * its current revisions painted as a coloured marker with its name (RevisionModel's
 * profile markers), and a status bar entry saying how far it is behind heads. A profile
 * that cannot connect shows its error in that entry's tooltip; nothing here blocks the GUI.
 */
class ProfileOverlay : public QObject
{
    Q_OBJECT

public:
    /** One shown profile's state. */
    struct Entry
    {
        ConnectionProfile profile;
        QColor color;
        bool pending = true; ///< its rows are being read
        bool ok = false;
        QStringList rows;
        int behind = -1; ///< revisions an upgrade to heads applies; -1: unknown
        QString displayUrl;
        QString error;
        /** "staging: 2 behind heads", "prod: at heads", "prod: cannot connect" */
        QString statusText() const;
    };

    ProfileOverlay(MainWindow *window, PasswordStore *passwords, QObject *parent = nullptr);
    ~ProfileOverlay() override;

    /** Reads every shown profile of the open project again (the newest call wins). */
    void refresh();
    const QList<Entry> &entries() const { return m_entries; }
    /** The status bar's entry (hidden when no profile is shown). */
    QLabel *statusLabel() const { return m_label; }
    bool isBusy() const;

signals:
    /** Every shown profile has answered (or there is none). */
    void refreshed();

private:
    MainWindow *m_window;
    PasswordStore *m_passwords;
    QLabel *m_label;
    QList<Entry> m_entries;
    quint64 m_generation = 0;
    std::vector<std::unique_ptr<QFutureWatcher<RowsResult>>> m_reads;

    void read(int index, const std::optional<QString> &password);
    void finish(int index, const RowsResult &result);
    void update();
};

} // namespace retort
