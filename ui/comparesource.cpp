#include "comparesource.h"

#include "connectionprofilemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace retort {

namespace {

QWidget *page(QWidget *parent, QFormLayout **form)
{
    auto *w = new QWidget(parent);
    *form = new QFormLayout(w);
    (*form)->setContentsMargins(0, 0, 0, 0);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return w;
}

} // namespace

CompareSourcePicker::CompareSourcePicker(const QString &title, QWidget *parent)
    : QGroupBox(title, parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_profiles(new ConnectionProfileModel(this))
    , m_profile(new QComboBox(this))
    , m_profileUrl(new QLabel(this))
    , m_passwordLabel(new QLabel(tr("P&assword:"), this))
    , m_password(new QLineEdit(this))
    , m_passwordWhy(new QLabel(this))
    , m_revision(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_file(new QPushButton(tr("&File…"), this))
    , m_folder(new QPushButton(tr("F&older…"), this))
{
    m_kind->addItem(tr("Connection profile"), int(Kind::Profile));
    m_kind->addItem(tr("Project revision"), int(Kind::Revision));
    m_kind->addItem(tr("DDL file or folder"), int(Kind::Ddl));
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->setAccessibleName(tr("Kind of source"));

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addRow(tr("&Source:"), m_kind);
    layout->addRow(m_pages);

    QFormLayout *form = nullptr;
    // A profile: the redacted URL under it; the password field only when it is needed.
    QWidget *profilePage = page(m_pages, &form);
    m_profile->setModel(m_profiles);
    // Long profile names and revision messages are elided, not made into the window's
    // minimum width (two pickers side by side were wider than a laptop's screen).
    for (QComboBox *box : {m_profile, m_revision}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    m_profile->setObjectName(QStringLiteral("sourceProfile"));
    m_profile->setAccessibleName(tr("Connection profile"));
    form->addRow(tr("&Profile:"), m_profile);
    m_profileUrl->setObjectName(QStringLiteral("sourceProfileUrl"));
    m_profileUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_profileUrl->setWordWrap(true);
    form->addRow(QString(), m_profileUrl);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("sourcePassword"));
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_passwordWhy->setObjectName(QStringLiteral("sourcePasswordWhy"));
    m_passwordWhy->setWordWrap(true);
    form->addRow(QString(), m_passwordWhy);
    m_pages->addWidget(profilePage);

    // A revision: head, base, or any revision of the project (typed ids too).
    QWidget *revisionPage = page(m_pages, &form);
    m_revision->setEditable(true);
    m_revision->setInsertPolicy(QComboBox::NoInsert);
    m_revision->setObjectName(QStringLiteral("sourceRevision"));
    m_revision->setAccessibleName(tr("Revision"));
    m_revision->setToolTip(
        tr("The schema the project's migrations build up to this revision, in a temporary "
           "database"));
    form->addRow(tr("&Revision:"), m_revision);
    m_pages->addWidget(revisionPage);

    // DDL: one .sql file, or a folder whose .sql files are applied in name order.
    QWidget *ddlPage = page(m_pages, &form);
    m_path->setObjectName(QStringLiteral("sourcePath"));
    m_path->setAccessibleName(tr("DDL file or folder"));
    m_path->setPlaceholderText(tr("a .sql file or a folder of them"));
    m_file->setObjectName(QStringLiteral("sourceFileButton"));
    m_folder->setObjectName(QStringLiteral("sourceFolderButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_file);
    pathRow->addWidget(m_folder);
    form->addRow(tr("&Path:"), pathRow);
    m_pages->addWidget(ddlPage);

    showPassword(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_pages->setCurrentIndex(i);
        emit changed();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &CompareSourcePicker::profileChanged);
    connect(m_revision, &QComboBox::currentTextChanged, this, &CompareSourcePicker::changed);
    connect(m_path, &QLineEdit::textChanged, this, &CompareSourcePicker::changed);
    connect(m_file, &QPushButton::clicked, this, &CompareSourcePicker::browseFile);
    connect(m_folder, &QPushButton::clicked, this, &CompareSourcePicker::browseFolder);
    profileChanged();
}

void CompareSourcePicker::setProject(const std::shared_ptr<const ProjectSnapshot> &project)
{
    const State keep = state();
    QList<ConnectionProfile> profiles;
    if (project && project->config)
        profiles = profilestore::all(*project->config);
    m_profiles->setProfiles(profiles);
    m_iniFolder = project && project->ok() ? QFileInfo(project->iniPath).absolutePath() : QString();

    m_revision->clear();
    m_revision->addItem(tr("head"), QStringLiteral("head"));
    m_revision->addItem(tr("base (empty)"), QStringLiteral("base"));
    if (project) {
        // Newest first, as the graph lists them.
        for (int row = 0; row < project->layout.rowCount(); ++row) {
            const int node = project->layout.nodeAtRow.at(row);
            if (node < 0 || node >= project->revisions.size() || project->isGhost(node))
                continue;
            const QString id = project->id(node);
            const QString message = project->message(node);
            m_revision->addItem(message.isEmpty() ? id : tr("%1 — %2").arg(id, message), id);
        }
    }
    setState(keep);
}

CompareSourcePicker::Kind CompareSourcePicker::kind() const
{
    return Kind(m_kind->currentData().toInt());
}

void CompareSourcePicker::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

CompareSourcePicker::State CompareSourcePicker::state() const
{
    State s;
    s.kind = kind();
    if (const auto p = profile())
        s.profile = p->name;
    s.revision = revision();
    s.path = m_path->text();
    s.password = m_password->text();
    return s;
}

void CompareSourcePicker::setState(const State &s)
{
    const int row = m_profiles->rowOf(s.profile);
    if (row >= 0)
        m_profile->setCurrentIndex(row);
    const int rev = m_revision->findData(s.revision);
    if (rev >= 0)
        m_revision->setCurrentIndex(rev);
    else if (!s.revision.isEmpty())
        m_revision->setEditText(s.revision);
    m_path->setText(s.path);
    m_password->setText(s.password);
    showPassword(!s.password.isEmpty());
    setKind(s.kind);
}

std::optional<ConnectionProfile> CompareSourcePicker::profile() const
{
    const int row = m_profile->currentIndex();
    if (row < 0 || row >= m_profiles->rowCount())
        return std::nullopt;
    return m_profiles->profile(row);
}

QString CompareSourcePicker::revision() const
{
    const int i = m_revision->currentIndex();
    QString text = m_revision->currentText().trimmed();
    if (i >= 0 && text == m_revision->itemText(i))
        text = m_revision->itemData(i).toString();
    if (text.startsWith(QLatin1Char('@')))
        text.remove(0, 1);
    return text;
}

QString CompareSourcePicker::path() const
{
    return m_path->text().trimmed();
}

std::optional<QString> CompareSourcePicker::typedPassword() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

void CompareSourcePicker::askPassword(const QString &why)
{
    showPassword(true);
    m_passwordWhy->setText(why);
    m_password->setFocus();
}

QString CompareSourcePicker::description() const
{
    switch (kind()) {
    case Kind::Profile:
        if (const auto p = profile())
            return p->displayUrl();
        return {};
    case Kind::Revision:
        return QLatin1Char('@') + revision();
    case Kind::Ddl:
        return QDir::toNativeSeparators(path());
    }
    return {};
}

void CompareSourcePicker::profileChanged()
{
    const auto p = profile();
    m_profileUrl->setText(p ? p->displayUrl() : tr("The project has no connection profile."));
    // A password typed for one profile is not offered to another.
    m_password->clear();
    m_passwordWhy->clear();
    showPassword(false);
    emit changed();
}

void CompareSourcePicker::showPassword(bool show)
{
    m_passwordLabel->setVisible(show);
    m_password->setVisible(show);
    m_passwordWhy->setVisible(show && !m_passwordWhy->text().isEmpty());
}

void CompareSourcePicker::browseFile()
{
    const QString start = path().isEmpty() ? m_iniFolder : path();
    const QString file = QFileDialog::getOpenFileName(this, tr("DDL File"), start,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void CompareSourcePicker::browseFolder()
{
    const QString start = path().isEmpty() ? m_iniFolder : path();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of DDL Files"), start);
    if (!dir.isEmpty())
        m_path->setText(QDir::toNativeSeparators(dir));
}

} // namespace retort
