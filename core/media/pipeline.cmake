# The encoders' side of the broadcast engine (docs/MEDIA.md): sources, canvases, overlay layer,
# encoders, and the Broadcast that ties them together. The outputs are in output/output.cmake.
set(_media ${CMAKE_CURRENT_LIST_DIR})
target_sources(stallcast_core PRIVATE
  ${_media}/av/AvError.cpp ${_media}/av/AvError.h
  ${_media}/av/AvPointers.cpp ${_media}/av/AvPointers.h
  ${_media}/source/AudioConverter.cpp ${_media}/source/AudioConverter.h
  ${_media}/source/AudioSampleFifo.cpp ${_media}/source/AudioSampleFifo.h
  ${_media}/source/DeviceList.cpp ${_media}/source/DeviceList.h
  ${_media}/source/InputDemuxer.cpp ${_media}/source/InputDemuxer.h
  ${_media}/source/InputSource.cpp ${_media}/source/InputSource.h
  ${_media}/source/SourceSpec.cpp ${_media}/source/SourceSpec.h
  ${_media}/source/VideoFrameSlot.cpp ${_media}/source/VideoFrameSlot.h
  ${_media}/canvas/Canvas.cpp ${_media}/canvas/Canvas.h
  ${_media}/canvas/CanvasFormat.cpp ${_media}/canvas/CanvasFormat.h
  ${_media}/canvas/FramePool.cpp ${_media}/canvas/FramePool.h
  ${_media}/canvas/PreviewTap.cpp ${_media}/canvas/PreviewTap.h
  ${_media}/canvas/FrameScaler.cpp ${_media}/canvas/FrameScaler.h
  ${_media}/canvas/Slate.cpp ${_media}/canvas/Slate.h
  ${_media}/overlay/AlphaBlend.cpp ${_media}/overlay/AlphaBlend.h
  ${_media}/overlay/OverlayImage.cpp ${_media}/overlay/OverlayImage.h
  ${_media}/overlay/OverlayLayer.cpp ${_media}/overlay/OverlayLayer.h
  ${_media}/encode/AudioEncoder.cpp ${_media}/encode/AudioEncoder.h
  ${_media}/encode/H264Nal.cpp ${_media}/encode/H264Nal.h
  ${_media}/encode/VideoEncoder.cpp ${_media}/encode/VideoEncoder.h
  ${_media}/encode/VideoEncoderSettings.cpp ${_media}/encode/VideoEncoderSettings.h
  ${_media}/pipeline/AudioTrack.cpp ${_media}/pipeline/AudioTrack.h
  ${_media}/pipeline/Broadcast.cpp ${_media}/pipeline/Broadcast.h
  ${_media}/pipeline/BroadcastStatsJson.cpp ${_media}/pipeline/BroadcastStatsJson.h
  ${_media}/pipeline/DynamicBitrate.cpp ${_media}/pipeline/DynamicBitrate.h
  ${_media}/pipeline/LateJoinSink.cpp ${_media}/pipeline/LateJoinSink.h
  ${_media}/pipeline/PacketFanout.cpp ${_media}/pipeline/PacketFanout.h
)
# The overlay blend loop is written for the auto-vectoriser (16-bit lanes); -O3 turns it on.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  set_source_files_properties(${_media}/overlay/AlphaBlend.cpp PROPERTIES COMPILE_OPTIONS "-O3")
endif()
# The media headers expose FFmpeg types (AVFrame, AVPacket): users of stallcast_core need them.
target_link_libraries(stallcast_core PUBLIC PkgConfig::FFMPEG)
unset(_media)
