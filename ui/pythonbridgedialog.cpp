#include "pythonbridgedialog.h"

#include "windowsize.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace retort {

namespace pythonsetting {

namespace {

QString groupOf(const QString &iniPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(iniPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("python/") + QString::fromLatin1(hash);
}

} // namespace

QString load(const QString &iniPath)
{
    if (iniPath.isEmpty())
        return {};
    return QSettings().value(groupOf(iniPath) + QStringLiteral("/interpreter")).toString();
}

void save(const QString &iniPath, const QString &python)
{
    QSettings settings;
    settings.beginGroup(groupOf(iniPath));
    if (python.isEmpty()) {
        settings.remove(QString());
        return;
    }
    settings.setValue(QStringLiteral("project"), iniPath);
    settings.setValue(QStringLiteral("interpreter"), python);
}

QString origin()
{
    return PythonBridgeDialog::tr("the project's Python setting");
}

QString
placeName(const PythonSource &source, const QString &iniFileName, const QString &explicitName)
{
    using K = PythonSource::Kind;
    switch (source.kind) {
    case K::Explicit:
        return explicitName;
    case K::Environment:
        return PythonBridgeDialog::tr("The environment variable %1").arg(source.origin);
    case K::Ini:
        return PythonBridgeDialog::tr("retort_python in %1").arg(iniFileName);
    case K::Venv:
        return PythonBridgeDialog::tr(".venv/bin/python next to %1").arg(iniFileName);
    case K::VirtualEnv:
        return PythonBridgeDialog::tr("venv/bin/python next to %1").arg(iniFileName);
    case K::Path:
        return PythonBridgeDialog::tr("python3 on PATH");
    }
    return source.origin;
}

QString searchOrderText(const AlembicConfig &config, const QString &explicitName)
{
    const QString ini = QFileInfo(config.iniPath).fileName();
    QStringList places;
    for (const PythonSource &source : PythonBridge::sources(QString(), config, origin()))
        places.append(QStringLiteral("%1. %2")
                          .arg(places.size() + 1)
                          .arg(placeName(source, ini, explicitName)));
    return places.join(QStringLiteral("; "));
}

} // namespace pythonsetting

namespace {

PythonCheckResult
checkPython(const QString &python, const AlembicConfig &config, const QString &origin)
{
    PythonCheckResult out;
    auto found = PythonBridge::find(python, config, origin);
    if (found)
        out.bridge = *found;
    else
        out.error = found.error().message;
    return out;
}

} // namespace

PythonBridgeDialog::PythonBridgeDialog(const AlembicConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
{
    setObjectName(QStringLiteral("PythonBridgeDialog"));
    setWindowTitle(tr("Python for Steps Retort Cannot Render"));
    resizeToFit(this, QSize(720, 460)); // smaller screens: what fits

    auto *intro = new QLabel(
        tr("Retort runs the steps it cannot render to SQL with Alembic itself, through a Python "
           "that has Alembic and SQLAlchemy installed. Choose one for this project, or leave "
           "the field empty to look for one."),
        this);
    intro->setWordWrap(true);

    m_edit = new QLineEdit(pythonsetting::load(config.iniPath), this);
    m_edit->setObjectName(QStringLiteral("pythonEdit"));
    m_edit->setAccessibleName(tr("Python for steps Retort cannot render"));
    m_edit->setPlaceholderText(tr("Look for one (see below)"));
    m_edit->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("P&ython:"), this);
    label->setBuddy(m_edit);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &PythonBridgeDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(label);
    pathRow->addWidget(m_edit, 1);
    pathRow->addWidget(m_browse);

    m_check = new QPushButton(tr("C&heck"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setAutoDefault(false);
    m_check->setToolTip(tr("Look for the Python as a run would, and say which Alembic it has"));
    connect(m_check, &QPushButton::clicked, this, &PythonBridgeDialog::check);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("checkResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);

    auto *orderLabel = new QLabel(
        tr("Where Retort looks, in this order; the first place that names a Python is used. The "
           "command line looks in the same places, with --python in place of this setting. A "
           "Python named in one of the first three places must run Alembic; the others are "
           "skipped when they cannot."),
        this);
    orderLabel->setWordWrap(true);
    m_order = new QTreeWidget(this);
    m_order->setObjectName(QStringLiteral("searchOrder"));
    m_order->setAccessibleName(tr("Search order"));
    m_order->setHeaderLabels({tr("Place"), tr("Python there now")});
    m_order->setRootIsDecorated(false);
    m_order->setUniformRowHeights(true);
    m_order->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_order->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(checkRow);
    layout->addWidget(m_result);
    layout->addWidget(orderLabel);
    layout->addWidget(m_order, 1);
    layout->addWidget(buttons);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        // A check said something about the Python entered before: it no longer applies.
        ++m_generation;
        m_last.reset();
        m_result->clear();
        updateOrder();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PythonBridgeDialog::checkFinished);
    updateOrder();
}

PythonBridgeDialog::~PythonBridgeDialog()
{
    m_watcher.waitForFinished();
}

QFileDialog *PythonBridgeDialog::fileDialog() const
{
    return m_fileDialog;
}

QString PythonBridgeDialog::python() const
{
    return m_edit->text().trimmed();
}

void PythonBridgeDialog::updateOrder(const QString &chosenOrigin)
{
    using K = PythonSource::Kind;
    m_order->clear();
    const QString ini = QFileInfo(m_config.iniPath).fileName();
    for (const PythonSource &source :
         PythonBridge::sources(python(), m_config, pythonsetting::origin())) {
        const QString place = pythonsetting::placeName(source, ini, tr("This setting"));
        QString now = QDir::toNativeSeparators(source.python);
        if (source.python.isEmpty())
            now = source.required ? tr("(not set)") : tr("(none)");
        else if (source.python == QStringLiteral("none") &&
                 (source.kind == K::Explicit || source.kind == K::Environment))
            now = tr("none: no Python bridge");
        const int number = m_order->topLevelItemCount() + 1;
        auto *item =
            new QTreeWidgetItem(m_order, {QStringLiteral("%1. %2").arg(number).arg(place), now});
        item->setToolTip(1, now);
        if (!chosenOrigin.isEmpty() && source.origin == chosenOrigin) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
            item->setToolTip(0, tr("The Python a run uses"));
        }
    }
}

void PythonBridgeDialog::browse()
{
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    const QFileInfo entered(python());
    const QString start = !python().isEmpty() && entered.isAbsolute()
                              ? entered.absolutePath()
                              : QDir::cleanPath(m_config.here);
    auto *dialog = new QFileDialog(this, tr("Choose a Python"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_edit->setText(QDir::toNativeSeparators(file)); });
    m_fileDialog = dialog;
    dialog->open();
}

void PythonBridgeDialog::check()
{
    if (m_watcher.isRunning()) {
        // One check at a time; the newest request runs when the running one returns.
        connect(
            &m_watcher, &QFutureWatcherBase::finished, this, [this] { check(); },
            Qt::SingleShotConnection);
        return;
    }
    m_check->setEnabled(false);
    m_result->setText(tr("Checking…"));
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(
        QtConcurrent::run(checkPython, python(), m_config, pythonsetting::origin()));
}

void PythonBridgeDialog::checkFinished()
{
    m_check->setEnabled(true);
    if (m_watcher.property("generation").toULongLong() != m_generation)
        return; // the Python entered has changed since
    const PythonCheckResult r = m_watcher.result();
    m_last = r;
    if (r.bridge) {
        m_result->setText(tr("Found Alembic %1 (SQLAlchemy %2) in %3, chosen by %4.")
                              .arg(r.bridge->alembicVersion, r.bridge->sqlalchemyVersion,
                                   QDir::toNativeSeparators(r.bridge->python), r.bridge->foundBy));
        updateOrder(r.bridge->foundBy);
    } else if (!r.error.isEmpty()) {
        m_result->setText(tr("Not usable: %1").arg(r.error));
        updateOrder();
    } else {
        m_result->setText(tr("No Python with Alembic was found: plans with steps Retort "
                             "cannot render are refused."));
        updateOrder();
    }
    emit checked();
}

void PythonBridgeDialog::accept()
{
    pythonsetting::save(m_config.iniPath, python());
    QDialog::accept();
}

} // namespace retort
