#include "core/notify_config.h"

#include <functional>

namespace sanwang {
namespace {

Status Bad(const std::string& key, const std::string& what) {
  return InvalidArgument("config: '" + key + "' " + what, key);
}

Status Text(const toml::node& node, const std::string& key, std::string& out) {
  auto value = node.value<std::string>();
  if (!node.is_string() || !value) return Bad(key, "must be a string");
  out = *value;
  return Status::Ok();
}

Status Whole(const toml::node& node, const std::string& key, int low, int high, int& out) {
  auto value = node.value<std::int64_t>();
  if (!node.is_integer() || !value || *value < low || *value > high) {
    return Bad(key, "must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
  }
  out = static_cast<int>(*value);
  return Status::Ok();
}

Status Flag(const toml::node& node, const std::string& key, bool& out) {
  if (!node.is_boolean()) return Bad(key, "must be true or false");
  out = node.value<bool>().value_or(out);
  return Status::Ok();
}

// Empty, or a URL of one of the schemes.
Status Url(const toml::node& node, const std::string& key, std::initializer_list<std::string_view> schemes,
           std::string& out) {
  std::string value;
  SW_RETURN_IF_ERROR(Text(node, key, value));
  bool known = value.empty();
  std::string names;
  for (std::string_view scheme : schemes) {
    known = known || (value.rfind(scheme, 0) == 0 && value.size() > scheme.size());
    names += (names.empty() ? "" : " or ") + std::string(scheme);
  }
  if (!known) return Bad(key, "must be a URL starting with " + names);
  out = value;
  return Status::Ok();
}

// Runs `read` over each key of the table `node` named `name`.
Status EachKey(const toml::node& node, const std::string& name,
               const std::function<Status(std::string_view, const toml::node&, const std::string&)>& read) {
  const toml::table* table = node.as_table();
  if (table == nullptr) return Bad(name, "must be a table [" + name + "]");
  for (const auto& [key, value] : *table) {
    SW_RETURN_IF_ERROR(read(key.str(), value, name + "." + std::string(key.str())));
  }
  return Status::Ok();
}

Status ReadEmail(const toml::node& node, SmtpSettings& out) {
  return EachKey(node, "notify.email", [&](std::string_view k, const toml::node& v, const std::string& key) {
    if (k == "url") return Url(v, key, {"smtp://", "smtps://"}, out.url);
    if (k == "from") return Text(v, key, out.from);
    if (k == "from_name") return Text(v, key, out.from_name);
    if (k == "username") return Text(v, key, out.username);
    if (k == "password") return Text(v, key, out.password);
    if (k == "starttls") return Flag(v, key, out.starttls);
    if (k == "ca_file") return Text(v, key, out.ca_file);
    if (k == "timeout_seconds") return Whole(v, key, 1, 120, out.timeout_seconds);
    return Bad(key, "is not a setting");
  });
}

Status ReadGateway(const toml::node& node, const std::string& name, GatewaySettings& out) {
  return EachKey(node, name, [&](std::string_view k, const toml::node& v, const std::string& key) -> Status {
    if (k == "url") return Url(v, key, {"http://", "https://"}, out.url);
    if (k == "secret") return Text(v, key, out.secret);
    if (k == "sign_name") return Text(v, key, out.sign_name);
    if (k == "timeout_seconds") return Whole(v, key, 1, 60, out.timeout_seconds);
    if (k != "templates") return Bad(key, "is not a setting");
    return EachKey(v, key, [&](std::string_view kind, const toml::node& id, const std::string& id_key) {
      return Text(id, id_key, out.templates[std::string(kind)]);
    });
  });
}

}  // namespace

Status ReadNotifySettings(const toml::node& node, NotifySettings& out) {
  NotifySettings merged = out;
  SW_RETURN_IF_ERROR(
      EachKey(node, "notify", [&](std::string_view k, const toml::node& v, const std::string& key) {
        if (k == "site_url") return Url(v, key, {"http://", "https://"}, merged.site_url);
        if (k == "max_attempts") return Whole(v, key, 1, 100, merged.max_attempts);
        if (k == "per_recipient_per_hour") return Whole(v, key, 1, 10000, merged.per_recipient_per_hour);
        if (k == "email") return ReadEmail(v, merged.email);
        if (k == "sms") return ReadGateway(v, key, merged.sms);
        if (k == "wechat") return ReadGateway(v, key, merged.wechat);
        return Bad(key, "is not a setting");
      }));
  for (const auto* gateway : {&merged.sms, &merged.wechat}) {
    if (!gateway->url.empty() && gateway->secret.empty()) {
      return Bad(gateway == &merged.sms ? "notify.sms.secret" : "notify.wechat.secret",
                 "must be set: every request to the gateway is signed with it");
    }
  }
  if (!merged.email.url.empty() && merged.email.from.empty()) return Bad("notify.email.from", "must be set");
  out = std::move(merged);
  return Status::Ok();
}

}  // namespace sanwang
