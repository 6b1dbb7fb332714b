#include "support/api/calendar_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json CalendarLinkSchema() {
  return Named(
      "CalendarLink",
      Object({{"active",
               Described(Boolean(),
                         "Whether the link exists (the person's, or the venue's published calendar).")},
              {"created_at", Nullable(DateTime())},
              {"path", Described(WithExample(String(), "/api/v1/calendar/Zq3…Xw.ics"),
                                 "The feed's path with its secret: only in the answer that made the link, "
                                 "never again.")}},
             {"active", "created_at"}));
}

}  // namespace sanwang::api
