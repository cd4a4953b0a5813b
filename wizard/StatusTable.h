#pragma once

#include <QTableWidget>

// A read-only table of rows that change while something runs (a node's stage, a load balancer's
// view of its servers): the columns sized to their contents, the last one taking the rest, no
// selection or focus frame to mistake for a state.
class StatusTable : public QTableWidget
{
    Q_OBJECT
public:
    StatusTable(const QString &objectName, const QStringList &headers, QWidget *parent = nullptr);
    // Row `row` (made when missing) shows `cells` on `background` (none when invalid).
    void setRow(int row, const QStringList &cells, const QColor &background);
};
