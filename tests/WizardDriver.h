#pragma once

#include "InstallWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QtTest>

// Drives the real wizard by objectName, as a user would (tst_wizard, tst_wizardlab).
namespace WizardDriver {
// Called from a GUI test's init(): any Qt warning fails the test function. The one exception is
// the offscreen platform plugin saying it cannot pass size hints to a window system it does not
// have; it says so for every top-level window it shows, whatever the window.
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
}

// A PNG of the widget into <build>/tests/screenshots/.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("screenshots/") + name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY(widget->grab().save(path));
}

// Shown at a 1366x768 laptop's size, as every screenshot is; false when it never got exposed.
inline bool showAtLaptopSize(QWidget &window)
{
    window.resize(1366, 768);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// Presses Next (or the commit button) once it is enabled, and checks the page changed.
inline bool goNext(InstallWizard *wizard, int timeoutMs = 5000)
{
    const int before = wizard->currentId();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    QAbstractButton *button = commit->isVisible() ? commit : next;
    if (!QTest::qWaitFor([&] { return button->isEnabled(); }, timeoutMs)) {
        qWarning("Next stays disabled on page %d", before);
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return wizard->currentId() != before;
}

inline void selectRadio(QObject *parent, const char *name)
{
    QRadioButton *radio = child<QRadioButton>(parent, name);
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

inline void setText(QObject *parent, const char *name, const QString &text)
{
    QLineEdit *edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab); // editingFinished, as a user leaving the field
}
} // namespace WizardDriver
