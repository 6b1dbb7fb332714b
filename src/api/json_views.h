// How records look in the REST API: field names, ISO 8601 times with +08:00, unit codes
// and names beside ids, and the reporter's data masked unless the domain's access policy
// lets the caller see it. Formatting only.
#pragma once

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cases/indicators.h"
#include "core/json_writer.h"

namespace sanwang::api {

nlohmann::json UnitJson(const store::UnitRecord& u, bool with_geometry);
nlohmann::json UserJson(const store::UserRecord& u, const org::OrgDirectory& org);
// What the browser may offer a role: {"workbench": true, "dashboard": false, …}, one key per
// org::Capabilities() name, so the app holds no list of roles.
nlohmann::json CapabilitiesJson(const std::string& role);
// The account as its own holder sees it after signing in: UserJson with "can".
nlohmann::json SignedInUserJson(const store::UserRecord& u, const org::OrgDirectory& org);
// What a route adds to the case it answers with.
struct CaseExtras {
  const std::vector<std::string>* allowed_actions = nullptr;  // what the caller may do next
  // The case's possible original, when the answer says whether that one is still open (a
  // closed original cannot take a merge, so the page offers none).
  const store::CaseRecord* duplicate_original = nullptr;
  const store::CaseEventRecord* event = nullptr;  // the event a move just wrote
};
// One case as a JSON object (openapi_components' Case), written straight into the answer:
// a case is the most read answer, and building a tree of nodes first cost a fifth of it.
void WriteCase(JsonWriter& w, const store::CaseRecord& c, const Call& call, const CaseExtras& extras = {});
// A whole answer that is one case.
std::string CaseBody(const store::CaseRecord& c, const Call& call, const CaseExtras& extras = {});
nlohmann::json EventJson(const store::CaseEventRecord& e, const Call& call);
nlohmann::json ItemJson(const store::CatalogItemRecord& i);
nlohmann::json IndicatorsJson(const cases::Indicators& i, const org::OrgDirectory& org);
nlohmann::json TimeOrNull(std::optional<UnixSeconds> t);
// The text, or null when it is empty (an optional name or number not yet given).
nlohmann::json TextOrNull(const std::string& text);

}  // namespace sanwang::api
