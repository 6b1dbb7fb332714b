#include "governance/api/assessment_call.h"

namespace sanwang::api {

governance::AssessmentBook AssessmentOf(const Call& call) {
  return governance::AssessmentBook{call.db, call.domain->org, call.actor(), call.api.clock()};
}

}  // namespace sanwang::api
