# QR checkout (docs/CHECKOUT.md): payment payloads, signed checkout links and QR matrices. The
# EMVCo parser's sources are also published as a global property so fuzz/ can build them with
# sanitizers.
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)

set(STALLCAST_CHECKOUT_PARSING_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/Crc16.cpp ${CMAKE_CURRENT_LIST_DIR}/Crc16.h
  ${CMAKE_CURRENT_LIST_DIR}/Utf8Text.cpp ${CMAKE_CURRENT_LIST_DIR}/Utf8Text.h
  ${CMAKE_CURRENT_LIST_DIR}/EmvField.cpp ${CMAKE_CURRENT_LIST_DIR}/EmvField.h
  ${CMAKE_CURRENT_LIST_DIR}/EmvParser.cpp ${CMAKE_CURRENT_LIST_DIR}/EmvParser.h
  ${CMAKE_CURRENT_LIST_DIR}/EmvPayloadBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/EmvPayloadBuilder.h
)
target_sources(stallcast_core PRIVATE
  ${STALLCAST_CHECKOUT_PARSING_SOURCES}
  # EMVCo profiles and the decoder's JSON
  ${CMAKE_CURRENT_LIST_DIR}/EmvProfiles.h
  ${CMAKE_CURRENT_LIST_DIR}/PixPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PromptPayPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PayNowPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EmvJson.cpp ${CMAKE_CURRENT_LIST_DIR}/EmvJson.h
  # other payloads
  ${CMAKE_CURRENT_LIST_DIR}/PercentEncoding.cpp ${CMAKE_CURRENT_LIST_DIR}/PercentEncoding.h
  ${CMAKE_CURRENT_LIST_DIR}/SepaTransfer.cpp ${CMAKE_CURRENT_LIST_DIR}/SepaTransfer.h
  ${CMAKE_CURRENT_LIST_DIR}/UpiLink.cpp ${CMAKE_CURRENT_LIST_DIR}/UpiLink.h
  ${CMAKE_CURRENT_LIST_DIR}/SignedCheckout.cpp ${CMAKE_CURRENT_LIST_DIR}/SignedCheckout.h
  # a payment code from name=value fields (stallcast qr, stream --payment)
  ${CMAKE_CURRENT_LIST_DIR}/PaymentCode.cpp ${CMAKE_CURRENT_LIST_DIR}/PaymentCode.h
  # QR symbols
  ${CMAKE_CURRENT_LIST_DIR}/QrMatrix.cpp ${CMAKE_CURRENT_LIST_DIR}/QrMatrix.h
  ${CMAKE_CURRENT_LIST_DIR}/QrModuleSize.cpp ${CMAKE_CURRENT_LIST_DIR}/QrModuleSize.h
)
target_link_libraries(stallcast_core PRIVATE PkgConfig::QRENCODE)
set_property(GLOBAL PROPERTY STALLCAST_CHECKOUT_PARSING_SOURCES ${STALLCAST_CHECKOUT_PARSING_SOURCES})
