#include "support/api/spending_schemas.h"

#include <cstdint>

#include "api/openapi_schema.h"
#include "support/api/budget_schemas.h"
#include "support/spending_files.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json EventSchema() {
  return Named("SpendingEvent", Object({{"id", Integer()},
                                        {"at", DateTime()},
                                        {"user_name", String()},
                                        {"role", WithExample(String(), "street_staff")},
                                        {"action", WithExample(String(), "street_return")},
                                        {"from_state", WithExample(String(), "street_review")},
                                        {"to_state", WithExample(String(), "returned")},
                                        {"note", WithExample(String(), "发票抬头有误")},
                                        {"changes", WithExample(String(), "amount_fen: 120000 → 98000")}},
                                       {"id", "at", "user_name", "role", "action", "from_state", "to_state",
                                        "note", "changes"}));
}

// `base` with more properties, each required.
json Extended(json base, const json& more) {
  for (const auto& [key, value] : more.items()) {
    base["properties"][key] = value;
    base["required"].push_back(key);
  }
  return base;
}

}  // namespace

json SpendingInChainSchema() {
  json s = Extended(SpendingSchema(),
                    {{"state_label", WithExample(String(), "待街道审批 Awaiting the sub-district")},
                     {"unit_code", String()},
                     {"unit_name", WithExample(String(), "七里店社区")},
                     {"year", Integer()},
                     {"category", WithExample(String(), "party_building")},
                     {"category_name", WithExample(String(), "党建经费")},
                     {"may_approve", Boolean()},
                     {"may_return", Boolean()},
                     {"may_resubmit", Boolean()},
                     {"may_withdraw", Boolean()},
                     {"may_reverse", Boolean()},
                     {"may_attach", Boolean()},
                     {"may_supervise", Boolean()},
                     {"overdue", Boolean()}});
  s["description"] =
      "A spending record with its line and what the caller may do with it now; the browser offers its "
      "buttons by the may_* flags. overdue: the record waits at a step past its step_due.";
  return Named("SpendingInChain", s);
}

json SpendingInChainListSchema() { return ItemList(SpendingInChainSchema()); }

json SpendingDetailSchema() {
  return Named("SpendingDetail",
               Extended(SpendingInChainSchema(),
                        {{"events", ArrayOf(EventSchema())}, {"files", ArrayOf(SpendingFileSchema())}}));
}

json SpendingDecisionSchema() {
  return Named("SpendingDecision", ClosedObject({{"reason", Utf8Text(1000, "重复录入")}}, {}));
}

json SpendingReturnSchema() {
  return Named("SpendingReturn",
               ClosedObject({{"reason", Utf8Text(1000, "发票抬头有误，请重新开具")}}, {"reason"}));
}

json SpendingFileSchema() {
  return Named("SpendingFile",
               Object({{"id", Integer(1, INT64_MAX)},
                       {"file_name", WithExample(String(), "发票.pdf")},
                       {"content_type", Enum(support::SpendingFileTypes())},
                       {"size_bytes", Integer(1, INT64_MAX)},
                       {"sha256", String()},
                       {"uploaded_at", DateTime()},
                       {"url", WithExample(String(), "/api/v1/budget/spending/7/files/3")}},
                      {"id", "file_name", "content_type", "size_bytes", "sha256", "uploaded_at", "url"}));
}

json SpendingFileListSchema() { return ItemList(SpendingFileSchema()); }

json SpendingUploadSchema() {
  return {{"type", "string"},
          {"format", "binary"},
          {"description",
           "The file itself, with its type as Content-Type: image/jpeg, image/png, image/webp or "
           "application/pdf."}};
}

}  // namespace sanwang::api
