// One libcurl transfer, as the e-mail and gateway channels use it: a handle set up by the
// caller, run to the end within its timeout, and its outcome as a Status — Unavailable for
// what may work later (no connection, a timeout, a 4xx SMTP reply), FailedPrecondition for
// what never will (a 5xx SMTP reply: a refused mailbox). libcurl is initialised once per
// process, on first use. Messages name no address. Each handle is used by one thread.
#pragma once

#include <curl/curl.h>

#include <memory>
#include <string>

#include "core/status.h"

namespace sanwang::notify {

struct CurlDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct CurlListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using CurlList = std::unique_ptr<curl_slist, CurlListDeleter>;

// A new handle with the settings every transfer shares: no signals (threads), the timeout,
// no redirects.
CurlHandle NewCurlHandle(int timeout_seconds);

// `list` with `item` appended.
void Append(CurlList& list, const std::string& item);

// Runs the transfer; `what` names the far side in messages ("邮件服务器 the mail server").
// For SMTP, the last reply code decides between Unavailable and FailedPrecondition.
Status RunTransfer(CURL* handle, const std::string& what);

}  // namespace sanwang::notify
