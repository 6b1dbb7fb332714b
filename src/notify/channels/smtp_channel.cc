#include "notify/channels/smtp_channel.h"

#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>

#include "notify/channels/curl_transfer.h"
#include "notify/channels/mail_message.h"

namespace sanwang::notify {
namespace {

// libcurl reads the message to upload through this.
struct Upload {
  std::string_view rest;
};

std::size_t ReadUpload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->rest.size());
  std::memcpy(buffer, upload->rest.data(), n);
  upload->rest.remove_prefix(n);
  return n;
}

}  // namespace

std::string LinkInApp(const std::string& site_url, const std::string& params_json) {
  if (site_url.empty()) return "";
  const auto params = nlohmann::json::parse(params_json, nullptr, false);
  if (!params.is_object() || !params.contains("link") || !params["link"].is_string()) return "";
  std::string base = site_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + params["link"].get<std::string>();
}

Status SmtpChannel::Deliver(const OutgoingMessage& m) {
  MailMessage mail;
  mail.from_name = settings_.from_name;
  mail.from_address = settings_.from;
  mail.to_address = m.address;
  mail.subject = m.subject;
  mail.body = m.body;
  if (const std::string link = LinkInApp(site_url_, m.params); !link.empty()) {
    mail.body += "\n\n查看 View: " + link;
  }
  mail.message_key = m.idempotency_key;
  mail.date =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count();
  const std::string text = RenderMail(mail);

  CurlHandle curl = NewCurlHandle(settings_.timeout_seconds);
  if (!curl) return Status(ErrorCode::kInternal, "libcurl could not make a handle");
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(h, CURLOPT_MAIL_FROM, ("<" + settings_.from + ">").c_str());
  CurlList recipients;
  Append(recipients, "<" + m.address + ">");
  curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
  if (settings_.url.rfind("smtp://", 0) == 0) {
    curl_easy_setopt(h, CURLOPT_USE_SSL,
                     static_cast<long>(settings_.starttls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
  }
  if (!settings_.username.empty()) {
    curl_easy_setopt(h, CURLOPT_USERNAME, settings_.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  if (!settings_.ca_file.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, settings_.ca_file.c_str());
  Upload upload{text};
  curl_easy_setopt(h, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(h, CURLOPT_READDATA, &upload);
  curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
  return RunTransfer(h, "邮件服务器 the mail server");
}

}  // namespace sanwang::notify
