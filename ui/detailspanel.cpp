#include "detailspanel.h"

#include "codehighlighter.h"
#include "historyview.h"
#include "projectsnapshot.h"
#include "pythonbridgedialog.h"

#include "runtime/stepsql.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace retort {

namespace {

QPlainTextEdit *makeCodeView(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setAccessibleName(accessibleName);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return edit;
}

QString link(const QString &id)
{
    return QStringLiteral("<a href=\"rev:%1\">%1</a>").arg(id.toHtmlEscaped());
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Revision details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setMargin(6);
    m_summary->setAccessibleName(tr("Revision summary"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_summary);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QStringLiteral("rev:")))
            emit revisionLinkActivated(href.mid(4));
        else if (href.startsWith(QStringLiteral("file:")))
            emit openFileRequested(QUrl(href).toLocalFile());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Revision contents"));
    m_upgrade = makeCodeView(tr("Upgrade SQL"), m_tabs);
    m_downgrade = makeCodeView(tr("Downgrade SQL"), m_tabs);
    m_source = makeCodeView(tr("Source file"), m_tabs);
    new CodeHighlighter(CodeHighlighter::Language::Sql, m_upgrade->document());
    new CodeHighlighter(CodeHighlighter::Language::Sql, m_downgrade->document());
    m_sourceHighlighter =
        new CodeHighlighter(CodeHighlighter::Language::Python, m_source->document());
    m_tabs->addTab(m_upgrade, tr("Upgrade SQL"));
    m_tabs->addTab(m_downgrade, tr("Downgrade SQL"));
    m_tabs->addTab(m_source, tr("Source"));
    m_auditState = tr("Not connected to a database.");
    m_audit = new QTreeWidget(m_tabs);
    m_audit->setObjectName(QStringLiteral("auditRows"));
    m_audit->setAccessibleName(tr("Audit rows of this revision"));
    m_audit->setRootIsDecorated(false);
    m_audit->setHeaderLabels({tr("Applied"), tr("Direction"), tr("Outcome"), tr("By"),
                              tr("Application"), tr("Duration"), tr("Message")});
    m_tabs->addTab(m_audit, tr("History"));

    layout->addWidget(scroll, 2);
    layout->addWidget(m_tabs, 5);
    showRevision(nullptr, -1);
}

