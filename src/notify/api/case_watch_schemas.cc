#include "notify/api/case_watch_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json WatchedCase() {
  return Named("WatchedCase",
               WholeObject({{"id", Integer(1, INT64_MAX)},
                            {"title", WithExample(String(), "小区门口路灯不亮")},
                            {"state", WithExample(String(), "accepted")},
                            {"state_label", WithExample(String(), "办理中 In progress")},
                            {"open", Described(Boolean(), "Whether the case is still being handled.")},
                            {"updated_at", DateTime()},
                            {"since", Described(DateTime(), "When the caller began to follow it.")}}));
}

}  // namespace

json CaseWatchingSchema() {
  return Named("CaseWatching", WholeObject({{"id", Integer(1, INT64_MAX)}, {"watching", Boolean()}}));
}

json CaseWatchListSchema() {
  return Named("CaseWatchList", WholeObject({{"items", ArrayOf(WatchedCase())},
                                             {"max", WithExample(Integer(1, INT64_MAX), 500)}}));
}

}  // namespace sanwang::api
