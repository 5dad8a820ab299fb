# Tests of the studio's shop part (see tests/ui/CMakeLists.txt): shelf, live order feed with the
# in-studio receiver (real HTTP client), catalogue editor, checkout and receiver settings.
# Every test name starts with "shop:" (`ctest -R shop:`).
stallcast_add_test(stallcast_ui_shop_tests
  ShopShelfTest.cpp
  ShopReceiverTest.cpp
  ShopCatalogTest.cpp
  ShopCheckoutTest.cpp
  ShopModelTest.cpp
  OnStreamTest.cpp
  ShopTestSupport.cpp ShopTestSupport.h
  StudioTestSupport.cpp StudioTestSupport.h
  ${PROJECT_SOURCE_DIR}/tests/feed_http/StallcastDelivery.cpp
  LIBS stallcast_ui Qt6::Test stallcast_httplib
  ENVIRONMENT QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent)
# StallcastDelivery (signed webhook bodies) and ExternalProgram (zbarimg reading the checkout
# preview back; a missing zbarimg fails the test, never skips it).
target_include_directories(stallcast_ui_shop_tests PRIVATE
  ${PROJECT_SOURCE_DIR}/tests/feed_http ${PROJECT_SOURCE_DIR}/tests/checkout)
