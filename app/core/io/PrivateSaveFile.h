#pragma once

#include <QSaveFile>

// A QSaveFile (written whole or not at all) whose file only its owner can read: exports and reports hold health
// data, and a file other apps or users can read would leak it.
class PrivateSaveFile : public QSaveFile
{
public:
    using QSaveFile::QSaveFile;

    bool open(OpenMode mode) override;
    // Opens, writes `bytes`, flushes and commits; false when any step failed (then nothing is left behind). The
    // explicit flush matters: a small file's bytes reach the disk only there, and commit() does not see that failure.
    bool writeWhole(const QByteArray &bytes);
    // Why opening, writing or committing failed, in words a person can act on: a destination without room for the
    // file's `size` bytes says there is not enough space (Qt reports a failed flush as an unknown error).
    QString failureReason(qint64 size) const;
};
