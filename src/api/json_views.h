// How records look in the REST API: field names, ISO 8601 times with +08:00, unit codes
// and names beside ids, and the reporter's data masked unless the domain's access policy
// lets the caller see it. Formatting only.
#pragma once

#include <nlohmann/json.hpp>

#include "api/api.h"
#include "cases/indicators.h"

namespace sanwang::api {

nlohmann::json UnitJson(const store::UnitRecord& u, bool with_geometry);
nlohmann::json UserJson(const store::UserRecord& u, const org::OrgDirectory& org);
// What the browser may offer a role: {"workbench": true, "dashboard": false, …}, one key per
// org::Capabilities() name, so the app holds no list of roles.
nlohmann::json CapabilitiesJson(const std::string& role);
// The account as its own holder sees it after signing in: UserJson with "can".
nlohmann::json SignedInUserJson(const store::UserRecord& u, const org::OrgDirectory& org);
nlohmann::json CaseJson(const store::CaseRecord& c, const Call& call);
nlohmann::json EventJson(const store::CaseEventRecord& e, const Call& call);
nlohmann::json ItemJson(const store::CatalogItemRecord& i);
nlohmann::json IndicatorsJson(const cases::Indicators& i, const org::OrgDirectory& org);
nlohmann::json TimeOrNull(std::optional<UnixSeconds> t);
// The text, or null when it is empty (an optional name or number not yet given).
nlohmann::json TextOrNull(const std::string& text);

}  // namespace sanwang::api
