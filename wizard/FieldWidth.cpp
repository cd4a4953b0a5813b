#include "FieldWidth.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QString>

void FieldWidth::fit(QAbstractSpinBox *spin)
{
    spin->setMaximumWidth(spin->sizeHint().width() + spin->fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

void FieldWidth::fit(QLineEdit *edit, const QString &sample)
{
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(sample) + 20); // the frame and text margins
}
