#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace retort {

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{}

QString PasswordStore::service()
{
    return QStringLiteral("retort");
}

void PasswordStore::finish(int error,
                           const QString &errorString,
                           const QString &password,
                           const Callback &done)
{
    --m_pending;
    Reply reply;
    const Status before = m_status;
    switch (QKeychain::Error(error)) {
    case QKeychain::NoError:
        reply.ok = true;
        reply.password = password;
        m_status = Status::Available;
        break;
    case QKeychain::EntryNotFound:
        reply.notFound = true;
        reply.error = tr("No password is stored for this connection.");
        m_status = Status::Available;
        break;
    case QKeychain::AccessDeniedByUser:
        reply.error = tr("Access to the keychain was denied.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        reply.error = tr("The keychain could not delete the password: %1").arg(errorString);
        break;
    default: // NoBackendAvailable, NotImplemented, AccessDenied, OtherError (no D-Bus)
        reply.unavailable = true;
        reply.error = errorString.isEmpty() ? tr("No keychain service is available.") : errorString;
        m_status = Status::Unavailable;
        m_reason = reply.error;
        break;
    }
    if (m_status == Status::Available)
        m_reason.clear();
    if (done)
        done(reply);
    if (before != m_status)
        emit statusChanged();
    emit jobFinished();
}

PasswordStore::Callback PasswordStore::guarded(QObject *receiver, Callback done) const
{
    if (!receiver || !done)
        return done;
    return [guard = QPointer<QObject>(receiver), done = std::move(done)](const Reply &r) {
        if (!guard.isNull())
            done(r);
    };
}

namespace {

/** A job that belongs to no one: it deletes itself once it has finished (QKeychain's
 *  autoDelete). A store that owned its jobs deleted them with itself while their D-Bus call
 *  was on the way, and the answer then crashed in QKeychain::Job::emitFinishedWithError. The
 *  store connects to `finished` with itself as the context, so a late answer reaches no one. */
template<typename Job>
Job *newJob()
{
    auto *job = new Job(PasswordStore::service());
    job->setAutoDelete(true);
    return job;
}

} // namespace

void PasswordStore::read(const QString &key, QObject *receiver, Callback done)
{
    done = guarded(receiver, std::move(done));
    auto *job = newJob<QKeychain::ReadPasswordJob>();
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        finish(job->error(), job->errorString(), job->textData(), done);
    });
    job->start();
}

void PasswordStore::write(const QString &key,
                          const QString &password,
                          QObject *receiver,
                          Callback done)
{
    done = guarded(receiver, std::move(done));
    auto *job = newJob<QKeychain::WritePasswordJob>();
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        finish(job->error(), job->errorString(), QString(), done);
    });
    job->start();
}

void PasswordStore::remove(const QString &key, QObject *receiver, Callback done)
{
    done = guarded(receiver, std::move(done));
    auto *job = newJob<QKeychain::DeletePasswordJob>();
    job->setInsecureFallback(false);
    job->setKey(key);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        finish(job->error(), job->errorString(), QString(), done);
    });
    job->start();
}

void PasswordStore::probe()
{
    read(QStringLiteral("retort-probe"), nullptr, {});
}

} // namespace retort
