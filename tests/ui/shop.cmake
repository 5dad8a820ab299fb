# Tests of the studio's shop part (see tests/ui/CMakeLists.txt): shelf, live order feed with the
# in-studio receiver (real HTTP client), catalogue editor, checkout and receiver settings.
# Every test name starts with "shop:" (`ctest -R shop:`).
find_program(ZBARIMG_EXECUTABLE zbarimg)
stallcast_add_test(stallcast_ui_shop_tests
  ShopShelfTest.cpp
  ShopReceiverTest.cpp
  ShopCatalogTest.cpp
  StudioTestSupport.cpp StudioTestSupport.h
  ${PROJECT_SOURCE_DIR}/tests/feed_http/StallcastDelivery.cpp
  LIBS stallcast_ui Qt6::Test stallcast_httplib
  PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent")
target_include_directories(stallcast_ui_shop_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/feed_http)
# zbarimg reads the checkout preview back; the test fails (never skips) when it is missing.
target_compile_definitions(stallcast_ui_shop_tests PRIVATE
  STALLCAST_ZBARIMG="${ZBARIMG_EXECUTABLE}")
