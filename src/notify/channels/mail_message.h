// An e-mail as the SMTP channel sends it (RFC 5322 with MIME, RFC 2045–2047): UTF-8 text
// in base64, a subject and sender name in encoded words where they are not plain ASCII,
// the date in Beijing time, a Message-ID made of the message's idempotency key — so a mail
// delivered twice after a sender died mid-delivery is recognisable as one — and
// Auto-Submitted (RFC 3834), so that holiday replies are not sent back. Lines end in CRLF.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/time.h"

namespace sanwang::notify {

struct MailMessage {
  std::string from_name;
  std::string from_address;
  std::string to_address;
  std::string subject;
  std::string body;         // UTF-8 text, lines ending in \n
  std::string message_key;  // becomes <key@domain of from_address>
  UnixSeconds date = 0;
};

// The whole message, headers and body, ready for the SMTP DATA command.
std::string RenderMail(const MailMessage& mail);

// `text` as RFC 2047 encoded words (=?UTF-8?B?…?=), each at most 75 characters and never
// splitting a character, joined by folding white space, so that no line passes 78
// characters when the first follows `taken` characters of its header ("Subject: " is 9);
// plain printable ASCII as it is.
std::string EncodedWords(std::string_view text, std::size_t taken = 0);

// "Mon, 07 Dec 2026 16:01:31 +0800".
std::string MailDate(UnixSeconds t);

}  // namespace sanwang::notify
