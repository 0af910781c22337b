#include "revisionmessagedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace retort {

RevisionMessageDialog::RevisionMessageDialog(const QString &title,
                                             const QString &explanation,
                                             const QString &defaultMessage,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("RevisionMessageDialog"));
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLineEdit(defaultMessage, this);
    m_message->setAccessibleName(tr("Message"));
    m_message->setMinimumWidth(420);
    m_label = new QLineEdit(this);
    m_label->setAccessibleName(tr("Branch label"));
    m_label->setPlaceholderText(tr("(none)"));
    m_error = new QLabel(this);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x30, 0x20));
    m_error->setPalette(red);
    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Branch label:"), m_label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RevisionMessageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_message->selectAll();
}

QString RevisionMessageDialog::message() const
{
    return m_message->text().trimmed();
}

QString RevisionMessageDialog::branchLabel() const
{
    return m_label->text().trimmed();
}

void RevisionMessageDialog::accept()
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_.\\-]*$"));
    if (!label.match(branchLabel()).hasMatch()) {
        m_error->setText(tr("A branch label is one word: letters, digits, '_', '-', '.'."));
        return;
    }
    QDialog::accept();
}

} // namespace retort
