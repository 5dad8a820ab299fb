# Tests of the studio's look part (see tests/ui/CMakeLists.txt).
