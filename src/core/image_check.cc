#include "core/image_check.h"

#include <zlib.h>

#include <cctype>
#include <cstdint>

namespace sanwang {
namespace {

Status Bad(const std::string& what) {
  return InvalidArgument("图片文件已损坏或不完整 the image is damaged: " + what, "body");
}

std::uint32_t Big32(std::string_view d, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + i])); };
  return b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3);
}

std::uint32_t Little32(std::string_view d, std::size_t at) {
  auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(d[at + i])); };
  return b(3) << 24 | b(2) << 16 | b(1) << 8 | b(0);
}

unsigned char Byte(std::string_view d, std::size_t at) { return static_cast<unsigned char>(d[at]); }

bool IsFrameMarker(unsigned char m) { return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC; }
bool IsStandalone(unsigned char m) { return (m >= 0xD0 && m <= 0xD7) || m == 0x01; }

// The end of a scan's entropy-coded data: the next 0xFF that starts a marker (not a stuffed
// 0xFF00 and not a restart marker, which scan data contains).
std::size_t SkipScan(std::string_view d, std::size_t at) {
  while (at + 1 < d.size()) {
    if (Byte(d, at) == 0xFF) {
      unsigned char next = Byte(d, at + 1);
      if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) return at;
    }
    ++at;
  }
  return d.size();
}

// Walks one JPEG from its SOI; returns the offset just past its EOI.
Result<std::size_t> WalkJpeg(std::string_view d, std::size_t at) {
  if (d.size() < at + 4 || Byte(d, at) != 0xFF || Byte(d, at + 1) != 0xD8) return Bad("no JPEG start (SOI)");
  at += 2;
  bool frame = false, scan = false;
  while (true) {
    if (at >= d.size() || Byte(d, at) != 0xFF) return Bad("JPEG segment without a marker");
    while (at < d.size() && Byte(d, at) == 0xFF) ++at;  // fill bytes
    if (at >= d.size()) return Bad("JPEG ends inside a marker");
    unsigned char marker = Byte(d, at++);
    if (marker == 0xD9) {
      if (!frame || !scan) return Bad("JPEG without a frame or a scan");
      return at;
    }
    if (marker == 0xD8 || marker == 0x00) return Bad("JPEG marker out of place");
    if (IsStandalone(marker)) continue;
    if (at + 2 > d.size()) return Bad("JPEG ends inside a segment length");
    std::size_t length = static_cast<std::size_t>(Byte(d, at)) << 8 | Byte(d, at + 1);
    if (length < 2 || at + length > d.size()) return Bad("JPEG segment runs past the end");
    at += length;
    if (IsFrameMarker(marker)) frame = true;
    if (marker == 0xDA) {
      if (!frame) return Bad("JPEG scan before its frame");
      scan = true;
      at = SkipScan(d, at);
    }
  }
}

Status CheckJpeg(std::string_view d) {
  std::size_t at = 0;
  do {
    SW_ASSIGN_OR_RETURN(at, WalkJpeg(d, at));
  } while (at < d.size());
  return Status::Ok();
}

constexpr std::string_view kPngSignature = "\x89PNG\r\n\x1A\n";

Status CheckPng(std::string_view d) {
  if (d.substr(0, kPngSignature.size()) != kPngSignature) return Bad("no PNG signature");
  std::size_t at = kPngSignature.size();
  bool first = true, data = false;
  while (true) {
    if (d.size() - at < 12) return Bad("PNG ends inside a chunk");
    std::uint32_t length = Big32(d, at);
    if (length > 0x7FFFFFFFu || d.size() - at - 12 < length) return Bad("PNG chunk runs past the end");
    std::string_view type = d.substr(at + 4, 4);
    for (char c : type) {
      if (!std::isalpha(static_cast<unsigned char>(c))) return Bad("PNG chunk with a bad type");
    }
    auto crc = crc32(0L, reinterpret_cast<const Bytef*>(d.data() + at + 4), static_cast<uInt>(length + 4));
    if (crc != Big32(d, at + 8 + length)) return Bad("PNG chunk " + std::string(type) + " fails its CRC");
    if (first && (type != "IHDR" || length != 13)) return Bad("PNG does not start with IHDR");
    first = false;
    if (type == "IDAT") data = true;
    at += 12 + length;
    if (type == "IEND") {
      if (!data) return Bad("PNG without image data");
      if (at != d.size()) return Bad("bytes after the PNG's end");
      return Status::Ok();
    }
  }
}

Status CheckWebp(std::string_view d) {
  if (d.size() < 20 || d.substr(0, 4) != "RIFF" || d.substr(8, 4) != "WEBP") return Bad("no WebP header");
  if (Little32(d, 4) != d.size() - 8) return Bad("WebP size does not match the file");
  std::size_t at = 12;
  bool first = true;
  while (at < d.size()) {
    if (d.size() - at < 8) return Bad("WebP ends inside a chunk");
    std::string_view type = d.substr(at, 4);
    std::uint32_t length = Little32(d, at + 4);
    std::size_t padded = std::size_t{length} + (length & 1);
    if (d.size() - at - 8 < padded) return Bad("WebP chunk runs past the end");
    if (first && type != "VP8 " && type != "VP8L" && type != "VP8X")
      return Bad("WebP without an image chunk");
    first = false;
    at += 8 + padded;
  }
  if (first) return Bad("WebP without chunks");
  return Status::Ok();
}

}  // namespace

Result<std::string> CheckImage(std::string_view data) {
  if (data.substr(0, 3) == "\xFF\xD8\xFF") {
    SW_RETURN_IF_ERROR(CheckJpeg(data));
    return std::string("image/jpeg");
  }
  if (data.substr(0, kPngSignature.size()) == kPngSignature) {
    SW_RETURN_IF_ERROR(CheckPng(data));
    return std::string("image/png");
  }
  if (data.substr(0, 4) == "RIFF") {
    SW_RETURN_IF_ERROR(CheckWebp(data));
    return std::string("image/webp");
  }
  return InvalidArgument("照片须为 JPEG、PNG 或 WebP a photo must be JPEG, PNG or WebP", "body");
}

}  // namespace sanwang
