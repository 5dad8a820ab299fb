#include "AppPaths.h"

#include <QStandardPaths>
#include <QString>

#include <cstdlib>

namespace stallcast::app {

std::filesystem::path defaultDatabasePath()
{
    if (const char *env = std::getenv("STALLCAST_DB"); env && *env)
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return std::filesystem::path(dir.toStdString()) / "stallcast.db";
}

} // namespace stallcast::app
