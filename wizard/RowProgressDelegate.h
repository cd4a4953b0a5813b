#pragma once

#include <QStyledItemDelegate>

// A progress bar painted in a view's cell from the item's data: the percentage under
// kPercentRole, the bar's text as the cell's text. One widget per row (QProgressBar through
// setItemWidget) made the install page's first paint of 16 nodes' rows a burst of separate
// widget paints; painted here, the bars are part of the view's own paint.
class RowProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kPercentRole = Qt::UserRole + 40;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
