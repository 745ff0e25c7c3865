#pragma once

#include "domain/LaureateFollowUp.h"

// What a write to a laureate's follow-up did (FollowUpStore): the follow-up before and after it. The window's
// undo saves `before` back (FollowUpStore::save), its redo saves `after`.
struct FollowUpChange
{
    LaureateFollowUp before;
    LaureateFollowUp after;

    bool changed() const { return before != after; }
};
