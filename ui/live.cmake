# Sources of the studio's live part, added to stallcast_ui (see ui/CMakeLists.txt).
