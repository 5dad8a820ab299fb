# The HTTP receiver of the order feed (docs/WEBHOOKS.md, "Receiver"): Boost.Beast on Asio, with
# OpenSSL for TLS (header-only; Debian's libboost-dev).
find_package(Boost 1.70 REQUIRED)

# cpp-httplib is the real HTTP client of the tests (a second, independent HTTP implementation
# talking to ours).
#
# Debian 12 and Ubuntu 24.04 ship cpp-httplib as a compiled library (libcpp-httplib.so) whose
# pkg-config file carries the feature macros it was built with (CPPHTTPLIB_OPENSSL_SUPPORT, ZLIB,
# BROTLI). Every file that includes <httplib.h> must see the same macros, or class layouts
# differ from the library's, so we take them from pkg-config. Without the .pc file we fall back
# to the single-header form and turn on OpenSSL ourselves.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CPPHTTPLIB IMPORTED_TARGET GLOBAL cpp-httplib)
if(CPPHTTPLIB_FOUND)
  add_library(stallcast_httplib INTERFACE)
  target_link_libraries(stallcast_httplib INTERFACE PkgConfig::CPPHTTPLIB OpenSSL::SSL OpenSSL::Crypto)
else()
  find_path(CPPHTTPLIB_INCLUDE_DIR httplib.h REQUIRED)
  add_library(stallcast_httplib INTERFACE)
  target_include_directories(stallcast_httplib SYSTEM INTERFACE ${CPPHTTPLIB_INCLUDE_DIR})
  target_compile_definitions(stallcast_httplib INTERFACE CPPHTTPLIB_OPENSSL_SUPPORT)
  target_link_libraries(stallcast_httplib INTERFACE OpenSSL::SSL OpenSSL::Crypto Threads::Threads)
endif()

target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DeliveryPlacement.cpp ${CMAKE_CURRENT_LIST_DIR}/DeliveryPlacement.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderIntake.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderIntake.h
  ${CMAKE_CURRENT_LIST_DIR}/ListenAddress.cpp ${CMAKE_CURRENT_LIST_DIR}/ListenAddress.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderEvent.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderEvents.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderEvents.h
  ${CMAKE_CURRENT_LIST_DIR}/ReceiverOptions.h
  ${CMAKE_CURRENT_LIST_DIR}/ReceiverReply.cpp ${CMAKE_CURRENT_LIST_DIR}/ReceiverReply.h
  ${CMAKE_CURRENT_LIST_DIR}/WebhookEndpoint.cpp ${CMAKE_CURRENT_LIST_DIR}/WebhookEndpoint.h
  ${CMAKE_CURRENT_LIST_DIR}/OrderReceiver.cpp ${CMAKE_CURRENT_LIST_DIR}/OrderReceiver.h
  ${CMAKE_CURRENT_LIST_DIR}/http/HttpSession.h
  ${CMAKE_CURRENT_LIST_DIR}/http/ReplyOutbox.cpp ${CMAKE_CURRENT_LIST_DIR}/http/ReplyOutbox.h
  ${CMAKE_CURRENT_LIST_DIR}/http/ReceiverContext.h
  ${CMAKE_CURRENT_LIST_DIR}/http/ResponseText.cpp ${CMAKE_CURRENT_LIST_DIR}/http/ResponseText.h
  ${CMAKE_CURRENT_LIST_DIR}/http/RequestRoute.cpp ${CMAKE_CURRENT_LIST_DIR}/http/RequestRoute.h
  ${CMAKE_CURRENT_LIST_DIR}/http/SessionRegistry.cpp ${CMAKE_CURRENT_LIST_DIR}/http/SessionRegistry.h
)
# The receiver's header hides Beast (pimpl).
target_link_libraries(stallcast_core PRIVATE Boost::headers OpenSSL::SSL OpenSSL::Crypto)
