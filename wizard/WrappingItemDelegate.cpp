#include "WrappingItemDelegate.h"

#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

WrappingItemDelegate *WrappingItemDelegate::install(QTreeView *view)
{
    auto *delegate = new WrappingItemDelegate(view);
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // Once per burst of resizes (a window drag resizes the stretched column on every move).
    auto *relayout = new QTimer(delegate);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    return delegate;
}

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize oneLine = QStyledItemDelegate::sizeHint(option, index);
    // A column sized to its contents asks for its one-line width, or it could never grow.
    if (m_view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return oneLine;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const int textMargin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1; // as the style draws it
    int width = m_view->header()->sectionSize(index.column()) - 2 * textMargin;
    if (index.column() == 0) { // the branch indentation comes off the first column
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    if (opt.features & QStyleOptionViewItem::HasDecoration)
        width -= opt.decorationSize.width() + 2 * textMargin;
    if (width <= 0 || opt.text.isEmpty() || opt.fontMetrics.horizontalAdvance(opt.text) <= width)
        return oneLine;
    const int lines = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 16), Qt::TextWordWrap, opt.text).height();
    const int gap = opt.fontMetrics.height() / 4; // wrapped rows apart from their neighbours
    return {std::min(oneLine.width(), width + 2 * textMargin), oneLine.height() - opt.fontMetrics.height() + lines + gap};
}
