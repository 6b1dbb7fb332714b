// The keys personal data (phone and ID numbers, two-step secrets) are encrypted under at
// rest, kept outside the database in a key file or an environment variable, so a copy of
// the database alone reveals none of them (等级保护 level 3, 密评 GB/T 39786-2021).
//
// A value is sealed as "sm4:<key id>:<hex of IV, ciphertext, tag>": SM4 in counter mode
// with a fresh random IV, then an HMAC-SM3 tag over the prefix, IV and ciphertext
// (encrypt-then-MAC), so a changed byte or a value moved to another key id is refused, not
// decrypted to garbage. Equal numbers seal differently each time; where staff must find a
// record by its number, Lookup() gives a keyed HMAC-SM3 of it to store and search instead.
//
// The key text has one key per line, "<id> <64 hex digits>" (32 random bytes), newest
// first; '#' starts a comment. The first key seals and gives lookups, every key opens, so
// a new key goes on top and the old one stays until every value is sealed again (`sanwang
// keys reseal`). From each key three are derived by HMAC-SM3 with distinct labels: the SM4
// key, the tag key and the lookup key, so no key serves two purposes.
//
// Immutable after parsing: thread-safe.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang {

class PersonalDataKeys {
 public:
  // Keys from key text as above; refuses an empty text, a malformed line, a repeated id.
  static Result<PersonalDataKeys> Parse(std::string_view text);
  // Keys from a file, which must be readable by its owner alone (mode 0600 or stricter).
  static Result<PersonalDataKeys> ReadFile(const std::filesystem::path& path);
  // InvalidArgument naming personal_data_key_file when the file is missing or others may
  // read it.
  static Status CheckFileMode(const std::filesystem::path& path);
  // A new key line "<id> <hex>" of 32 random bytes from OpenSSL's generator.
  static std::string NewKeyLine(std::string_view id);
  // Whether `stored` is a sealed value (of any key) rather than plain text from before
  // encryption was turned on.
  static bool IsSealed(std::string_view stored);

  // The id of the key new values are sealed with.
  const std::string& current_id() const { return keys_.front().id; }

  // `plain` sealed under the current key. An empty value stays empty: it holds nothing.
  std::string Seal(std::string_view plain) const;
  // The plain text of a sealed value; plain text from before encryption passes through.
  // DataLoss for a damaged value or one sealed by a key not in the file.
  Result<std::string> Open(std::string_view stored) const;
  // Whether `stored` is sealed under the current key (or empty), i.e. needs no resealing.
  bool SealedWithCurrent(std::string_view stored) const;
  // The value to store and search for `plain`: 64 hex digits of its HMAC-SM3 under the
  // current key's lookup key. Empty stays empty.
  std::string Lookup(std::string_view plain) const;

 private:
  struct Key {
    std::string id;
    std::string cipher_key;  // 16 bytes for SM4
    std::string tag_key;     // 32 bytes for HMAC-SM3
    std::string lookup_key;  // 32 bytes for HMAC-SM3
  };
  explicit PersonalDataKeys(std::vector<Key> keys) : keys_(std::move(keys)) {}
  const Key* Find(std::string_view id) const;

  std::vector<Key> keys_;  // never empty; the first is current
};

}  // namespace sanwang
