#include "support/api/roster_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json WorkerBodySchema(bool creating) {
  json p = {{"kind", Enum({"community_worker", "grid_worker", "social_worker"})},
            {"name", WithExample(String(), "王芳")},
            {"post", WithExample(String(), "网格员")},
            {"unit_code", WithExample(String(), "411002003001")},
            {"grid_code", WithExample(String(), "411002003001-03")},
            {"started_on", Date()},
            {"qualification", Enum({"none", "assistant", "intermediate", "senior"})},
            {"id_number", WithExample(String(), "41100219850312002X")},
            {"phone", WithExample(String(), "13839019598")},
            {"username", String()},
            {"active", Boolean()}};
  std::vector<std::string> required;
  if (creating) required = {"kind", "name", "post", "unit_code", "started_on", "id_number", "phone"};
  return Named(creating ? "NewWorker" : "WorkerChange", ClosedObject(p, required));
}

json NewTrainingSchema() {
  json hours = WithExample(Number(0.1, 999.9), 4.5);
  return Named("NewTraining", ClosedObject({{"held_on", Date()},
                                            {"title", WithExample(String(), "网格员业务能力提升培训")},
                                            {"hours", hours}},
                                           {"held_on", "title", "hours"}));
}

}  // namespace sanwang::api
