#pragma once

#include <QSaveFile>

// A QSaveFile (written whole or not at all) whose file only its owner can read: exports and reports hold health
// data, and a file other apps or users can read would leak it.
class PrivateSaveFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;

    bool open(OpenMode mode) override;
};
