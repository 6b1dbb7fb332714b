// What encrypting personal data at rest (store/personal_data.h) costs per value: sealing a
// phone number (SM4-CTR with a fresh IV, an HMAC-SM3 tag, hex), opening it (tag check,
// decryption) and its lookup hash, each timed over the same 11-digit numbers. The peer is
// the same work written straight against OpenSSL 3 (a fresh IV from RAND_bytes, one
// EVP_CIPHER_CTX for SM4-CTR, one HMAC-SM3 over id | IV | ciphertext, hex), with the cipher
// and digest fetched once, as the server does: the difference is what Sanwang's own code
// around the primitives adds. A request handles one or two such values (a case read opens
// the reporter's phone, a new case seals it), so these figures divided by a request's
// time (bench/http) give encryption's share of it.
#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>
#include <string>
#include <vector>

#include "core/hex.h"
#include "core/personal_data_keys.h"
#include "store/personal_data.h"

namespace sanwang {
namespace {

constexpr std::size_t kNumbers = 1024;  // a power of two, so the cycle is a mask

std::vector<std::string> Phones() {
  std::vector<std::string> phones;
  for (std::size_t i = 0; i < kNumbers; ++i) phones.push_back(std::to_string(13800000000ULL + i * 7919));
  return phones;
}

void InstallKey() { store::UsePersonalDataKeys(*PersonalDataKeys::Parse("b1 " + std::string(64, '7'))); }

void BM_SealPersonal(benchmark::State& state) {
  InstallKey();
  const auto phones = Phones();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(store::SealPersonal(phones[i++ & (kNumbers - 1)]));
}
BENCHMARK(BM_SealPersonal);

void BM_OpenPersonal(benchmark::State& state) {
  InstallKey();
  std::vector<std::string> sealed;
  for (const auto& phone : Phones()) sealed.push_back(store::SealPersonal(phone));
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(store::OpenPersonal(sealed[i++ & (kNumbers - 1)]));
}
BENCHMARK(BM_OpenPersonal);

void BM_PersonalLookup(benchmark::State& state) {
  InstallKey();
  const auto phones = Phones();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(store::PersonalLookup(phones[i++ & (kNumbers - 1)]));
}
BENCHMARK(BM_PersonalLookup);

// The peer: the same sealing done directly with OpenSSL (keys fixed, not derived).
class RawSeal {
 public:
  RawSeal()
      : cipher_(EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr)),
        mac_(EVP_MAC_fetch(nullptr, "HMAC", nullptr)) {
    cipher_key_.fill(0x17);
    tag_key_.fill(0x29);
  }
  ~RawSeal() {
    EVP_CIPHER_free(cipher_);
    EVP_MAC_free(mac_);
  }
  RawSeal(const RawSeal&) = delete;
  RawSeal& operator=(const RawSeal&) = delete;

  std::string Seal(const std::string& plain) const {
    std::array<unsigned char, 16> iv{};
    RAND_bytes(iv.data(), static_cast<int>(iv.size()));
    std::string ct(plain.size(), '\0');
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    EVP_EncryptInit_ex2(ctx, cipher_, cipher_key_.data(), iv.data(), nullptr);
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char*>(ct.data()), &written,
                      reinterpret_cast<const unsigned char*>(plain.data()), static_cast<int>(plain.size()));
    EVP_CIPHER_CTX_free(ctx);
    const std::string iv_text(reinterpret_cast<const char*>(iv.data()), iv.size());
    const std::string message = "b1:" + iv_text + ct;
    EVP_MAC_CTX* mac = EVP_MAC_CTX_new(mac_);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", const_cast<char*>("SM3"), 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC_init(mac, tag_key_.data(), tag_key_.size(), params);
    EVP_MAC_update(mac, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    std::array<unsigned char, 32> tag{};
    std::size_t tag_size = 0;
    EVP_MAC_final(mac, tag.data(), &tag_size, tag.size());
    EVP_MAC_CTX_free(mac);
    return "sm4:b1:" + LowerHex(iv_text + ct + std::string(reinterpret_cast<const char*>(tag.data()), 16));
  }

 private:
  EVP_CIPHER* cipher_;
  EVP_MAC* mac_;
  std::array<unsigned char, 16> cipher_key_{};
  std::array<unsigned char, 32> tag_key_{};
};

void BM_RawOpenSslSeal(benchmark::State& state) {
  const RawSeal raw;
  const auto phones = Phones();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(raw.Seal(phones[i++ & (kNumbers - 1)]));
}
BENCHMARK(BM_RawOpenSslSeal);

}  // namespace
}  // namespace sanwang
