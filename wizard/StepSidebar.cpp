#include "StepSidebar.h"

#include "ClusterSession.h"
#include "InstallWizard.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

StepSidebar::StepSidebar(ClusterSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("stepSidebar"));
    setFixedWidth(210);
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, shade.color(QPalette::Window).darker(106));
    setPalette(shade);
    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/64x64/apps/com.agilesec.HaInstaller.png")).pixmap(40, 40));
    auto *name = new QLabel(tr("AgileSec\nHA Installer"));
    name->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    auto *brand = new QHBoxLayout;
    brand->addWidget(icon);
    brand->addWidget(name, 1);
    m_list = new QVBoxLayout;
    m_list->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 16, 10, 16);
    layout->addLayout(brand);
    layout->addSpacing(18);
    layout->addLayout(m_list);
    layout->addStretch(1);
}

void StepSidebar::follow(InstallWizard *wizard)
{
    m_wizard = wizard;
    connect(wizard, &QWizard::currentIdChanged, this, &StepSidebar::refresh);
    connect(m_session, &ClusterSession::changed, this, &StepSidebar::refresh);
    refresh();
}

void StepSidebar::refresh()
{
    m_steps.clear();
    const QList<InstallWizard::PageId> pages = InstallWizard::pagesFor(m_session->goal());
    const qsizetype current = pages.indexOf(InstallWizard::PageId(m_wizard->currentId()));
    // The rows are kept and relabelled (the session changes often): made once, never flickering.
    while (m_rows.size() < pages.size()) {
        auto *row = new QLabel;
        row->setObjectName(QStringLiteral("sidebarStep"));
        m_list->addWidget(row);
        m_rows << row;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QLabel *row = m_rows[i];
        const QWizardPage *page = i < pages.size() ? m_wizard->page(pages[i]) : nullptr;
        row->setVisible(page != nullptr);
        if (!page)
            continue;
        const bool done = current >= 0 && i < current;
        const bool now = i == current;
        // A check mark, an arrow, or the step's number ahead.
        row->setText(QStringLiteral("%1  %2").arg(done ? QStringLiteral("\u2713") : now ? QStringLiteral("\u25B6") : QString::number(i + 1), page->title()));
        row->setStyleSheet(now ? QStringLiteral("font-weight: bold; padding: 5px 4px; background: palette(highlight); color: palette(highlighted-text); border-radius: 3px;")
                           : done ? QStringLiteral("padding: 5px 4px; color: #1b5e20;")
                                  : QStringLiteral("padding: 5px 4px; color: #707070;"));
        m_steps << QStringLiteral("%1: %2").arg(done ? QStringLiteral("done") : now ? QStringLiteral("current") : QStringLiteral("ahead"), page->title());
    }
}
