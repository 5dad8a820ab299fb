# Webhook payloads and signatures: pure functions, no network (docs/WEBHOOKS.md). The list is
# also published as a global property so fuzz/ can build these files with sanitizers.
set(STALLCAST_FEED_PARSING_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/Webhook.h
  ${CMAKE_CURRENT_LIST_DIR}/WebhookSignature.h
  ${CMAKE_CURRENT_LIST_DIR}/WebhookSource.cpp
  # signatures
  ${CMAKE_CURRENT_LIST_DIR}/ByteEncoding.cpp ${CMAKE_CURRENT_LIST_DIR}/ByteEncoding.h
  ${CMAKE_CURRENT_LIST_DIR}/HmacSha256.cpp ${CMAKE_CURRENT_LIST_DIR}/HmacSha256.h
  ${CMAKE_CURRENT_LIST_DIR}/SignatureHeader.cpp ${CMAKE_CURRENT_LIST_DIR}/SignatureHeader.h
  ${CMAKE_CURRENT_LIST_DIR}/SecretSet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WebhookSignature.cpp
  # payloads
  ${CMAKE_CURRENT_LIST_DIR}/PayloadJson.cpp ${CMAKE_CURRENT_LIST_DIR}/PayloadJson.h
  ${CMAKE_CURRENT_LIST_DIR}/JsonNumberText.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonNumberText.h
  ${CMAKE_CURRENT_LIST_DIR}/PayloadFormats.h
  ${CMAKE_CURRENT_LIST_DIR}/StallcastPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ShopifyPayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WooCommercePayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StripePayload.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WebhookParse.cpp
)
target_sources(stallcast_core PRIVATE ${STALLCAST_FEED_PARSING_SOURCES})
set_property(GLOBAL PROPERTY STALLCAST_FEED_PARSING_SOURCES ${STALLCAST_FEED_PARSING_SOURCES})
