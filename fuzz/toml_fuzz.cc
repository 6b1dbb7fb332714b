// The TOML configuration the server and its tools read: sanwang.toml (core/config.h), a case
// workflow (cases/workflow.h), the working calendar's hours and a year's holidays
// (core/working_calendar.h), the circles' settings (circles/circles_config.h) and the
// mapping of an old system's work orders (case_import/import_mapping.h).
#include <cstdint>

#include "case_import/import_mapping.h"
#include "cases/workflow.h"
#include "circles/circles_config.h"
#include "core/config.h"
#include "core/working_calendar.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const std::string_view input = fuzz::AsText(data, size);
  Config config;
  (void)config.MergeToml(input);
  (void)cases::Workflow::Parse(input);
  (void)circles::ParseCirclesConfig(input);
  (void)case_import::ParseImportMapping(input);
  // Hours and one year's file, split where the seed puts a NUL.
  const auto parts = fuzz::SplitOnNul(input);
  (void)WorkingCalendar::Parse(parts[0], {parts.begin() + 1, parts.end()});
  return 0;
}
