#include "casefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace retort::test {

CaseFile parseCaseFile(const QString &path, const QString &folder)
{
    CaseFile parsed;
    parsed.schemaCase.name = folder + QLatin1Char('/') + QFileInfo(path).completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        parsed.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return parsed;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    int markerA = -1;
    int markerB = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == QLatin1String("-- [a]")) {
            if (markerA >= 0 || markerB >= 0) {
                parsed.error =
                    QStringLiteral("%1:%2: a second or late \"-- [a]\"").arg(path).arg(i + 1);
                return parsed;
            }
            markerA = i;
        } else if (line == QLatin1String("-- [b]")) {
            if (markerB >= 0 || markerA < 0) {
                parsed.error =
                    QStringLiteral("%1:%2: a second \"-- [b]\", or one before \"-- [a]\"")
                        .arg(path)
                        .arg(i + 1);
                return parsed;
            }
            markerB = i;
        }
    }
    if (markerA < 0 || markerB < 0) {
        parsed.error = QStringLiteral("%1: needs the lines \"-- [a]\" and \"-- [b]\"").arg(path);
        return parsed;
    }
    if (markerA == 0 || !lines[0].startsWith(QLatin1String("-- ")) ||
        lines[0].mid(3).trimmed().isEmpty()) {
        parsed.error = QStringLiteral("%1:1: must be \"-- <what the case tests>\"").arg(path);
        return parsed;
    }
    parsed.description = lines[0].mid(3).trimmed();
    parsed.schemaCase.sqlA = lines.mid(markerA + 1, markerB - markerA - 1).join(QLatin1Char('\n'));
    parsed.schemaCase.sqlB = lines.mid(markerB + 1).join(QLatin1Char('\n'));
    if (parsed.schemaCase.sqlA.trimmed().isEmpty() && parsed.schemaCase.sqlB.trimmed().isEmpty())
        parsed.error = QStringLiteral("%1: A and B are both empty").arg(path);
    return parsed;
}

QStringList caseFiles(const QString &casesDir, const QString &folder)
{
    QStringList paths;
    const QDir dir(casesDir + QLatin1Char('/') + folder);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QHash<QString, QString> knownGaps(const QString &path)
{
    QHash<QString, QString> gaps;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return gaps;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        gaps.insert(line.section(QLatin1Char('#'), 0, 0).simplified(),
                    line.section(QLatin1Char('#'), 1).trimmed());
    }
    return gaps;
}

QString normalizedDump(const QString &dump)
{
    QStringList kept;
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.trimmed().isEmpty() ||
            line.startsWith(QLatin1String("\\restrict")) ||
            line.startsWith(QLatin1String("\\unrestrict")))
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace retort::test
