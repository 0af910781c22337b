#include "profileoverlay.h"

#include "auditstate.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "revisionmodel.h"

#include <QLabel>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

QString ProfileOverlay::Entry::statusText() const
{
    if (pending)
        return ProfileOverlay::tr("%1: reading…").arg(profile.name);
    if (!ok)
        return ProfileOverlay::tr("%1: cannot connect").arg(profile.name);
    if (behind < 0)
        return ProfileOverlay::tr("%1: at a revision this project does not have").arg(profile.name);
    if (behind == 0)
        return ProfileOverlay::tr("%1: at heads").arg(profile.name);
    return ProfileOverlay::tr("%1: %n behind heads", nullptr, behind).arg(profile.name);
}

ProfileOverlay::ProfileOverlay(MainWindow *window, PasswordStore *passwords, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_passwords(passwords)
    , m_label(new QLabel(window))
{
    m_label->setObjectName(QStringLiteral("shownProfiles"));
    m_label->setVisible(false);
    window->statusBar()->addPermanentWidget(m_label);
}

ProfileOverlay::~ProfileOverlay()
{
    for (const auto &w : m_reads)
        w->waitForFinished();
}

bool ProfileOverlay::isBusy() const
{
    for (const Entry &e : m_entries)
        if (e.pending)
            return true;
    return false;
}

void ProfileOverlay::refresh()
{
    ++m_generation;
    std::erase_if(m_reads, [](const auto &w) { return w->isFinished(); });
    m_entries.clear();
    const auto &snapshot = m_window->snapshot();
    if (snapshot && snapshot->ok() && snapshot->config) {
        for (const ConnectionProfile &p : profilestore::load(snapshot->config->iniPath))
            if (p.showOnGraph) {
                Entry e;
                e.profile = p;
                e.color = profileMarkerColor(int(m_entries.size()));
                m_entries.append(e);
            }
    }
    update();
    if (m_entries.isEmpty()) {
        emit refreshed();
        return;
    }
    const quint64 generation = m_generation;
    for (int i = 0; i < m_entries.size(); ++i) {
        const ConnectionProfile &p = m_entries.at(i).profile;
        if (!p.usesPassword || p.urlPassword()) {
            read(i, std::nullopt);
            continue;
        }
        m_passwords->read(
            p.keychainKey(), this, [this, generation, i](const PasswordStore::Reply &reply) {
                if (generation != m_generation || i >= m_entries.size())
                    return;
                if (reply.ok) {
                    read(i, reply.password);
                    return;
                }
                RowsResult failed;
                failed.error = reply.unavailable
                                   ? tr("No keychain service is available (%1): connect "
                                        "with this profile once to enter its password.")
                                         .arg(reply.error)
                                   : tr("No password is stored in the keychain for %1.")
                                         .arg(m_entries.at(i).profile.displayUrl());
                finish(i, failed);
            });
    }
}

void ProfileOverlay::read(int index, const std::optional<QString> &password)
{
    const auto &snapshot = m_window->snapshot();
    if (!snapshot || !snapshot->config)
        return;
    const runcommands::Settings settings =
        connectionSettings(m_entries.at(index).profile, *snapshot->config, password);
    auto watcher = std::make_unique<QFutureWatcher<RowsResult>>();
    QFutureWatcher<RowsResult> *w = watcher.get();
    const quint64 generation = m_generation;
    connect(w, &QFutureWatcherBase::finished, this, [this, w, generation, index] {
        if (generation == m_generation && index < m_entries.size())
            finish(index, w->result());
    });
    m_reads.push_back(std::move(watcher));
    // readRowsFor opens its own uniquely named connection on the pool thread.
    w->setFuture(QtConcurrent::run(readRowsFor, settings));
}

void ProfileOverlay::finish(int index, const RowsResult &result)
{
    Entry &e = m_entries[index];
    e.pending = false;
    e.ok = result.ok;
    e.rows = result.rows;
    e.displayUrl = result.displayUrl.isEmpty() ? e.profile.displayUrl() : result.displayUrl;
    e.error = result.error;
    const auto &snapshot = m_window->snapshot();
    e.behind = result.ok && snapshot ? revisionsBehindHeads(*snapshot, result.rows) : -1;
    update();
    if (!isBusy())
        emit refreshed();
}

void ProfileOverlay::update()
{
    QHash<QString, QList<ProfileMarker>> markers;
    QStringList texts;
    QStringList tips;
    for (const Entry &e : std::as_const(m_entries)) {
        texts.append(e.statusText());
        QString tip = e.ok ? tr("%1 (%2): %3")
                                 .arg(e.profile.name, e.displayUrl,
                                      e.rows.isEmpty() ? tr("no version rows")
                                                       : e.rows.join(QStringLiteral(", ")))
                           : tr("%1 (%2): %3")
                                 .arg(e.profile.name, e.profile.displayUrl(),
                                      e.pending ? tr("reading…") : e.error);
        tips.append(tip);
        if (!e.ok)
            continue;
        for (const QString &row : e.rows)
            markers[row].append(
                {e.profile.name, e.color, tip + QLatin1Char('\n') + e.statusText()});
    }
    m_window->model()->setProfileMarkers(markers);
    m_label->setText(texts.join(QStringLiteral(" \u00b7 ")));
    m_label->setToolTip(tips.join(QLatin1Char('\n')));
    m_label->setVisible(!m_entries.isEmpty());
}

} // namespace retort
