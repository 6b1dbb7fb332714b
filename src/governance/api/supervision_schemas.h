// The OpenAPI shapes of the supervision routes (docs/architecture.md §8), as
// supervision_json.cc renders and reads them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json SupervisionNoticeSchema();
nlohmann::json SupervisionNoticePageSchema();
nlohmann::json AccountabilityPageSchema();
nlohmann::json NoticeIssueSchema();
nlohmann::json NoticeAnswerSchema();
nlohmann::json NoticeEscalationSchema();

}  // namespace sanwang::api
