// The OpenAPI shapes of the notice routes (notice_routes.cc): a notice in both languages,
// a page of them with the unread count, and the unread count alone.
#pragma once

#include <nlohmann/json.hpp>

#include "notify/inbox.h"

namespace sanwang::api {

inline constexpr int kMaxNoticePageSize = static_cast<int>(notify::kMaxNoticesPerPage);

nlohmann::json NoticeSchema();
nlohmann::json NoticePageSchema();
nlohmann::json UnreadSchema();

}  // namespace sanwang::api
