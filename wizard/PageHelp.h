#pragma once

#include <QString>

// What each wizard page is for, in a few plain sentences, and the sections of the platform's
// on-prem HA guide it stands in for (F1, Help > Help for this page).
class PageHelp
{
public:
    // Translated; empty for an unknown page.
    static QString text(int pageId);
    static QString guideSections(int pageId);
};
