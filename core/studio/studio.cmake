# The studio's engine room, no widgets (docs/STUDIO.md): the live session the studio drives.
target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LiveSession.cpp ${CMAKE_CURRENT_LIST_DIR}/LiveSession.h
  ${CMAKE_CURRENT_LIST_DIR}/PreviewFeed.cpp ${CMAKE_CURRENT_LIST_DIR}/PreviewFeed.h
  ${CMAKE_CURRENT_LIST_DIR}/CpuLoad.cpp ${CMAKE_CURRENT_LIST_DIR}/CpuLoad.h
  ${CMAKE_CURRENT_LIST_DIR}/StudioMonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/StudioMonitor.h
)
