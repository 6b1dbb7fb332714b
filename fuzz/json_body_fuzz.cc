// The JSON bodies the routes take. Each family's readers are pure functions of the body
// text: the ledger's, assessments' and supervision notices' (governance/api/*_json.h),
// venues', bookings', the roster's and activities' (support/api/*_json.h), an assessment
// scheme (governance/assessment_scheme.h), and the strict object reader with typed field
// access that the routes of cases, accounts, the catalog and the budget call inline
// (api/responses.h). The input's first byte picks the reader; the rest is the body.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "api/responses.h"
#include "fuzz_input.h"
#include "governance/api/assessment_json.h"
#include "governance/api/ledger_json.h"
#include "governance/api/supervision_json.h"
#include "governance/assessment_scheme.h"
#include "support/api/activity_json.h"
#include "support/api/roster_json.h"
#include "support/api/venue_json.h"

namespace {

using namespace sanwang;
using Reader = std::function<void(const std::string&)>;

// What a route with inline reading does: a strict object of known keys, then each field
// as the type the route expects.
void ReadInline(const std::string& body) {
  auto object = api::ParseJsonObject(body, {"title", "amount", "lon", "lat", "urgent", "note"});
  if (!object.ok()) return;
  (void)api::StringField(*object, "title", true);
  (void)api::IntegerField(*object, "amount");
  (void)api::NumberField(*object, "lon");
  (void)api::BoolField(*object, "urgent");
  (void)api::StringField(*object, "note", false);
}

const std::vector<Reader>& Readers() {
  static const std::vector<Reader> readers = {
      ReadInline,
      [](const std::string& b) { (void)api::ProgrammeFromJson(b); },
      [](const std::string& b) { (void)api::ProjectFromJson(b); },
      [](const std::string& b) { (void)api::NewTaskFromJson(b); },
      [](const std::string& b) { (void)api::NewMilestoneFromJson(b); },
      [](const std::string& b) { (void)api::DependenciesFromJson(b); },
      [](const std::string& b) { (void)api::MilestoneActionFromJson(b); },
      [](const std::string& b) { (void)api::ComputeRequestFromJson(b); },
      [](const std::string& b) { (void)api::ValueEntryFromJson(b); },
      [](const std::string& b) { (void)api::PublicationTextFromJson(b); },
      [](const std::string& b) { (void)api::NoticeIssueFromJson(b); },
      [](const std::string& b) { (void)api::NoticeTextFromJson(b, "text"); },
      [](const std::string& b) { (void)api::VenueFromJson(b, store::VenueRecord{}, /*creating=*/true); },
      [](const std::string& b) { (void)api::VenueFromJson(b, store::VenueRecord{}, /*creating=*/false); },
      [](const std::string& b) { (void)api::BookingRequestFromJson(b); },
      [](const std::string& b) { (void)api::WorkerFromJson(b, store::WorkerRecord{}, /*creating=*/true); },
      [](const std::string& b) { (void)api::WorkerFromJson(b, store::WorkerRecord{}, /*creating=*/false); },
      [](const std::string& b) { (void)api::TrainingFromJson(b); },
      [](const std::string& b) { (void)api::RegistrationRequestFromJson(b); },
      [](const std::string& b) { (void)api::ActivityRequestFromJson(b); },
      [](const std::string& b) { (void)api::AtFromJson(b, 1795924149); },
      [](const std::string& b) { (void)governance::ParseScheme(b); },
  };
  return readers;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [choice, body] = fuzz::Select(fuzz::AsText(data, size), Readers().size());
  Readers()[choice](std::string(body));
  return 0;
}
