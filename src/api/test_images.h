// Small images that are structurally whole (what image_check.h walks), of any size, for
// photo tests: a JPEG with one frame, one scan and its end marker, and a PNG with IHDR,
// one IDAT and IEND, each chunk with its CRC. The pixel data is filler, never decoded.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>

namespace sanwang::api::test_images {

// A JPEG of exactly `size` bytes (at least 32).
inline std::string MakeJpeg(std::size_t size) {
  std::string head = std::string("\xFF\xD8", 2) +                                               // SOI
                     std::string("\xFF\xC0\x00\x0B\x08\x00\x01\x00\x01\x01\x01\x11\x00", 13) +  // SOF0 1×1
                     std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);               // SOS
  std::string tail("\xFF\xD9", 2);                                                              // EOI
  std::string data = head;
  data.resize(size - tail.size(), 'x');  // scan data: no 0xFF in it
  return data + tail;
}

inline void AppendBig32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

inline std::string PngChunk(const std::string& type, const std::string& data) {
  std::string chunk;
  AppendBig32(chunk, static_cast<std::uint32_t>(data.size()));
  std::string body = type + data;
  chunk += body;
  AppendBig32(chunk, static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(body.data()),
                                                      static_cast<uInt>(body.size()))));
  return chunk;
}

// A PNG of exactly `size` bytes (at least 57).
inline std::string MakePng(std::size_t size) {
  std::string ihdr("\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00", 13);  // 1×1, 8-bit RGB
  std::string out = std::string("\x89PNG\r\n\x1A\n", 8) + PngChunk("IHDR", ihdr);
  std::size_t idat = size - out.size() - 12 - 12;
  std::string filler(idat, '\0');
  for (std::size_t i = 0; i < idat; ++i) filler[i] = static_cast<char>(i * 31 % 256);
  return out + PngChunk("IDAT", filler) + PngChunk("IEND", "");
}

}  // namespace sanwang::api::test_images
