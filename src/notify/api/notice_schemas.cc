#include "notify/api/notice_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json NoticeSchema() {
  return Named(
      "Notice",
      Object(
          {{"id", Integer()},
           {"kind", Described(String(), "What happened: case_accepted, case_resolved, case_assigned …")},
           {"case_id", Nullable(Integer())},
           {"title", String()},
           {"title_en", String()},
           {"body", String()},
           {"body_en", String()},
           {"link", Described(String(), "Where the browser app opens what the notice is about.")},
           {"created_at", DateTime()},
           {"read", Boolean()}},
          {"id", "kind", "case_id", "title", "title_en", "body", "body_en", "link", "created_at", "read"}));
}

json NoticePageSchema() {
  json page = ItemPage(NoticeSchema(), kMaxNoticePageSize);
  page["properties"]["unread"] = Described(Integer(), "How many of the caller's notices are unread.");
  page["required"].push_back("unread");
  return Named("NoticePage", page);
}

json UnreadSchema() { return Named("UnreadNotices", Object({{"unread", Integer()}}, {"unread"})); }

}  // namespace sanwang::api
