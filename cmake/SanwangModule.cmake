# Helpers that keep every module's CMakeLists.txt to a few lines: one static library per
# module (src/<name>/), one test executable per module (the *_test.cc files beside it).

set(SANWANG_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wconversion
    -Wno-sign-conversion)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports std::variant<…, std::string> members as maybe-uninitialized when
  # inlined (a known false positive), so that one check is off.
  list(APPEND SANWANG_WARNINGS -Wno-maybe-uninitialized)
elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  # Clang checks the locking annotations of core/thread_annotations.h; a member read
  # without its mutex does not build.
  list(APPEND SANWANG_WARNINGS -Wthread-safety -Werror=thread-safety)
endif()

# sanwang_module(NAME SOURCES a.cc b.cc DEPS other_module ...)
function(sanwang_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(sanwang_${name} STATIC ${M_SOURCES})
  target_include_directories(sanwang_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(sanwang_${name} PRIVATE ${SANWANG_WARNINGS})
  target_link_libraries(sanwang_${name} PUBLIC ${M_DEPS})
endfunction()

# sanwang_test(NAME SOURCES a_test.cc ... DEPS ...): registers each test case with CTest.
function(sanwang_test name)
  if(NOT SANWANG_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name}_test ${T_SOURCES})
  target_compile_options(${name}_test PRIVATE ${SANWANG_WARNINGS})
  target_link_libraries(${name}_test PRIVATE ${T_DEPS} sanwang_testing GTest::gtest GTest::gmock GTest::gtest_main)
  gtest_discover_tests(${name}_test
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES ENVIRONMENT "SANWANG_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()
