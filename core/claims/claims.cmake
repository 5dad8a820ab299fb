# Comment selling (docs/CLAIMS.md): the claim grammar, the claim desk, the comment sources.
target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ClaimKeywords.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimKeywords.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimParser.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimCheckout.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimCheckout.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimCode.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimCode.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimDesk.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimDesk.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimRecord.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimRecord.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimTable.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimTable.h
  ${CMAKE_CURRENT_LIST_DIR}/Comment.h
  ${CMAKE_CURRENT_LIST_DIR}/CommentBridge.cpp ${CMAKE_CURRENT_LIST_DIR}/CommentBridge.h
  ${CMAKE_CURRENT_LIST_DIR}/CommentSourceStatus.cpp ${CMAKE_CURRENT_LIST_DIR}/CommentSourceStatus.h
  ${CMAKE_CURRENT_LIST_DIR}/IrcChatSource.cpp ${CMAKE_CURRENT_LIST_DIR}/IrcChatSource.h
  ${CMAKE_CURRENT_LIST_DIR}/irc/IrcMessage.cpp ${CMAKE_CURRENT_LIST_DIR}/irc/IrcMessage.h
)
