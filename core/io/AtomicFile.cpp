#include "io/AtomicFile.h"

#include <QSaveFile>
#include <QString>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace stallcast::io {

std::string readWholeFile(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot open for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw std::runtime_error(file.string() + ": read error");
    return std::move(buffer).str();
}

void writeFileAtomically(const std::filesystem::path &file, std::string_view content)
{
    QSaveFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly))
        throw std::runtime_error(file.string() + ": cannot write: " + out.errorString().toStdString());
    if (out.write(content.data(), static_cast<qint64>(content.size()))
        != static_cast<qint64>(content.size()))
        throw std::runtime_error(file.string() + ": write failed: " + out.errorString().toStdString());
    if (!out.commit())
        throw std::runtime_error(file.string() + ": cannot save: " + out.errorString().toStdString());
}

} // namespace stallcast::io
