#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

// A copy of the valid fixture content with one broken fixture's files laid over it, so each validator rule is shown
// failing by a fixture that differs from the valid one in a single place.
class ContentFixture
{
public:
    static QString validDir() { return QStringLiteral(ISLETGUIDE_TEST_DATA "/content/valid"); }

    explicit ContentFixture(const QString &brokenName)
    {
        copyTree(validDir());
        copyTree(QStringLiteral(ISLETGUIDE_TEST_DATA "/content/broken/") + brokenName);
    }

    QString path() const { return m_dir.path(); }

private:
    void copyTree(const QString &from)
    {
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_dir.filePath(QDir(from).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).path());
            QFile::remove(target);
            QFile::copy(source, target);
        }
    }

    QTemporaryDir m_dir;
};
