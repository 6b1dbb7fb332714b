#include "circles/input_digest.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <fstream>

#include "circles/number_text.h"

namespace sanwang::circles {
namespace {

class Sha256 {
 public:
  Sha256() { crypto_hash_sha256_init(&state_); }

  void Update(std::string_view bytes) {
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  }
  void Part(std::string_view label, std::string_view bytes) {
    Update(std::string(label) + ":" + std::to_string(bytes.size()) + ":");
    Update(bytes);
  }
  Status File(std::string_view label, const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFound("cannot read " + path.string());
    Update(std::string(label) + ":" + std::to_string(std::filesystem::file_size(path)) + ":");
    std::array<char, 1 << 16> buffer;
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
      Update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    return Status::Ok();
  }
  std::string Hex() {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest;
    crypto_hash_sha256_final(&state_, digest.data());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex;
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
  }

 private:
  crypto_hash_sha256_state state_;
};

}  // namespace

Result<std::string> ImportVersion(const ImportSources& sources, std::string_view settings_text,
                                  std::string_view tag_map_text) {
  Sha256 h;
  if (!std::filesystem::is_regular_file(sources.osm_file))
    return NotFound("no OSM file " + sources.osm_file.string());
  SW_RETURN_IF_ERROR(h.File("osm", sources.osm_file));
  h.Part("homes", sources.homes_csv.value_or(""));
  h.Part("homes?", sources.homes_csv ? "1" : "0");
  h.Part("facilities", sources.facilities_csv.value_or(""));
  h.Part("tags", tag_map_text);
  h.Part("settings", settings_text);
  return h.Hex();
}

std::string ExtraFacilitiesVersion(const std::vector<Facility>& extra) {
  if (extra.empty()) return "";
  std::vector<const Facility*> by_id;
  by_id.reserve(extra.size());
  for (const Facility& f : extra) by_id.push_back(&f);
  std::sort(by_id.begin(), by_id.end(), [](const Facility* a, const Facility* b) { return a->id < b->id; });
  Sha256 h;
  for (const Facility* f : by_id) {
    h.Part("id", f->id);
    h.Part("type", f->type);
    h.Part("name", f->name);
    h.Part("lon", ExactNumber(f->where.lon));
    h.Part("lat", ExactNumber(f->where.lat));
  }
  return h.Hex();
}

}  // namespace sanwang::circles
