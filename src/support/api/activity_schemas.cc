#include "support/api/activity_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json PartyRegistrationSchema() {
  return Named("PartyRegistration",
               ClosedObject({{"community_code", WithExample(String(), "411002003001")},
                             {"workplace", WithExample(String(), "区财政局")},
                             {"party_branch", WithExample(String(), "区财政局机关第一党支部")}},
                            {}));
}

json NewActivitySchema() {
  return Named("NewActivity",
               ClosedObject({{"unit_code", WithExample(String(), "411002003001")},
                             {"title", WithExample(String(), "清洁家园志愿服务")},
                             {"description", String()},
                             {"starts_at", WithExample(DateTime(), "2026-12-12T09:00:00+08:00")},
                             {"ends_at", WithExample(DateTime(), "2026-12-12T11:00:00+08:00")},
                             {"place", WithExample(String(), "和平社区党群服务中心")},
                             {"venue_id", Nullable(Integer())},
                             {"places", Integer(1, 100000)},
                             {"open_to", Enum({"public", "members"})}},
                            {"unit_code", "title", "starts_at", "ends_at", "places"}));
}

json AttendanceSchema() { return Named("Attendance", ClosedObject({{"at", Nullable(DateTime())}}, {})); }

json RegistrationDecisionSchema() {
  return Named("RegistrationDecision",
               ClosedObject({{"reason", WithExample(String(), "不在本社区居住")}}, {}));
}

}  // namespace sanwang::api
