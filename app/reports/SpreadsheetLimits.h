#pragma once

#include <QtGlobal>

// How much a spreadsheet import inflates and reads at most. An XLSX or ODS file is a zip: a few kilobytes
// on disk can inflate to gigabytes (a "zip bomb") or hold millions of members, so the limits are counted
// on what is really inflated, never on the sizes the zip's headers claim. A committee's call is a few
// hundred rows: a real file never comes near.
struct SpreadsheetLimits
{
    // 100 MiB per member (a sheet's XML, the shared strings), counted while inflating.
    qint64 maxMemberBytes = qint64(100) * 1024 * 1024;
    int maxMembers = 10000;
    // A spreadsheet's own sizes (XLSX: XFD1048576); a repeated row or column past them is refused.
    int maxColumns = 16384;
    int maxRows = 1048576;
};
