# Sources of the studio's live part, added to stallcast_ui (see ui/CMakeLists.txt): preview,
# Go Live / Record, sources, destinations and the keychain (docs/STUDIO.md, "Live").
find_package(Qt6Keychain REQUIRED)
target_sources(stallcast_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AudioMeter.cpp ${CMAKE_CURRENT_LIST_DIR}/AudioMeter.h
  ${CMAKE_CURRENT_LIST_DIR}/Destination.cpp ${CMAKE_CURRENT_LIST_DIR}/Destination.h
  ${CMAKE_CURRENT_LIST_DIR}/DestinationsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/DestinationsDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.cpp ${CMAKE_CURRENT_LIST_DIR}/KeychainSecretStore.h
  ${CMAKE_CURRENT_LIST_DIR}/LivePanel.cpp ${CMAKE_CURRENT_LIST_DIR}/LivePanel.h
  ${CMAKE_CURRENT_LIST_DIR}/LiveStudio.cpp ${CMAKE_CURRENT_LIST_DIR}/LiveStudio.h
  ${CMAKE_CURRENT_LIST_DIR}/MainWindowLive.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindowOnStream.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OnStreamCard.cpp ${CMAKE_CURRENT_LIST_DIR}/OnStreamCard.h
  ${CMAKE_CURRENT_LIST_DIR}/PreviewWidget.cpp ${CMAKE_CURRENT_LIST_DIR}/PreviewWidget.h
  ${CMAKE_CURRENT_LIST_DIR}/SourcesPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SourcesPanel.h
)
target_link_libraries(stallcast_ui PUBLIC qt6keychain)
