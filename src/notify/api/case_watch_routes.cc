// Staff following cases over HTTP (关注案件, docs/notifications.md §4): whether the caller
// follows a case they may read, following it and stopping, and the cases they follow. The
// rules are notify/case_watches.h's; a case the caller may not read answers 404.
#include "api/api.h"
#include "api/case_lookup.h"
#include "api/responses.h"
#include "notify/api/case_watch_schemas.h"
#include "notify/case_watches.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> Watching(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_ASSIGN_OR_RETURN(bool watching, notify::WatchesCase(call.db, call.actor(), c.id));
  return JsonResponse(200, {{"id", c.id}, {"watching", watching}});
}

Result<HttpResponse> Watch(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_RETURN_IF_ERROR(notify::WatchCase(call.db, call.actor(), c, call.api.clock().Now()));
  return JsonResponse(200, {{"id", c.id}, {"watching", true}});
}

Result<HttpResponse> Unwatch(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseRecord c, ReadableCase(call));
  SW_RETURN_IF_ERROR(notify::UnwatchCase(call.db, call.actor(), c.id));
  return JsonResponse(200, {{"id", c.id}, {"watching", false}});
}

Result<HttpResponse> ListWatched(Call& call) {
  SW_ASSIGN_OR_RETURN(auto watched, notify::MyWatchedCases(call.db, call.domain->org, call.actor()));
  const cases::Workflow& workflow = call.api.workflow();
  nlohmann::json items = nlohmann::json::array();
  for (const notify::WatchedCase& w : watched) {
    items.push_back({{"id", w.c.id},
                     {"title", w.c.title},
                     {"state", w.c.state},
                     {"state_label", workflow.LabelOf(w.c.state)},
                     {"open", workflow.IsOpen(w.c.state)},
                     {"updated_at", FormatIso8601(w.c.updated_at)},
                     {"since", FormatIso8601(w.since)}});
  }
  return JsonResponse(200, {{"items", items}, {"max", notify::kMaxCaseWatches}});
}

}  // namespace

void AddCaseWatchRoutes(Api& api) {
  const Access staff = Access::Roles(org::CaseHandlerRoles());
  api.Add("GET", "/api/v1/cases/{id}/watch", staff,
          RouteDoc{"getCaseWatch",
                   "Whether the caller follows the case (关注). 404 for a case the caller may not read."}
              .Answers(CaseWatchingSchema()),
          FromResult(Watching));
  api.Add("POST", "/api/v1/cases/{id}/watch", staff,
          RouteDoc{"watchCase",
                   "Follow a case the caller may read, to be told of its every move in the app and on the "
                   "channels beyond it they chose; again changes nothing. 422 at the most cases one may "
                   "follow (500). Residents follow a matter with followCase instead."}
              .Answers(CaseWatchingSchema())
              .Refuses({422}),
          FromResult(Watch));
  api.Add("POST", "/api/v1/cases/{id}/unwatch", staff,
          RouteDoc{"unwatchCase", "Stop following a case; a case not followed changes nothing."}.Answers(
              CaseWatchingSchema()),
          FromResult(Unwatch));
  api.Add("GET", "/api/v1/me/case-watches", staff,
          RouteDoc{"listCaseWatches",
                   "The cases the caller follows and may still read, the latest followed first, with the "
                   "most they may follow (`max`)."}
              .Answers(CaseWatchListSchema()),
          FromResult(ListWatched));
}

}  // namespace sanwang::api
