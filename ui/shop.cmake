# Sources of the studio's shop part, added to stallcast_ui (see ui/CMakeLists.txt).
