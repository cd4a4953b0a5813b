#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// File helpers shared by the tests. A missing fixture is a broken test, so it aborts loudly.
namespace TestFiles {
inline QByteArray read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline QByteArray example(const QString &name)
{
    return read(QStringLiteral(EXAMPLES_DIR "/") + name);
}

inline void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace TestFiles
