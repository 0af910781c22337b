#include "sqlrevision.h"

#include <QStringDecoder>

#include <optional>

// The format, precisely:
//
// - The file is UTF-8 (a BOM is skipped); "\n", "\r\n" and "\r" end lines.
// - The header is every line before the first `-- migrate:` marker. Each is blank or a
//   comment starting with `--` (leading whitespace allowed); SQL there is an error.
//   `-- Key: value` lines set a key: keys are case-insensitive and whitespace-tolerant
//   (`--revision   id :x` works); unknown keys and comments without a colon are ignored;
//   a known key given twice is an error.
// - Keys: `Revision ID` (required; no whitespace, ',', '@', '-' or '+'), `Revises`
//   (required, may be empty for a base; comma-separated for a merge), `Branch labels` and
//   `Depends on` (optional, comma-separated), `Create Date` (verbatim), `Message`.
//   Empty items of a list (`a,,b`, a trailing comma) are ignored.
// - The message continues on the comment lines right after it whose text after `--`
//   starts with two blanks or a tab (`--   more text`); the parts are stripped and joined
//   with "\n". A blank line or any other line ends the message.
// - Markers are comment lines `-- migrate:upgrade` and `-- migrate:downgrade` (name
//   case-insensitive, blanks allowed around it); upgrade is required once, downgrade is
//   optional, in either order; any other `-- migrate:` name is an error. Markers are
//   recognised by line, even inside a quoted SQL string.
// - A section's text is every line up to the next marker, verbatim (comments included),
//   lines joined with "\n", without leading and trailing blank lines and without a final
//   newline. Its line is the 1-based line of its first text line (of the line after the
//   marker when the section is empty).

