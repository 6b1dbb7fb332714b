// The OpenAPI shapes of the delivery routes (delivery_routes.cc): a person's delivery
// settings as read and as written, and a message of the outbox as admins see it.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

inline constexpr int kMaxOutboxPageSize = 200;

nlohmann::json DeliverySettingsSchema();
nlohmann::json DeliverySettingsBodySchema();
nlohmann::json OutboxMessageSchema();
nlohmann::json OutboxPageSchema();

}  // namespace sanwang::api
