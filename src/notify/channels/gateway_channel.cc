#include "notify/channels/gateway_channel.h"

#include <sodium.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "core/hex.h"
#include "notify/channels/curl_transfer.h"
#include "notify/channels/smtp_channel.h"

namespace sanwang::notify {
namespace {

std::size_t KeepAnswer(char* data, std::size_t size, std::size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

std::string UnixNow() {
  return std::to_string(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

// What the gateway's HTTP status means for the message.
Status OutcomeOf(long status) {
  if (status >= 200 && status < 300) return Status::Ok();
  const std::string what = "网关答复 the gateway answered " + std::to_string(status);
  if (status == 408 || status == 429 || status >= 500) return Unavailable(what);
  return Status(ErrorCode::kFailedPrecondition, what);
}

}  // namespace

std::string GatewaySignature(const std::string& secret, const std::string& timestamp,
                             const std::string& body) {
  const std::string signed_text = timestamp + "\n" + body;
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(signed_text.data()),
                                signed_text.size());
  crypto_auth_hmacsha256_final(&state, mac);
  return LowerHex(std::string_view(reinterpret_cast<const char*>(mac), sizeof mac));
}

std::string GatewayChannel::Body(const OutgoingMessage& m, const std::string& template_id) const {
  nlohmann::json params = nlohmann::json::parse(m.params, nullptr, false);
  if (!params.is_object()) params = nlohmann::json::object();
  if (shape_ == GatewayShape::kSms) {
    params.erase("link");  // a text message carries no address of the app
    return nlohmann::json{{"phone_numbers", m.address},
                          {"sign_name", settings_.sign_name},
                          {"template_code", template_id},
                          {"template_param", params},
                          {"out_id", m.idempotency_key}}
        .dump();
  }
  nlohmann::json data = nlohmann::json::object();
  for (const auto& [name, value] : params.items()) {
    if (name != "link") data[name] = {{"value", value}};
  }
  return nlohmann::json{{"touser", m.address},
                        {"template_id", template_id},
                        {"url", LinkInApp(site_url_, m.params)},
                        {"data", data},
                        {"client_msg_id", m.idempotency_key}}
      .dump();
}

Status GatewayChannel::Deliver(const OutgoingMessage& m) {
  const auto found = settings_.templates.find(m.kind);
  if (found == settings_.templates.end() || found->second.empty()) {
    return Status(ErrorCode::kFailedPrecondition, "未配置模板 no gateway template for " + m.kind);
  }
  const std::string body = Body(m, found->second);
  const std::string timestamp = UnixNow();
  CurlHandle curl = NewCurlHandle(settings_.timeout_seconds);
  if (!curl) return Status(ErrorCode::kInternal, "libcurl could not make a handle");
  CURL* h = curl.get();
  CurlList headers;
  Append(headers, "Content-Type: application/json; charset=utf-8");
  Append(headers, "Idempotency-Key: " + m.idempotency_key);
  Append(headers, "X-Sanwang-Timestamp: " + timestamp);
  Append(headers, "X-Sanwang-Signature: " + GatewaySignature(settings_.secret, timestamp, body));
  Append(headers, "Expect:");  // send the body at once, not after a 100 Continue
  std::string answer;
  curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, KeepAnswer);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
  SW_RETURN_IF_ERROR(RunTransfer(h, "网关 the gateway"));
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  return OutcomeOf(status);
}

}  // namespace sanwang::notify
