#include "PathField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

PathField::PathField(Kind kind, const QString &objectName, const QString &dialogTitle, const QString &filter, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
{
    m_edit->setObjectName(objectName);
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this, kind, dialogTitle, filter] {
        const QString path = kind == Kind::Directory ? QFileDialog::getExistingDirectory(this, dialogTitle, m_edit->text())
                                                     : QFileDialog::getOpenFileName(this, dialogTitle, m_edit->text(), filter);
        if (!path.isEmpty())
            m_edit->setText(path);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
}

QString PathField::text() const
{
    return m_edit->text().trimmed();
}

void PathField::setText(const QString &text)
{
    m_edit->setText(text);
}

void PathField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}
