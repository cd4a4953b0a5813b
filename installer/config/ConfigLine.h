#pragma once

#include <QString>

// One physical line of multi_node_config.conf, kept verbatim so an unchanged document
// serialises to the same bytes.
struct ConfigLine {
    enum class Kind {
        Blank,
        Comment,
        Assignment,          // key="value" or key=value
        CommentedAssignment, // #key="value": a disabled setting that an edit may re-enable
    };

    Kind kind = Kind::Blank;
    QString text;        // the line without its line ending
    QString lineEnding;  // "\n", "\r\n", or "" for a last line without one
    QString key;         // Assignment and CommentedAssignment only
    QString value;
    bool quoted = true;  // written as key="value"
    QString indent;      // leading white space before the key
    QString trailing;    // white space and comment after the value
    int sourceLine = 0;  // 1-based line in the file it was read from; 0 for lines added by edits
};
