#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace retort {

/** Asks for what a new revision file needs: a message and an optional branch label (merge
 *  selected heads, new revision after this one). */
class RevisionMessageDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionMessageDialog(const QString &title,
                          const QString &explanation,
                          const QString &defaultMessage,
                          QWidget *parent = nullptr);

    QString message() const;
    QString branchLabel() const;
    QLineEdit *messageEdit() const { return m_message; }
    QLineEdit *branchLabelEdit() const { return m_label; }

public slots:
    void accept() override;

private:
    QLineEdit *m_message;
    QLineEdit *m_label;
    QLabel *m_error;
};

} // namespace retort
