// Supervision notices in JSON (docs/governance.md, "Supervision"): each with its level's and
// reason's labels, whether it is active, and what the caller may do with it; the rows of
// the accountability list; and the bodies of the notice routes, read strictly.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "governance/supervision.h"

namespace sanwang::api {

nlohmann::json NoticeJson(const governance::Ledger& ledger, const store::SupervisionNoticeRecord& n);
nlohmann::json AccountabilityRowJson(const governance::Ledger& ledger,
                                     const governance::AccountabilityRow& row);

struct NoticeIssue {
  std::int64_t level = 0;
  std::string note;
};
Result<NoticeIssue> NoticeIssueFromJson(const std::string& body);
// {answer} or {note}: the one text field `key` of a body, required.
Result<std::string> NoticeTextFromJson(const std::string& body, const std::string& key);

}  // namespace sanwang::api
