#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>

#include <filesystem>

namespace stallcast::ui {

// Product photo thumbnails, decoded and scaled on the thread pool, cached by path. A product's
// `image` is a file path: absolute, or relative to the shop's folder (where the catalogue editor
// copies the photos it is given). URLs and unreadable files get no thumbnail.
class ProductPhotos final : public QObject {
    Q_OBJECT
public:
    ProductPhotos(std::filesystem::path shopFolder, int size, QObject *parent = nullptr);

    // The thumbnail if loaded; otherwise starts loading it (thumbnailReady follows) and returns
    // a null pixmap.
    QPixmap thumbnail(const QString &image);
    // The full path of a product's image ("" for URLs).
    QString resolve(const QString &image) const;
    const std::filesystem::path &shopFolder() const { return m_folder; }
    // Forgets `image` (the editor replaced the file).
    void forget(const QString &image);

signals:
    void thumbnailReady(const QString &image);

private:
    std::filesystem::path m_folder;
    int m_size;
    QHash<QString, QPixmap> m_cache;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
};

} // namespace stallcast::ui
