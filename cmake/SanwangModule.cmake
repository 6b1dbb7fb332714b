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
  get_property(contributed GLOBAL PROPERTY SANWANG_${name}_SOURCES)
  get_property(contributed_deps GLOBAL PROPERTY SANWANG_${name}_DEPS)
  add_library(sanwang_${name} STATIC ${M_SOURCES} ${contributed})
  target_include_directories(sanwang_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(sanwang_${name} PRIVATE ${SANWANG_WARNINGS})
  target_link_libraries(sanwang_${name} PUBLIC ${M_DEPS} ${contributed_deps})
endfunction()

# sanwang_test(NAME SOURCES a_test.cc ... DEPS ...): registers each test case with CTest.
function(sanwang_test name)
  if(NOT SANWANG_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;DEPS" ${ARGN})
  get_property(contributed GLOBAL PROPERTY SANWANG_${name}_TESTS)
  add_executable(${name}_test ${T_SOURCES} ${contributed})
  target_compile_options(${name}_test PRIVATE ${SANWANG_WARNINGS})
  target_link_libraries(${name}_test PRIVATE ${T_DEPS} sanwang_testing GTest::gtest GTest::gmock GTest::gtest_main)
  # Each test is named after its module ("circles.RandomGraphTest…"), so that
  # `ctest -R circles` runs one module's tests.
  gtest_discover_tests(${name}_test
    TEST_PREFIX "${name}."
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES ENVIRONMENT "SANWANG_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()

# sanwang_contribute(LAYER SOURCES a.cc TESTS a_test.cc DEPS lib): files in a domain
# module's folder that belong to another layer's library — its routes to `api`, its
# commands to `cli`, its repositories and migrations to `store` — and that layer's tests.
# They compile as part of that layer (sanwang_LAYER, LAYER_test) and follow its
# dependency rules; DEPS are libraries that layer then links (the module's own, for api and
# cli). Works whether the layer's folder was added before the module's (store) or after
# (api, cli).
function(sanwang_contribute layer)
  cmake_parse_arguments(C "" "" "SOURCES;TESTS;DEPS" ${ARGN})
  list(TRANSFORM C_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
  list(TRANSFORM C_TESTS PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
  if(TARGET sanwang_${layer})
    target_sources(sanwang_${layer} PRIVATE ${C_SOURCES})
    target_link_libraries(sanwang_${layer} PUBLIC ${C_DEPS})
  else()
    set_property(GLOBAL APPEND PROPERTY SANWANG_${layer}_SOURCES ${C_SOURCES})
    set_property(GLOBAL APPEND PROPERTY SANWANG_${layer}_DEPS ${C_DEPS})
  endif()
  if(NOT SANWANG_BUILD_TESTS OR NOT C_TESTS)
    return()
  endif()
  if(TARGET ${layer}_test)
    target_sources(${layer}_test PRIVATE ${C_TESTS})
  else()
    set_property(GLOBAL APPEND PROPERTY SANWANG_${layer}_TESTS ${C_TESTS})
  endif()
endfunction()
