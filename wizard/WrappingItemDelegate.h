#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Long cells (a health check's detail, a preflight finding and its fix) in full, on as many
// lines as the column's width needs. QTreeView's word wrap alone does not do it: it asks the
// delegate for a row's height without the column's width, so every row stays one line and the
// text is elided. This delegate sizes each cell at its column's width, and lays the rows out
// again when a column is resized (the window, a splitter, the user's drag).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Installs itself on the view, which owns it.
    static WrappingItemDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    explicit WrappingItemDelegate(QTreeView *view);
    QTreeView *m_view;
};
