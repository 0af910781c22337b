#pragma once

#include "connectionprofile.h"

#include <QAbstractListModel>

namespace retort {

/** The connection profiles of a project, for the connection dialog's list. */
class ConnectionProfileModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UrlRole = Qt::UserRole + 1, ///< QString: the URL, redacted
        BuiltInRole,                ///< bool: from the ini or the environment (read-only)
    };

    explicit ConnectionProfileModel(QObject *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles);
    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    const ConnectionProfile &profile(int row) const { return m_profiles.at(row); }
    int rowOf(const QString &name) const;
    /** Appends a saved profile; returns its row. */
    int append(const ConnectionProfile &profile);
    void replace(int row, const ConnectionProfile &profile);
    void remove(int row);
    /** `base`, or `base 2`, `base 3`, ... whichever no profile is named yet. */
    QString uniqueName(const QString &base) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ConnectionProfile> m_profiles;
};

} // namespace retort
