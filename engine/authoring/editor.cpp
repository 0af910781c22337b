#include "editor.h"

#include "commands/readcommands.h"
#include "config/inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace retort::authoring {

namespace {

Error editorError(const QString &reason)
{
    return makeError(ErrorKind::Command, Tr::tr("Error executing editor (%1)").arg(reason));
}

} // namespace

Result<QStringList> revisionFiles(const RevisionMap &map, const QString &identifier)
{
    Result<RevNodes> nodes = map.revisionsFor(identifier);
    if (!nodes)
        return readcommands::commandError(nodes.error());
    QStringList paths;
    for (RevNode node : std::as_const(*nodes))
        if (node.isRevision())
            paths.append(map.at(node.index).path);
    if (paths.isEmpty()) {
        return makeError(ErrorKind::Command,
                         Tr::tr("No revision files indicated by symbol '%1'").arg(identifier));
    }
    return paths;
}

Result<QString> findEditor(const QProcessEnvironment &environment)
{
    QStringList candidates = {QStringLiteral("sensible-editor"), QStringLiteral("editor"),
                              QStringLiteral("nano"), QStringLiteral("vim"),
                              QStringLiteral("code")};
    const QStringList variables = {QStringLiteral("EDITOR"), QStringLiteral("VISUAL")};
    for (qsizetype i = 0; i < variables.size(); ++i) {
        if (!environment.contains(variables.at(i)))
            continue;
        const QString choice = environment.value(variables.at(i));
        if (!choice.isEmpty() && QFileInfo::exists(choice))
            return choice;
        if (!choice.contains(QLatin1Char('/')))
            candidates.insert(i, choice);
    }
    const QStringList path = environment.value(QStringLiteral("PATH")).split(QLatin1Char(':'));
    for (const QString &candidate : std::as_const(candidates)) {
        for (const QString &folder : path) {
            // os.path.join("", name) is the bare name, relative to the working directory.
            const QString file =
                folder.isEmpty() ? candidate : folder + QLatin1Char('/') + candidate;
            if (!candidate.isEmpty() && QFileInfo::exists(file))
                return file;
        }
    }
    return makeError(ErrorKind::Command,
                     Tr::tr("No suitable editor found. Please set the \"EDITOR\" or \"VISUAL\" "
                            "environment variables"));
}

Result<void> openInEditor(const QString &path, const QProcessEnvironment &environment)
{
    Result<QString> editor = findEditor(environment);
    if (!editor)
        return editorError(editor.error().message);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(*editor, {path});
    if (!process.waitForStarted(-1))
        return editorError(process.errorString());
    process.waitForFinished(-1);
    // subprocess.CalledProcessError's wording, the command shown as a Python list.
    const QString command =
        QStringLiteral("[%1, %2]").arg(detail::pythonRepr(*editor), detail::pythonRepr(path));
    if (process.exitStatus() != QProcess::NormalExit)
        return editorError(Tr::tr("Command '%1' died with a signal.").arg(command));
    if (process.exitCode() != 0) {
        return editorError(Tr::tr("Command '%1' returned non-zero exit status %2.")
                               .arg(command)
                               .arg(process.exitCode()));
    }
    return {};
}

} // namespace retort::authoring
