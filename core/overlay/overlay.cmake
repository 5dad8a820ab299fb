# On-stream product cards (docs/OVERLAY.md): the card's data, its QPainter renderer, the layout
# templates and the fonts (Qt resources from resources/).
qt_add_resources(STALLCAST_CARD_RESOURCES ${PROJECT_SOURCE_DIR}/resources/overlay/stallcast_card.qrc)
target_sources(stallcast_core PRIVATE
  ${STALLCAST_CARD_RESOURCES}
  ${CMAKE_CURRENT_LIST_DIR}/ProductCard.cpp ${CMAKE_CURRENT_LIST_DIR}/ProductCard.h
  ${CMAKE_CURRENT_LIST_DIR}/CardFonts.cpp ${CMAKE_CURRENT_LIST_DIR}/CardFonts.h
  ${CMAKE_CURRENT_LIST_DIR}/CardTemplate.cpp ${CMAKE_CURRENT_LIST_DIR}/CardTemplate.h
  ${CMAKE_CURRENT_LIST_DIR}/CardRenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/CardRenderer.h
  ${CMAKE_CURRENT_LIST_DIR}/CardPresenter.cpp ${CMAKE_CURRENT_LIST_DIR}/CardPresenter.h
  ${CMAKE_CURRENT_LIST_DIR}/ToastQueue.cpp ${CMAKE_CURRENT_LIST_DIR}/ToastQueue.h
  ${CMAKE_CURRENT_LIST_DIR}/ToastPresenter.cpp ${CMAKE_CURRENT_LIST_DIR}/ToastPresenter.h
  ${CMAKE_CURRENT_LIST_DIR}/PollingThread.cpp ${CMAKE_CURRENT_LIST_DIR}/PollingThread.h
  ${CMAKE_CURRENT_LIST_DIR}/RecentSales.cpp ${CMAKE_CURRENT_LIST_DIR}/RecentSales.h
  ${CMAKE_CURRENT_LIST_DIR}/TickerPresenter.cpp ${CMAKE_CURRENT_LIST_DIR}/TickerPresenter.h
  ${CMAKE_CURRENT_LIST_DIR}/CardPayment.cpp ${CMAKE_CURRENT_LIST_DIR}/CardPayment.h
  ${CMAKE_CURRENT_LIST_DIR}/FeaturedCard.cpp ${CMAKE_CURRENT_LIST_DIR}/FeaturedCard.h
)
