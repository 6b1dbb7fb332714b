#include "notify/channels/curl_transfer.h"

#include <mutex>

namespace sanwang::notify {

CurlHandle NewCurlHandle(int timeout_seconds) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  CurlHandle handle(curl_easy_init());
  if (!handle) return handle;
  curl_easy_setopt(handle.get(), CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle.get(), CURLOPT_TIMEOUT, static_cast<long>(timeout_seconds));
  curl_easy_setopt(handle.get(), CURLOPT_CONNECTTIMEOUT, static_cast<long>(timeout_seconds));
  curl_easy_setopt(handle.get(), CURLOPT_FOLLOWLOCATION, 0L);
  return handle;
}

void Append(CurlList& list, const std::string& item) {
  curl_slist* grown = curl_slist_append(list.get(), item.c_str());
  if (grown != nullptr) {
    (void)list.release();
    list.reset(grown);
  }
}

Status RunTransfer(CURL* handle, const std::string& what) {
  if (handle == nullptr) return Status(ErrorCode::kInternal, "libcurl could not make a handle");
  const CURLcode result = curl_easy_perform(handle);
  long reply = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
  if (result == CURLE_OK) return Status::Ok();
  const std::string detail = what + ": " + curl_easy_strerror(result) +
                             (reply > 0 ? " (reply " + std::to_string(reply) + ")" : std::string());
  // An SMTP server refuses for good with 5xx (no such mailbox, policy), for now with 4xx.
  if (reply >= 500 && reply < 600) return Status(ErrorCode::kFailedPrecondition, detail);
  if (result == CURLE_LOGIN_DENIED) return Status(ErrorCode::kFailedPrecondition, detail);
  return Unavailable(detail);
}

}  // namespace sanwang::notify
