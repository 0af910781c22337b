#include "connectionprofilemodel.h"

#include <QFont>

namespace retort {

ConnectionProfileModel::ConnectionProfileModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ConnectionProfileModel::setProfiles(const QList<ConnectionProfile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ConnectionProfileModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == name)
            return int(i);
    return -1;
}

int ConnectionProfileModel::append(const ConnectionProfile &profile)
{
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    return row;
}

void ConnectionProfileModel::replace(int row, const ConnectionProfile &profile)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    m_profiles[row] = profile;
    emit dataChanged(index(row), index(row));
}

void ConnectionProfileModel::remove(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

QString ConnectionProfileModel::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; rowOf(name) >= 0; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

int ConnectionProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ConnectionProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole:
    case UrlRole:
        return p.displayUrl();
    case BuiltInRole:
        return p.isBuiltIn();
    case Qt::FontRole:
        if (p.isBuiltIn()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

} // namespace retort
