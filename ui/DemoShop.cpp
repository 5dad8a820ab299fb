#include "DemoShop.h"

#include "db/Database.h"
#include "inventory/Catalog.h"
#include "inventory/CatalogCsv.h"

#include <QFile>

#include <stdexcept>

// Q_INIT_RESOURCE cannot be used inside a namespace.
static void registerDemoShopResource()
{
    Q_INIT_RESOURCE(stallcast_demo_shop);
}

namespace stallcast::ui {

std::string demoCatalogCsv()
{
    registerDemoShopResource();
    const QString name = QStringLiteral(":/stallcast/") + QString::fromUtf8(kDemoCatalogName);
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the demo catalogue " + name.toStdString()
                                 + " is missing from this build");
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

bool seedDemoShopIfEmpty(db::Database &database)
{
    if (!inventory::Catalog(database).list(true).empty())
        return false;
    inventory::importCatalogCsvText(database, demoCatalogCsv(), kDemoCatalogName);
    return true;
}

} // namespace stallcast::ui
