#pragma once

class QAbstractSpinBox;
class QLineEdit;
class QString;

// Short inputs (ports, days, seconds, addresses) as wide as what they hold, not the whole row
// of a form: a form's fields otherwise all grow to its width, and a port across a 1000-pixel
// row reads as a line of text.
class FieldWidth
{
public:
    // The widest value of the spin box's range with its prefix, suffix and buttons, as Qt sizes
    // it; call it after the range and the suffix are set.
    static void fit(QAbstractSpinBox *spin);
    // An edit as wide as the sample text (the longest value it should hold, e.g. an IPv6 address).
    static void fit(QLineEdit *edit, const QString &sample);
};
