// The translation unit of the two libraries that own the test suites' precompiled headers
// (tests/CMakeLists.txt): CMake compiles the headers beside it, and the suites reuse them.
