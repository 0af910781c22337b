#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace retort {

/**
 * Passwords in the system keychain through QtKeychain (service "retort", one entry per
 * profile URL). Never falls back to a file: QtKeychain's insecure fallback stays off. When
 * no keychain service answers (no D-Bus session, no Secret Service), status() becomes
 * Unavailable with the reason, and the callers ask for the password each time instead.
 * Jobs are asynchronous; callbacks run on the GUI thread.
 */
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Status { Unknown, Available, Unavailable };

    struct Reply
    {
        bool ok = false;          ///< the job succeeded
        bool notFound = false;    ///< read/delete: no entry for the key (the service works)
        bool unavailable = false; ///< no keychain service: nothing was read or stored
        QString password;         ///< read: the secret
        QString error;            ///< why it failed, for the user
    };
    using Callback = std::function<void(const Reply &)>;

    explicit PasswordStore(QObject *parent = nullptr);

    static QString service();

    /** The callbacks run unless `receiver` (when given) was destroyed meanwhile. */
    void read(const QString &key, QObject *receiver, Callback done);
    void write(const QString &key,
               const QString &password,
               QObject *receiver = nullptr,
               Callback done = {});
    void remove(const QString &key, QObject *receiver = nullptr, Callback done = {});
    /** Learns whether a keychain service answers (reads an entry that need not exist). */
    void probe();

    Status status() const { return m_status; }
    /** Why the keychain is unavailable (empty otherwise). */
    QString unavailableReason() const { return m_reason; }
    /** Jobs started and not yet finished (tests wait for 0). */
    int pendingJobs() const { return m_pending; }

signals:
    void statusChanged();
    void jobFinished();

private:
    Status m_status = Status::Unknown;
    QString m_reason;
    int m_pending = 0;

    void
    finish(int error, const QString &errorString, const QString &password, const Callback &done);
    Callback guarded(QObject *receiver, Callback done) const;
};

} // namespace retort