void DetailsPanel::showRevision(std::shared_ptr<const ProjectSnapshot> snapshot, int node)
{
    m_upgrade->clear();
    m_downgrade->clear();
    m_source->clear();
    m_auditId =
        snapshot && node >= 0 && node < snapshot->nodeCount() ? snapshot->id(node) : QString();
    updateAudit();
    if (!snapshot || node < 0 || node >= snapshot->nodeCount()) {
        m_summary->setText(tr("<i>Select a revision to see its details.</i>"));
        m_upgrade->setPlaceholderText({});
        m_downgrade->setPlaceholderText({});
        m_source->setPlaceholderText({});
        m_tabs->setEnabled(false);
        return;
    }
    const ProjectSnapshot &s = *snapshot;
    const auto links = [&](const QList<int> &nodes) {
        QStringList out;
        for (int n : nodes)
            out.append(link(s.id(n)));
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
    };
    QString html;
    const auto row = [&html](const QString &name, const QString &value) {
        // The names stay on one line (they are short; German ones are long words).
        html += QStringLiteral("<tr><td style=\"padding-right:8px; white-space:nowrap\"><b>%1</b>"
                               "</td><td>%2</td></tr>")
                    .arg(name, value);
    };
    if (s.isGhost(node)) {
        const LaneLayout::Ghost &ghost = s.layout.ghosts.at(node - s.layout.inputCount);
        html = QStringLiteral("<h3>%1</h3><p style=\"color:#c0392b\">%2</p><table>")
                   .arg(tr("Missing revision %1").arg(ghost.id.toHtmlEscaped()),
                        ghost.error.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                            QStringLiteral("<br>")));
        row(tr("Named by"), links(ghost.namedBy));
        html += QStringLiteral("</table>");
        m_summary->setText(html);
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const RevisionHeader &h = s.revisions.at(node);
    html = QStringLiteral("<h3>%1</h3><table>").arg(s.message(node).toHtmlEscaped());
    row(tr("Revision"), QStringLiteral("<tt>%1</tt>").arg(s.id(node).toHtmlEscaped()));
    row(tr("Parents"), links(s.layout.parents.at(node)));
    row(tr("Children"), links(s.children.at(node)));
    const QStringList labels = h.branchLabels.value_or(QStringList());
    row(tr("Branch labels"),
        labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Depends on"), links(s.layout.dependencies.at(node)));
    if (!s.dependents.at(node).isEmpty())
        row(tr("Needed by"), links(s.dependents.at(node)));
    row(tr("Created"), h.createDate.isEmpty() ? tr("unknown") : h.createDate.toHtmlEscaped());
    row(tr("File"), QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(QUrl::fromLocalFile(h.path).toString(), h.path.toHtmlEscaped()));
    QStringList kinds;
    if (s.isHead(node))
        kinds.append(tr("head"));
    if (s.isBase(node))
        kinds.append(tr("base"));
    if (s.isBranchPoint(node))
        kinds.append(tr("branch point"));
    if (s.isMergePoint(node))
        kinds.append(tr("merge point"));
    if (!kinds.isEmpty())
        row(tr("Kind"), kinds.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    // The rest of the docstring, without the header lines Alembic's template repeats.
    const qsizetype cut = h.longDoc.indexOf(QStringLiteral("\n\n"));
    QStringList rest;
    if (cut >= 0)
        for (const QString &line : h.longDoc.mid(cut + 2).split(QLatin1Char('\n')))
            if (!line.startsWith(QStringLiteral("Revision ID:")) &&
                !line.startsWith(QStringLiteral("Revises:")) &&
                !line.startsWith(QStringLiteral("Create Date:")))
                rest.append(line);
    const QString more = rest.join(QLatin1Char('\n')).trimmed();
    if (!more.isEmpty())
        html +=
            QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(more.toHtmlEscaped());
    m_summary->setText(html);

    const bool sql = h.format == RevisionHeader::Format::Sql;
    m_sourceHighlighter->setLanguage(sql ? CodeHighlighter::Language::Sql
                                         : CodeHighlighter::Language::Python);
    QFile file(h.path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray source = file.readAll();
        m_source->setPlainText(QString::fromUtf8(source));
        m_source->setPlaceholderText({});
        if (!sql) {
            const AlembicConfig config = s.config.value_or(AlembicConfig());
            m_upgrade->setPlainText(renderedPreview(source, h.path, config, true));
            m_downgrade->setPlainText(renderedPreview(source, h.path, config, false));
        }
    } else {
        m_source->setPlaceholderText(tr("Cannot read %1: %2").arg(h.path, file.errorString()));
    }
    if (sql) {
        m_upgrade->setPlainText(h.upgradeSql);
        m_downgrade->setPlainText(h.downgradeSql);
        m_upgrade->setPlaceholderText(tr("This revision has no upgrade section."));
        m_downgrade->setPlaceholderText(tr("This revision has no downgrade section."));
    } else {
        m_upgrade->setPlaceholderText(tr("This function runs no SQL."));
        m_downgrade->setPlaceholderText(tr("This function runs no SQL."));
    }
}

QString DetailsPanel::renderedPreview(const QByteArray &source,
                                      const QString &path,
                                      const AlembicConfig &config,
                                      bool upgrade)
{
    auto sql = stepsql::forPythonSource(source, path, upgrade, {m_dialect, true});
    if (!sql)
        return tr("-- This file is not valid Python:\n-- %1\n").arg(sql.error().toString());
    if (!sql->renderable())
        return tr("-- Retort cannot render this function to SQL:\n-- %1\n-- A run hands this "
                  "step to Alembic through the Python bridge: the first Python with Alembic "
                  "among\n-- %2.\n")
            .arg(sql->notRenderable->toString(),
                 pythonsetting::searchOrderText(
                     config, tr("the project's Python (Database › Python for Steps Retort "
                                "Cannot Render…)")));
    QString text;
    for (const StepStatement &s : std::as_const(sql->statements))
        text += stepsql::offlineText(s.sql) + QStringLiteral("\n\n");
    return text;
}

void DetailsPanel::setAuditRows(const QList<HistoryRow> &rows, const QString &state)
{
    m_auditRows = rows;
    m_auditState = state;
    updateAudit();
}

void DetailsPanel::updateAudit()
{
    m_audit->clear();
    QList<const HistoryRow *> mine;
    for (const HistoryRow &r : std::as_const(m_auditRows))
        if (!m_auditId.isEmpty() && r.revision == m_auditId)
            mine.append(&r);
    std::stable_sort(mine.begin(), mine.end(), [](const HistoryRow *a, const HistoryRow *b) {
        return a->startedAt != b->startedAt ? a->startedAt > b->startedAt : a->id > b->id;
    });
    for (const HistoryRow *r : std::as_const(mine)) {
        QStringList by;
        if (!r->dbUser.isEmpty())
            by.append(r->dbUser);
        if (!r->clientHost.isEmpty())
            by.append(tr("on %1").arg(r->clientHost));
        auto *item =
            new QTreeWidgetItem(m_audit, {history::displayTime(r->startedAt), r->direction,
                                          historyOutcomeText(*r), by.join(QLatin1Char(' ')),
                                          r->applicationName, historyDurationText(r->durationMs),
                                          r->message.section(QLatin1Char('\n'), 0, 0)});
        item->setToolTip(6, r->message);
        if (historyFailed(*r)) {
            QFont bold = item->font(2);
            bold.setBold(true);
            for (int c = 0; c < m_audit->columnCount(); ++c) {
                item->setFont(c, bold);
                item->setForeground(c, QColor(0xa0, 0x20, 0x10));
            }
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        }
    }
    if (mine.isEmpty() && !m_auditId.isEmpty()) {
        const QString why =
            !m_auditState.isEmpty() ? m_auditState : tr("No audit rows for %1.").arg(m_auditId);
        auto *item = new QTreeWidgetItem(m_audit, {why});
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
    for (int c = 0; c + 1 < m_audit->columnCount(); ++c)
        m_audit->resizeColumnToContents(c);
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Rich text takes the link colour when it is set: set it again in the new palette.
        const QString html = m_summary->text();
        m_summary->clear();
        m_summary->setText(html);
    }
}

QString DetailsPanel::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(m_summary->text());
    return doc.toPlainText();
}

} // namespace retort
