#pragma once
// Test helper: small revision graphs written on one line.

#include "script/revisionheader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace retort::test {

/** `id:down1,down2[:labels[:deps]]` entries separated by spaces, in load order; each file is
 *  /versions/<id>.py with its header assignments on lines 7 to 10. */
inline QList<RevisionHeader> parseGraphSpec(const QString &spec)
{
    QList<RevisionHeader> out;
    for (const QString &entry : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.split(QLatin1Char(':'));
        const auto list = [&](int i) {
            return parts.size() > i ? parts.at(i).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                    : QStringList();
        };
        RevisionHeader h;
        h.path = QStringLiteral("/versions/%1.py").arg(parts.at(0));
        h.revision = parts.at(0);
        h.downRevision = list(1);
        h.branchLabels = list(2);
        h.dependsOn = list(3);
        h.revisionLine = 7;
        h.downRevisionLine = 8;
        h.branchLabelsLine = 9;
        h.dependsOnLine = 10;
        out.append(h);
    }
    return out;
}

} // namespace retort::test
