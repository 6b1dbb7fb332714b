// A person's in-app notices over HTTP (站内通知, the bell): list them, count the unread ones
// (the browser asks often: one cheap count), mark one or all read. Every signed-in account
// reads its own; the rules are notify/inbox.h's.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "notify/api/notice_schemas.h"
#include "notify/inbox.h"

namespace sanwang::api {
namespace {

nlohmann::json NoticeJson(const store::NoticeRecord& n) {
  return {{"id", n.id},
          {"kind", n.kind},
          {"case_id", n.case_id ? nlohmann::json(*n.case_id) : nlohmann::json(nullptr)},
          {"title", n.title},
          {"title_en", n.title_en},
          {"body", n.body},
          {"body_en", n.body_en},
          {"link", n.link},
          {"created_at", FormatIso8601(n.created_at)},
          {"read", n.read_at.has_value()}};
}

Result<HttpResponse> ListNotices(Call& call) {
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxNoticePageSize));
  const std::string unread = call.request.Query("unread");
  if (!unread.empty() && unread != "true" && unread != "false") {
    return InvalidArgument("unread 须为 true 或 false unread must be true or false", "unread");
  }
  SW_ASSIGN_OR_RETURN(auto inbox, notify::ReadInbox(call.db, call.actor(), unread == "true",
                                                    static_cast<std::size_t>(page.page_size),
                                                    static_cast<std::size_t>(page.offset())));
  nlohmann::json items = nlohmann::json::array();
  for (const store::NoticeRecord& n : inbox.items) items.push_back(NoticeJson(n));
  return JsonResponse(200, {{"items", items},
                            {"total", inbox.total},
                            {"page", page.page},
                            {"page_size", page.page_size},
                            {"unread", inbox.unread}});
}

Result<HttpResponse> CountUnread(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t unread, notify::UnreadNotices(call.db, call.actor()));
  HttpResponse r = JsonResponse(200, {{"unread", unread}});
  // Asked again and again by the open app; each answer is the caller's alone.
  r.headers.emplace("Cache-Control", "private, no-store");
  return r;
}

Result<HttpResponse> ReadOne(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_RETURN_IF_ERROR(notify::MarkNoticeRead(call.db, call.actor(), id, call.api.clock().Now()));
  SW_ASSIGN_OR_RETURN(std::int64_t unread, notify::UnreadNotices(call.db, call.actor()));
  return JsonResponse(200, {{"unread", unread}});
}

Result<HttpResponse> ReadAll(Call& call) {
  SW_RETURN_IF_ERROR(notify::MarkAllNoticesRead(call.db, call.actor(), call.api.clock().Now()).status());
  return JsonResponse(200, {{"unread", 0}});
}

}  // namespace

void AddNoticeRoutes(Api& api) {
  api.Add("GET", "/api/v1/notices", Access::SignedIn(),
          RouteDoc{"listNotices",
                   "The caller's in-app notices (站内通知), the newest first: what happened to the matters "
                   "they reported or follow, or to the cases in their unit's inbox, in Chinese (`title`, "
                   "`body`) and English (`title_en`, `body_en`), with the page to open (`link`). `unread` "
                   "counts the unread ones."}
              .Answers(NoticePageSchema())
              .Query(schema::QueryParameter("unread", schema::Boolean(), "true: only the unread notices."))
              .Query(PagingParameters(kMaxNoticePageSize)),
          FromResult(ListNotices));
  api.Add("GET", "/api/v1/notices/unread-count", Access::SignedIn(),
          RouteDoc{"countUnreadNotices", "How many of the caller's notices are unread: the bell's number."}
              .Answers(UnreadSchema()),
          FromResult(CountUnread));
  api.Add("POST", "/api/v1/notices/{id}/read", Access::SignedIn(),
          RouteDoc{"readNotice",
                   "Mark one of the caller's notices read (again is harmless); 404 for a notice that is "
                   "not theirs. Answers how many remain unread."}
              .Answers(UnreadSchema()),
          FromResult(ReadOne));
  api.Add("POST", "/api/v1/notices/read-all", Access::SignedIn(),
          RouteDoc{"readAllNotices", "Mark every notice of the caller read."}.Answers(UnreadSchema()),
          FromResult(ReadAll));
}

}  // namespace sanwang::api
