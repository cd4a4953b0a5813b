#pragma once

#include <QWidget>

class QLineEdit;

// A path typed or chosen with Browse...: a file to open, a file to save, or a folder.
class PathField : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { OpenFile, Directory };
    PathField(Kind kind, const QString &objectName, const QString &dialogTitle, const QString &filter = {}, QWidget *parent = nullptr);
    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);

private:
    QLineEdit *m_edit;
};
