#include "PreflightPage.h"

#include "ClusterSession.h"
#include "jobs/PreflightJob.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PreflightPage::PreflightPage(ClusterSession *session)
    : m_session(session)
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Preflight"));
    setSubTitle(tr("Every node checked in parallel against the guide's requirements. Nothing is changed on the nodes."));
    m_rerun = new QPushButton(tr("&Run again"));
    m_rerun->setObjectName(QStringLiteral("rerunPreflightButton"));
    connect(m_rerun, &QPushButton::clicked, this, &PreflightPage::run);
    // Passed checks are most of the rows; the problems come first, the rest on request.
    m_showPassed = new QCheckBox(tr("Show passed checks"));
    m_showPassed->setObjectName(QStringLiteral("showPassedCheckBox"));
    connect(m_showPassed, &QCheckBox::toggled, this, &PreflightPage::applyFilter);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("preflightTable"));
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("Check"), tr("Result"), tr("Found"), tr("How to fix")});
    // Node, check and result always in full (whichever rows show); Found as wide as set, the fix the rest.
    for (int column = 0; column < 3; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->setVisible(false); // row numbers would skip where passed checks are collapsed
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rerun);
    bar->addWidget(m_showPassed);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(session->preflight(), &PreflightJob::finished, this, &PreflightPage::show);
}

void PreflightPage::initializePage()
{
    if (!m_session->preflight()->hasRun())
        run();
    else
        show();
}

void PreflightPage::run()
{
    m_rerun->setEnabled(false);
    m_table->setRowCount(0);
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Checking %n node(s)...", nullptr, int(m_session->cluster().nodes.size())));
    m_session->preflight()->start();
    Q_EMIT completeChanged();
}

void PreflightPage::show()
{
    m_rerun->setEnabled(true);
    const QList<PreflightFinding> &findings = m_session->preflight()->findings();
    m_table->setRowCount(int(findings.size()));
    int errors = 0, warnings = 0;
    for (int row = 0; row < findings.size(); ++row) {
        const PreflightFinding &f = findings.at(row);
        QColor color;
        switch (f.severity) {
        case PreflightFinding::Severity::Ok: color = QColor(0xc8, 0xe6, 0xc9); break;
        case PreflightFinding::Severity::Info: color = QColor(0xe3, 0xf2, 0xfd); break;
        case PreflightFinding::Severity::Warning: color = QColor(0xff, 0xec, 0xb3); ++warnings; break;
        case PreflightFinding::Severity::Error: color = QColor(0xff, 0xcd, 0xd2); ++errors; break;
        }
        const QStringList cells{f.node, f.check, PreflightFinding::severityName(f.severity), f.detail, f.hint};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 2)
                item->setBackground(color);
            m_table->setItem(row, column, item);
        }
    }
    m_passed = int(std::count_if(findings.begin(), findings.end(), [](const PreflightFinding &f) { return f.severity == PreflightFinding::Severity::Ok; }));
    m_showPassed->setText(tr("Show passed checks (%n)", nullptr, m_passed));
    applyFilter();
    m_table->resizeColumnToContents(3);
    m_table->setColumnWidth(3, std::min(420, m_table->columnWidth(3)));
    // Warnings are amber, never green: something is left to read.
    m_summary->setStyleSheet(errors ? QStringLiteral("color: #b00020;") : warnings ? QStringLiteral("color: #8a4b00;") : QStringLiteral("color: #1b5e20;"));
    m_summary->setText(errors ? tr("%n error(s) block the install: fix them (see How to fix), then Run again.", nullptr, errors)
                              : tr("No errors; %n warning(s) to read before installing.", nullptr, warnings));
    Q_EMIT completeChanged();
}

void PreflightPage::applyFilter()
{
    const QList<PreflightFinding> &findings = m_session->preflight()->findings();
    for (int row = 0; row < m_table->rowCount() && row < findings.size(); ++row)
        m_table->setRowHidden(row, !m_showPassed->isChecked() && findings.at(row).severity == PreflightFinding::Severity::Ok);
}

bool PreflightPage::isComplete() const
{
    return !m_session->preflight()->isRunning() && m_session->preflight()->passed();
}
