#include "ProductPhotos.h"

#include "BackgroundTask.h"
#include "PathText.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

namespace stallcast::ui {

ProductPhotos::ProductPhotos(std::filesystem::path shopFolder, int size, QObject *parent)
    : QObject(parent), m_folder(std::move(shopFolder)), m_size(size)
{
}

QString ProductPhotos::resolve(const QString &image) const
{
    if (image.isEmpty() || image.contains(QStringLiteral("://")))
        return {};
    if (QFileInfo(image).isAbsolute())
        return image;
    return QDir(toQString(m_folder)).filePath(image);
}

QPixmap ProductPhotos::thumbnail(const QString &image)
{
    if (const auto it = m_cache.constFind(image); it != m_cache.constEnd())
        return *it;
    const QString path = resolve(image);
    if (path.isEmpty() || m_loading.contains(image) || m_failed.contains(image))
        return {};
    m_loading.insert(image);
    runInBackground(
        this,
        [path, size = m_size] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            QImage img = reader.read();
            if (img.isNull())
                throw std::runtime_error(reader.errorString().toStdString());
            return img.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        },
        [this, image](const TaskResult<QImage> &result) {
            m_loading.remove(image);
            if (!result.ok()) {
                m_failed.insert(image);
                return;
            }
            m_cache.insert(image, QPixmap::fromImage(*result.value));
            emit thumbnailReady(image);
        });
    return {};
}

void ProductPhotos::forget(const QString &image)
{
    m_cache.remove(image);
    m_failed.remove(image);
}

} // namespace stallcast::ui
