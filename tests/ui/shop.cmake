# Tests of the studio's shop part (see tests/ui/CMakeLists.txt).
