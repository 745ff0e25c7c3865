#pragma once

#include <QIcon>

// Small icons drawn in code, so that they look the same on every platform and theme (the standard
// style icons have no padlock) without shipping image files.
class StatusIcons
{
public:
    // The padlock of a closed promotion in the sidebar.
    static QIcon lockIcon();
    // The green mark of an open promotion, which also keeps its label aligned with the locked ones.
    static QIcon openIcon();
};
