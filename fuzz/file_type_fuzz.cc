// Photo and file type sniffing: a case photo (core/image_check.h) and a ledger evidence file
// with its declared type and name (governance/evidence_file.h). The first byte picks the
// declared type; the rest is the file.
#include <cstdint>
#include <string>

#include "core/image_check.h"
#include "fuzz_input.h"
#include "governance/evidence_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const auto& types = governance::EvidenceTypes();
  const auto [choice, file] = fuzz::Select(fuzz::AsText(data, size), types.size());
  (void)CheckImage(file);
  auto checked = governance::CheckEvidenceFile(file, types[choice]);
  // The upload's name is as outside as its bytes: the first line of the file stands in.
  const std::string_view name = file.substr(0, file.find('\n'));
  (void)governance::SafeEvidenceName(name, checked.ok() ? *checked : types[choice]);
  return 0;
}
