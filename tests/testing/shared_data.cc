#include "testing/shared_data.h"

#include <cstdlib>
#include <string_view>

#include "testing/test_databases.h"

namespace sanwang::testing {

std::filesystem::path SharedDataFile(const std::string& relative) {
  for (const std::filesystem::path shared :
       {std::filesystem::path(SourceDir()) / ".." / "shared", std::filesystem::path("/work/shared")}) {
    std::filesystem::path file = shared / "data" / relative;
    if (std::filesystem::exists(file)) return file;
  }
  return {};
}

bool SharedDataRequired() {
  const char* required = std::getenv("SANWANG_REQUIRE_DATA");
  return required != nullptr && std::string_view(required) == "1";
}

}  // namespace sanwang::testing
