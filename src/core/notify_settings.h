// Delivery beyond the app as the configuration's [notify] table sets it
// (docs/notifications.md §5): the e-mail server, the SMS and WeChat gateways, and how the
// outbox sender retries and limits. A channel without a URL is off: the settings page does
// not offer it and nothing is queued on it. A plain value; the secrets in it are never
// logged or printed.
#pragma once

#include <map>
#include <string>

namespace sanwang {

// [notify.email]: an SMTP server reached with libcurl.
struct SmtpSettings {
  std::string url;   // smtp://host:port (STARTTLS as `starttls` says) or smtps://host:port
  std::string from;  // the envelope sender and From: noreply@district.gov.cn
  std::string from_name = "三网 Sanwang";
  std::string username;
  std::string password;
  bool starttls = true;  // an smtp:// URL must upgrade to TLS (false: a relay on loopback)
  std::string ca_file;   // a CA bundle other than the system's (a test's throw-away one)
  int timeout_seconds = 10;
};

// [notify.sms] and [notify.wechat]: an HTTP gateway taking template messages, signed with
// HMAC-SHA256 under `secret`; `templates` maps a notice rule's kind to the gateway's
// template id.
struct GatewaySettings {
  std::string url;  // http(s)://…
  std::string secret;
  std::string sign_name;  // an SMS signature (短信签名): 【魏都区】
  int timeout_seconds = 5;
  std::map<std::string, std::string> templates;
};

struct NotifySettings {
  // Where the browser app is reached from outside (https://sanwang.example.gov.cn): links
  // in e-mail and WeChat messages; empty: messages carry no link.
  std::string site_url;
  int max_attempts = 8;
  int per_recipient_per_hour = 20;
  SmtpSettings email;
  GatewaySettings sms;
  GatewaySettings wechat;
};

}  // namespace sanwang