namespace retort {

namespace {

struct Line
{
    QString text;
    int number = 0;
};

bool isBlank(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// The text after `--`, or nullopt when the line is not a comment.
std::optional<QStringView> commentText(QStringView line)
{
    const QStringView t = line.trimmed();
    if (!t.startsWith(u"--"))
        return std::nullopt;
    // Keep what follows `--` as written (for continuation lines), minus the line's trailing
    // blanks.
    const qsizetype at = line.indexOf(u"--");
    QStringView rest = line.mid(at + 2);
    while (!rest.isEmpty() && rest.back().isSpace())
        rest.chop(1);
    return rest;
}

// For `-- migrate:NAME`, NAME (lowercase, trimmed); nullopt when the line is no marker.
std::optional<QString> markerName(QStringView line)
{
    const std::optional<QStringView> comment = commentText(line);
    if (!comment)
        return std::nullopt;
    const QStringView t = comment->trimmed();
    if (!t.startsWith(u"migrate:", Qt::CaseInsensitive))
        return std::nullopt;
    return t.mid(8).trimmed().toString().toLower();
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (QStringView item : QStringView(value).split(u',')) {
        item = item.trimmed();
        if (!item.isEmpty())
            out.append(item.toString());
    }
    return out;
}

bool hasSpace(const QString &s)
{
    for (QChar c : s) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool validRevisionId(const QString &id)
{
    if (id.isEmpty() || hasSpace(id))
        return false;
    for (QChar c : id) {
        if (c == u',' || c == u'@' || c == u'-' || c == u'+')
            return false;
    }
    return true;
}

struct Section
{
    int markerLine = 0;
    qsizetype first = 0; // index of the first line after the marker
    qsizetype end = 0;   // one past the last line
};

} // namespace

Result<RevisionHeader> parseSqlRevision(const QByteArray &source, const QString &path)
{
    const auto fail = [&path](const QString &message, int line) {
        return makeError(ErrorKind::Parse, message, path, line);
    };

    // Lines, checked for UTF-8 one by one so that an error has a line.
    std::vector<Line> lines;
    {
        QByteArrayView bytes(source);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        qsizetype start = 0;
        int number = 1;
        while (start <= bytes.size()) {
            qsizetype end = start;
            while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
                ++end;
            QString text = decoder.decode(bytes.sliced(start, end - start));
            if (decoder.hasError())
                return fail(Tr::tr("the file is not valid UTF-8"), number);
            if (end == bytes.size() && start == end && !lines.empty())
                break; // no line after a final newline
            lines.push_back(Line{std::move(text), number++});
            if (end >= bytes.size())
                break;
            start =
                end +
                ((bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n') ? 2 : 1);
        }
    }

    // Header.
    enum Key { RevisionId, Revises, BranchLabels, DependsOn, CreateDate, Message, KeyCount };
    static const char16_t *const keyNames[KeyCount] = {
        u"revision id", u"revises", u"branch labels", u"depends on", u"create date", u"message"};
    static const char16_t *const keyTitles[KeyCount] = {
        u"Revision ID", u"Revises", u"Branch labels", u"Depends on", u"Create Date", u"Message"};
    QString values[KeyCount];
    int keyLines[KeyCount] = {};
    qsizetype index = 0;
    bool inMessage = false;
    for (; index < static_cast<qsizetype>(lines.size()); ++index) {
        const Line &line = lines[static_cast<size_t>(index)];
        if (isBlank(line.text)) {
            inMessage = false;
            continue;
        }
        const std::optional<QStringView> comment = commentText(line.text);
        if (!comment) {
            return fail(Tr::tr("SQL before the '-- migrate:upgrade' marker; the header may "
                               "only hold '--' comment lines"),
                        line.number);
        }
        if (markerName(line.text))
            break;
        if (inMessage && (comment->startsWith(u"  ") || comment->startsWith(u"\t") ||
                          comment->startsWith(u" \t"))) {
            values[Message] += u'\n' + comment->trimmed().toString();
            continue;
        }
        inMessage = false;
        const qsizetype colon = comment->indexOf(u':');
        if (colon < 0)
            continue; // a plain comment
        const QString key = comment->left(colon).toString().simplified().toLower();
        for (int k = 0; k < KeyCount; ++k) {
            if (key != QStringView(keyNames[k]))
                continue;
            if (keyLines[k]) {
                return fail(Tr::tr("duplicate '%1' header (first at line %2)")
                                .arg(QString::fromUtf16(keyTitles[k]))
                                .arg(keyLines[k]),
                            line.number);
            }
            keyLines[k] = line.number;
            values[k] = comment->mid(colon + 1).trimmed().toString();
            inMessage = k == Message;
        }
    }

    RevisionHeader header;
    header.format = RevisionHeader::Format::Sql;
    header.path = path;
    if (!keyLines[RevisionId])
        return fail(Tr::tr("missing '-- Revision ID:' header"), 1);
    if (!validRevisionId(values[RevisionId])) {
        if (values[RevisionId].isEmpty())
            return fail(Tr::tr("empty Revision ID"), keyLines[RevisionId]);
        return fail(Tr::tr("invalid Revision ID '%1': it must not contain blanks, ',', '@', "
                           "'-' or '+'")
                        .arg(values[RevisionId]),
                    keyLines[RevisionId]);
    }
    if (!keyLines[Revises]) {
        return fail(Tr::tr("missing '-- Revises:' header (leave it empty for a base revision)"), 1);
    }
    header.revision = values[RevisionId];
    header.revisionLine = keyLines[RevisionId];
    header.downRevision = splitList(values[Revises]);
    header.downRevisionLine = keyLines[Revises];
    for (const QString &id : *header.downRevision) {
        if (!validRevisionId(id)) {
            return fail(Tr::tr("invalid revision identifier '%1' in Revises").arg(id),
                        keyLines[Revises]);
        }
    }
    for (Key k : {BranchLabels, DependsOn}) {
        if (!keyLines[k])
            continue;
        QStringList list = splitList(values[k]);
        for (const QString &item : list) {
            if (hasSpace(item)) {
                return fail(Tr::tr("invalid item '%1' in %2: items are separated by commas")
                                .arg(item, QString::fromUtf16(keyTitles[k])),
                            keyLines[k]);
            }
        }
        if (k == BranchLabels) {
            header.branchLabels = std::move(list);
            header.branchLabelsLine = keyLines[k];
        } else {
            header.dependsOn = std::move(list);
            header.dependsOnLine = keyLines[k];
        }
    }
    header.createDate = values[CreateDate];

    // Shaped like the docstring Alembic's script.py.mako writes.
    QString doc = values[Message] + QStringLiteral("\n\nRevision ID: ") + values[RevisionId] +
                  QStringLiteral("\nRevises: ") + header.downRevision->join(QStringLiteral(", "));
    if (keyLines[CreateDate])
        doc += QStringLiteral("\nCreate Date: ") + values[CreateDate];
    header.longDoc = doc.trimmed();

    // Sections.
    std::optional<Section> upgrade;
    std::optional<Section> downgrade;
    std::optional<Section> *current = nullptr;
    for (; index < static_cast<qsizetype>(lines.size()); ++index) {
        const Line &line = lines[static_cast<size_t>(index)];
        const std::optional<QString> name = markerName(line.text);
        if (!name) {
            continue;
        }
        if (current && *current)
            (*current)->end = index;
        if (*name == u"upgrade")
            current = &upgrade;
        else if (*name == u"downgrade")
            current = &downgrade;
        else {
            return fail(Tr::tr("unknown section marker '-- migrate:%1' (expected "
                               "'-- migrate:upgrade' or '-- migrate:downgrade')")
                            .arg(*name),
                        line.number);
        }
        if (*current) {
            return fail(Tr::tr("duplicate '-- migrate:%1' marker (first at line %2)")
                            .arg(*name)
                            .arg((*current)->markerLine),
                        line.number);
        }
        *current = Section{line.number, index + 1, static_cast<qsizetype>(lines.size())};
    }
    if (!upgrade)
        return fail(Tr::tr("missing '-- migrate:upgrade' section"), 0);

    const auto sectionText = [&lines](const Section &s, int &firstLine) {
        qsizetype b = s.first;
        qsizetype e = s.end;
        while (b < e && isBlank(lines[static_cast<size_t>(b)].text))
            ++b;
        while (e > b && isBlank(lines[static_cast<size_t>(e - 1)].text))
            --e;
        firstLine = b < e ? lines[static_cast<size_t>(b)].number : s.markerLine + 1;
        QString text;
        for (qsizetype i = b; i < e; ++i) {
            if (i > b)
                text += u'\n';
            text += lines[static_cast<size_t>(i)].text;
        }
        return text;
    };
    header.upgradeSql = sectionText(*upgrade, header.upgradeLine);
    if (downgrade)
        header.downgradeSql = sectionText(*downgrade, header.downgradeLine);
    return header;
}

} // namespace retort
