// Surveys as the caller of a route runs them: the call's database, org snapshot and actor
// (none for a one-time link), and the server's clock.
#pragma once

#include "api/api.h"
#include "governance/survey_desk.h"

namespace sanwang::api {

inline governance::SurveyDesk SurveyDeskOf(const Call& call) {
  return governance::SurveyDesk{call.db, call.domain->org,
                                call.session ? call.actor() : cases::Actor{std::nullopt, "", std::nullopt},
                                call.api.clock()};
}

}  // namespace sanwang::api
