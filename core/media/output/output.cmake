# The outputs of a canvas (docs/MEDIA-OUTPUTS.md): RTMP, RTMPS, SRT and local recording, each
# with its own thread, bounded queue, drop policy and reconnect backoff.
target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FfmpegLogMask.cpp ${CMAKE_CURRENT_LIST_DIR}/FfmpegLogMask.h
  ${CMAKE_CURRENT_LIST_DIR}/MuxerSession.cpp ${CMAKE_CURRENT_LIST_DIR}/MuxerSession.h
  ${CMAKE_CURRENT_LIST_DIR}/Output.h
  ${CMAKE_CURRENT_LIST_DIR}/OutputFactory.cpp ${CMAKE_CURRENT_LIST_DIR}/OutputFactory.h
  ${CMAKE_CURRENT_LIST_DIR}/OutputStats.cpp ${CMAKE_CURRENT_LIST_DIR}/OutputStats.h
  ${CMAKE_CURRENT_LIST_DIR}/OutputTarget.cpp ${CMAKE_CURRENT_LIST_DIR}/OutputTarget.h
  ${CMAKE_CURRENT_LIST_DIR}/PacketQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/PacketQueue.h
  ${CMAKE_CURRENT_LIST_DIR}/QueuedOutput.cpp ${CMAKE_CURRENT_LIST_DIR}/QueuedOutput.h
  ${CMAKE_CURRENT_LIST_DIR}/ReconnectBackoff.cpp ${CMAKE_CURRENT_LIST_DIR}/ReconnectBackoff.h
  ${CMAKE_CURRENT_LIST_DIR}/RecordingRemux.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordingRemux.h
  ${CMAKE_CURRENT_LIST_DIR}/SecretMask.cpp ${CMAKE_CURRENT_LIST_DIR}/SecretMask.h
)
