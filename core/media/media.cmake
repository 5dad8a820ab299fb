# The broadcast engine (docs/ARCHITECTURE.md, "Media"): sources, canvas, overlay layer, encoders
# and outputs, on the FFmpeg libraries. Each part lists its own sources below.
target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EncodedPacket.h
)
include(${CMAKE_CURRENT_LIST_DIR}/pipeline.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/output/output.cmake OPTIONAL)
