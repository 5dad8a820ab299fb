# Sources of the studio's shop part, added to stallcast_ui (see ui/CMakeLists.txt).
target_sources(stallcast_ui PRIVATE
  CatalogEditor.cpp CatalogEditor.h
  CheckoutSettings.cpp CheckoutSettings.h
  CheckoutSettingsDialog.cpp CheckoutSettingsDialog.h
  FlashSaleDialog.cpp FlashSaleDialog.h
  ImportProblem.cpp ImportProblem.h
  ManualOrderDialog.cpp ManualOrderDialog.h
  OrderAlert.cpp OrderAlert.h
  OrderFeedPanel.cpp OrderFeedPanel.h
  ProductForm.cpp ProductForm.h
  ProductPhotos.cpp ProductPhotos.h
  ReceiverSettings.cpp ReceiverSettings.h
  ReceiverSettingsDialog.cpp ReceiverSettingsDialog.h
  ShelfPanel.cpp ShelfPanel.h
  ShopSide.cpp ShopSide.h
  ShopTables.cpp ShopTables.h
  StudioReceiver.cpp StudioReceiver.h
)
