#include "OpenShop.h"

#include "DemoShop.h"
#include "db/Database.h"

namespace stallcast::ui {

OpenedShop openShop(const std::filesystem::path &databaseFile)
{
    OpenedShop shop;
    shop.database = std::make_shared<db::Database>(databaseFile); // creates the folder too
    shop.seededDemo = seedDemoShopIfEmpty(*shop.database);
    return shop;
}

} // namespace stallcast::ui
