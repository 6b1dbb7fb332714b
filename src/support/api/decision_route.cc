#include "support/api/decision_route.h"

#include <utility>

#include "api/request_parsing.h"
#include "api/responses.h"

namespace sanwang::api {

Result<DecisionRequest> ParseDecisionRequest(Call& call) {
  DecisionRequest request;
  SW_ASSIGN_OR_RETURN(request.id, ParseId(call.params["id"], "id"));
  if (call.request.body.empty()) return request;
  SW_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(call.request.body, {"reason"}));
  SW_ASSIGN_OR_RETURN(request.reason, StringField(body, "reason", false));
  return request;
}

Handler DecisionRoute(DecideRecord decide) {
  return FromResult([decide = std::move(decide)](Call& call) -> Result<HttpResponse> {
    SW_ASSIGN_OR_RETURN(DecisionRequest request, ParseDecisionRequest(call));
    SW_ASSIGN_OR_RETURN(nlohmann::json record, decide(call, request));
    return JsonResponse(200, record);
  });
}

}  // namespace sanwang::api
