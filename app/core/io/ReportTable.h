#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class ReportCanvas;

// A table in the report that runs over as many pages as it needs, repeating its header row on each page, with
// alternate rows shaded so a line can be followed across the page.
struct ReportTable {
    struct Column {
        QString title;
        double share = 1.0;  // of the content width, relative to the other columns
        bool alignRight = false;
    };
    std::vector<Column> columns;
    std::vector<QStringList> rows;

    void draw(ReportCanvas &canvas) const;
};
