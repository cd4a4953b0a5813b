#include "StatusTable.h"

#include <QHeaderView>

StatusTable::StatusTable(const QString &objectName, const QStringList &headers, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setObjectName(objectName);
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c + 1 < int(headers.size()); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(false);
}

void StatusTable::setRow(int row, const QStringList &cells, const QColor &background)
{
    if (row >= rowCount())
        setRowCount(row + 1);
    for (int c = 0; c < int(cells.size()) && c < columnCount(); ++c) {
        QTableWidgetItem *cell = item(row, c);
        if (!cell)
            setItem(row, c, cell = new QTableWidgetItem);
        cell->setText(cells[c]);
        cell->setToolTip(cells[c].size() > 40 ? cells[c] : QString());
        cell->setBackground(background.isValid() ? QBrush(background) : QBrush());
    }
}
