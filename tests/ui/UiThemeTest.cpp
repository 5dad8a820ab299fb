// The dark theme, the View › Theme menu, and the window layout coming back with every dock.
#include "DemoShop.h"
#include "MainWindow.h"
#include "StudioTestSupport.h"
#include "TableColors.h"
#include "TempDir.h"
#include "TestFramework.h"
#include "ThemeMenu.h"
#include "UiTheme.h"

#include "db/Database.h"

#include <QApplication>
#include <QDockWidget>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

#include <map>
#include <memory>

using namespace stallcast;

TEST_CASE("the dark theme is Fusion with dark colours and the table colours follow it",
          "[ui][look][theme]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    ui::applyTheme(ui::Theme::System);
    const QString desktopStyle = QApplication::style()->name();
    const QPalette desktopPalette = QApplication::palette();

    ui::applyTheme(ui::Theme::Dark);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    CHECK(QApplication::palette().color(QPalette::Window) == ui::darkPalette().color(QPalette::Window));
    CHECK(QApplication::palette().color(QPalette::Base).lightness() < 64);
    CHECK(QApplication::palette().color(QPalette::Text).lightness() > 192);
    CHECK(ui::paletteIsDark());
    // Highlighted rows stay readable: dark backgrounds under the light text.
    CHECK(ui::colors::alertBackground().lightness() < 100);
    CHECK(ui::colors::warningBackground().lightness() < 100);
    CHECK(ui::colors::alertText().lightness() > 128);

    ui::applyTheme(ui::Theme::Light);
    CHECK(!ui::paletteIsDark());
    CHECK(ui::colors::alertBackground().lightness() > 200);
    CHECK(QApplication::palette().color(QPalette::Base).lightness() > 192);

    ui::applyTheme(ui::Theme::System);
    CHECK(QApplication::style()->name() == desktopStyle);
    CHECK(QApplication::palette() == desktopPalette);
}

TEST_CASE("View › Theme applies the choice and remembers it", "[ui][look][theme]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    QSettings().remove(QStringLiteral("view/theme"));
    CHECK(ui::savedTheme() == ui::Theme::System);
    {
        ui::ThemeMenu menu;
        CHECK(menu.actionFor(ui::Theme::System)->isChecked());
        menu.actionFor(ui::Theme::Dark)->trigger();
        CHECK(ui::paletteIsDark());
        CHECK(QSettings().value(QStringLiteral("view/theme")).toString() == QStringLiteral("dark"));
    }
    ui::ThemeMenu reopened;
    CHECK(reopened.actionFor(ui::Theme::Dark)->isChecked());
    CHECK(!reopened.actionFor(ui::Theme::System)->isChecked());
    reopened.actionFor(ui::Theme::System)->trigger();
    CHECK(ui::savedTheme() == ui::Theme::System);
    CHECK(!ui::themeFromKey(QStringLiteral("purple")));
}

TEST_CASE("every dock and toolbar has a name and comes back where the merchant left it",
          "[ui][look][layout]")
{
    test::TempDir dir;
    test::OffscreenStudioApp app(dir / "settings");
    auto database = std::make_shared<db::Database>(dir / "shop.db");
    REQUIRE(ui::seedDemoShopIfEmpty(*database));

    struct Placement {
        Qt::DockWidgetArea area;
        bool visible;
    };
    std::map<QString, Placement> expected;
    {
        ui::MainWindow window(database);
        window.show();
        const auto docks = window.findChildren<QDockWidget *>();
        REQUIRE(!docks.isEmpty());
        // saveState() identifies docks and toolbars by objectName only: a missing or repeated
        // name loses (or swaps) that panel's place.
        QStringList names;
        for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
            INFO("a toolbar titled " << bar->windowTitle().toStdString());
            CHECK(!bar->objectName().isEmpty());
            CHECK(!names.contains(bar->objectName()));
            names << bar->objectName();
        }
        bool hideThis = false;
        for (QDockWidget *dock : docks) {
            INFO("a dock titled " << dock->windowTitle().toStdString());
            CHECK(!dock->objectName().isEmpty());
            CHECK(!names.contains(dock->objectName()));
            names << dock->objectName();
            // Move every dock to another side, and hide every other one.
            const Qt::DockWidgetArea area = window.dockWidgetArea(dock) == Qt::LeftDockWidgetArea
                                                ? Qt::RightDockWidgetArea
                                                : Qt::LeftDockWidgetArea;
            dock->setFloating(false);
            window.addDockWidget(area, dock);
            dock->setVisible(!hideThis);
            expected[dock->objectName()] = {area, !hideThis};
            hideThis = !hideThis;
        }
        REQUIRE(window.close());
    }
    ui::MainWindow reopened(database);
    reopened.show();
    for (const auto &[name, placement] : expected) {
        INFO("dock " << name.toStdString());
        const auto *dock = reopened.findChild<QDockWidget *>(name);
        REQUIRE(dock);
        CHECK(reopened.dockWidgetArea(const_cast<QDockWidget *>(dock)) == placement.area);
        CHECK(dock->isVisible() == placement.visible);
    }
}
