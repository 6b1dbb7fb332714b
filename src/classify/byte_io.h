// Little-endian binary writing and bounds-checked reading, for the stored model format
// (model_format.h). Independent of the host's byte order. Not thread-safe; one per use.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::classify {

class ByteWriter {
 public:
  void U8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(std::uint32_t v);
  void U64(std::uint64_t v);
  void F32(float v);
  void F64(double v);
  void Bytes(std::string_view bytes) { out_.append(bytes); }
  // A length (u32) and the bytes.
  void String(std::string_view s);
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Every read fails with kDataLoss once the input is exhausted.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}

  Result<std::uint8_t> U8();
  Result<std::uint32_t> U32();
  Result<std::uint64_t> U64();
  Result<float> F32();
  Result<double> F64();
  Result<std::string_view> Bytes(std::size_t n);
  Result<std::string> String();
  std::size_t remaining() const { return in_.size() - at_; }

 private:
  Result<std::uint64_t> Unsigned(int bytes);
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace sanwang::classify
