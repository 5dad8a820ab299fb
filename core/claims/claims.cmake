# Comment selling (docs/CLAIMS.md): the claim grammar, the claim desk, the comment sources.
target_sources(stallcast_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ClaimKeywords.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimKeywords.h
  ${CMAKE_CURRENT_LIST_DIR}/ClaimParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ClaimParser.h
)
