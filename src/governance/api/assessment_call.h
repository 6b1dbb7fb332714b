// The assessments as the caller of a route keeps them: the call's database, org snapshot
// and actor, and the server's clock.
#pragma once

#include "api/api.h"
#include "governance/assessment_book.h"

namespace sanwang::api {

governance::AssessmentBook AssessmentOf(const Call& call);

}  // namespace sanwang::api
