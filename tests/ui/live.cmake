# Tests of the studio's live part (see tests/ui/CMakeLists.txt).
