#include "core/personal_data_keys.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/stat.h>

#include <stdexcept>

#include "core/files.h"
#include "core/hex.h"
#include "core/sm3.h"
#include "core/sm4.h"
#include "core/text.h"

namespace sanwang {
namespace {

constexpr std::string_view kPrefix = "sm4:";
constexpr std::size_t kIvBytes = 16;
constexpr std::size_t kTagBytes = 16;  // HMAC-SM3 truncated to 128 bits
constexpr std::size_t kKeyBytes = 32;

std::string RandomBytes(std::size_t n) {
  std::string bytes(n, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(n)) != 1)
    throw std::runtime_error("OpenSSL's random generator failed");
  return bytes;
}

bool ValidId(std::string_view id) {
  if (id.empty() || id.size() > 16) return false;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

Status BadKeyLine(int line, std::string_view why) {
  return InvalidArgument("个人数据密钥第 " + std::to_string(line) + " 行有误 personal-data key line " +
                             std::to_string(line) + ": " + std::string(why),
                         "personal_data_keys");
}

// "sm4:<id>:" of a sealed value, and where its hex starts; npos when it is not sealed.
std::size_t HexStart(std::string_view stored) {
  if (stored.substr(0, kPrefix.size()) != kPrefix) return std::string_view::npos;
  std::size_t colon = stored.find(':', kPrefix.size());
  return colon == std::string_view::npos ? colon : colon + 1;
}

}  // namespace

Result<PersonalDataKeys> PersonalDataKeys::Parse(std::string_view text) {
  std::vector<Key> keys;
  int number = 0;
  while (!text.empty()) {
    std::size_t end = text.find_first_of("\n;");  // ";" for keys in one environment variable
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    line = TrimAscii(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    std::size_t space = line.find_first_of(" \t");
    if (space == std::string_view::npos) return BadKeyLine(number, "expected '<id> <64 hex digits>'");
    std::string_view id = line.substr(0, space);
    std::string_view hex = TrimAscii(line.substr(space + 1));
    if (!ValidId(id)) return BadKeyLine(number, "an id is 1 to 16 of a-z, 0-9, '-' and '_'");
    std::optional<std::string> master = BytesFromHex(hex);
    if (!master || master->size() != kKeyBytes)
      return BadKeyLine(number, "a key is 64 hex digits (32 bytes)");
    for (const Key& k : keys)
      if (k.id == id) return BadKeyLine(number, "the id '" + std::string(id) + "' is given twice");
    keys.push_back({std::string(id), HmacSm3(*master, "sanwang personal data: SM4 key").substr(0, 16),
                    HmacSm3(*master, "sanwang personal data: tag key"),
                    HmacSm3(*master, "sanwang personal data: lookup key")});
    OPENSSL_cleanse(master->data(), master->size());
  }
  if (keys.empty())
    return InvalidArgument("个人数据密钥为空 the personal-data key text holds no key", "personal_data_keys");
  return PersonalDataKeys(std::move(keys));
}

Status PersonalDataKeys::CheckFileMode(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0)
    return InvalidArgument("找不到个人数据密钥文件 no personal-data key file at " + path.string(),
                           "personal_data_key_file");
  if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
    return InvalidArgument("个人数据密钥文件只能由其所有者读取 the personal-data key file " + path.string() +
                               " must be readable by its owner alone (chmod 600)",
                           "personal_data_key_file");
  }
  return Status::Ok();
}

Result<PersonalDataKeys> PersonalDataKeys::ReadFile(const std::filesystem::path& path) {
  SW_RETURN_IF_ERROR(CheckFileMode(path));
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return Parse(text);
}

std::string PersonalDataKeys::NewKeyLine(std::string_view id) {
  if (!ValidId(id)) throw std::invalid_argument("a key id is 1 to 16 of a-z, 0-9, '-' and '_'");
  std::string key = RandomBytes(kKeyBytes);
  std::string line = std::string(id) + " " + LowerHex(key);
  OPENSSL_cleanse(key.data(), key.size());
  return line;
}

bool PersonalDataKeys::IsSealed(std::string_view stored) {
  return HexStart(stored) != std::string_view::npos;
}

const PersonalDataKeys::Key* PersonalDataKeys::Find(std::string_view id) const {
  for (const Key& k : keys_)
    if (k.id == id) return &k;
  return nullptr;
}

std::string PersonalDataKeys::Seal(std::string_view plain) const {
  if (plain.empty()) return {};
  const Key& key = keys_.front();
  std::string header = std::string(kPrefix) + key.id + ":";
  std::string body = RandomBytes(kIvBytes);
  body += Sm4Ctr(key.cipher_key, body, plain);
  body += HmacSm3(key.tag_key, header + body).substr(0, kTagBytes);
  return header + LowerHex(body);
}

Result<std::string> PersonalDataKeys::Open(std::string_view stored) const {
  std::size_t hex_start = HexStart(stored);
  if (hex_start == std::string_view::npos) return std::string(stored);
  std::string_view header = stored.substr(0, hex_start);
  std::string_view id = header.substr(kPrefix.size(), header.size() - kPrefix.size() - 1);
  const Key* key = Find(id);
  if (key == nullptr) {
    return Status(ErrorCode::kDataLoss, "个人数据所用密钥 '" + std::string(id) +
                                            "' 不在密钥文件中 a value is sealed with key '" +
                                            std::string(id) + "', which the key file does not hold");
  }
  std::optional<std::string> body = BytesFromHex(stored.substr(hex_start));
  if (!body || body->size() < kIvBytes + kTagBytes)
    return Status(ErrorCode::kDataLoss, "个人数据已损坏 a sealed personal value is damaged");
  std::string_view all(*body);
  std::string_view tag = all.substr(all.size() - kTagBytes);
  std::string expected =
      HmacSm3(key->tag_key, std::string(header) + std::string(all.substr(0, all.size() - kTagBytes)));
  if (CRYPTO_memcmp(expected.data(), tag.data(), kTagBytes) != 0)
    return Status(ErrorCode::kDataLoss, "个人数据已损坏 a sealed personal value is damaged");
  std::string_view iv = all.substr(0, kIvBytes);
  return Sm4Ctr(key->cipher_key, iv, all.substr(kIvBytes, all.size() - kIvBytes - kTagBytes));
}

bool PersonalDataKeys::SealedWithCurrent(std::string_view stored) const {
  if (stored.empty()) return true;
  std::string header = std::string(kPrefix) + keys_.front().id + ":";
  return stored.substr(0, header.size()) == header;
}

std::string PersonalDataKeys::Lookup(std::string_view plain) const {
  if (plain.empty()) return {};
  return LowerHex(HmacSm3(keys_.front().lookup_key, plain));
}

}  // namespace sanwang
