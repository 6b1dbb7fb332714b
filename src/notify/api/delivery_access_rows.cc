// Who may call the delivery routes (delivery_routes.cc): everyone signed in reads and
// replaces their own delivery settings; admins alone page through the outbox and send a
// dead message again. Each retry probe gives up a message of its own first.
#include "api/access_matrix.h"
#include "notify/store/outbox_repository.h"
#include "store/user_repository.h"

namespace sanwang::api {
namespace {

// A dead message to the admin account, written straight to the store.
std::int64_t DeadMessage(ApiTest& test) {
  static int made = 0;
  auto admin = store::UserRepository(test.direct_db()).FindByUsername("admin");
  EXPECT_TRUE(admin.ok() && admin->has_value());
  store::OutboxRecord m;
  m.district_code = "411002";
  m.idempotency_key = "access-row-" + std::to_string(++made) + "-" + std::to_string(test.clock().Now());
  m.channel = "email";
  m.user_id = admin.ok() && admin->has_value() ? (*admin)->id : 0;
  m.kind = "case_resolved";
  m.params = "{}";
  m.state = "dead";
  m.created_at = test.clock().Now();
  auto id = store::OutboxRepository(test.direct_db()).Insert(m);
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

}  // namespace

void AddDeliveryAccessRows(ApiTest& test, AccessRows& rows) {
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto put = [&test](const std::string& who) {
    return test.As(who, "PUT", "/api/v1/me/notification-settings", {{"channels", nlohmann::json::array()}});
  };
  auto retry = [&test](const std::string& who) {
    return test.As(who, "POST", "/api/v1/admin/outbox/" + std::to_string(DeadMessage(test)) + "/retry");
  };
  rows.insert({
      {"GET /api/v1/me/notification-settings", {get("/api/v1/me/notification-settings"), SignedInCallers()}},
      {"PUT /api/v1/me/notification-settings", {put, SignedInCallers()}},
      {"GET /api/v1/admin/outbox", {get("/api/v1/admin/outbox"), {"admin"}}},
      {"POST /api/v1/admin/outbox/{id}/retry", {retry, {"admin"}}},
  });
}

}  // namespace sanwang::api
