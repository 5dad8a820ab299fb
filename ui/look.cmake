# Sources of the studio's look part, added to stallcast_ui (see ui/CMakeLists.txt).
