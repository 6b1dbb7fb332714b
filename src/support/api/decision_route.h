// The routes that decide a pending record of the support net — a party member's
// registration (confirm, decline, withdraw) and a venue booking (approve, refuse, cancel,
// no-show) — read the same request: the record's id in the path and an optional JSON body
// whose only field is an optional `reason`. They answer 200 with the decided record. This
// holds that shape once; each route says how it decides and how it shows the record.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "api/api.h"

namespace sanwang::api {

struct DecisionRequest {
  std::int64_t id = 0;
  std::string reason;  // empty when the body is empty or gives none
};

// The path's `id` and the body's `reason`; a body with another field, or a reason that is
// not a string, is refused.
Result<DecisionRequest> ParseDecisionRequest(Call& call);

// Decides the record and gives its JSON.
using DecideRecord = std::function<Result<nlohmann::json>(Call&, const DecisionRequest&)>;

// A handler that parses the request, decides, and answers 200 with the record's JSON.
Handler DecisionRoute(DecideRecord decide);

}  // namespace sanwang::api
