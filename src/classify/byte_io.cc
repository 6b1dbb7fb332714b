#include "classify/byte_io.h"

#include <bit>

namespace sanwang::classify {
namespace {

Status Truncated() { return {ErrorCode::kDataLoss, "stored model is truncated"}; }

}  // namespace

void ByteWriter::U32(std::uint32_t v) {
  for (int i = 0; i < 4; ++i) U8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::U64(std::uint64_t v) {
  for (int i = 0; i < 8; ++i) U8(static_cast<std::uint8_t>(v >> (8 * i)));
}

void ByteWriter::F32(float v) { U32(std::bit_cast<std::uint32_t>(v)); }
void ByteWriter::F64(double v) { U64(std::bit_cast<std::uint64_t>(v)); }

void ByteWriter::String(std::string_view s) {
  U32(static_cast<std::uint32_t>(s.size()));
  Bytes(s);
}

Result<std::uint64_t> ByteReader::Unsigned(int bytes) {
  if (remaining() < static_cast<std::size_t>(bytes)) return Truncated();
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint64_t{static_cast<unsigned char>(in_[at_++])} << (8 * i);
  return v;
}

Result<std::uint8_t> ByteReader::U8() {
  SW_ASSIGN_OR_RETURN(std::uint64_t v, Unsigned(1));
  return static_cast<std::uint8_t>(v);
}

Result<std::uint32_t> ByteReader::U32() {
  SW_ASSIGN_OR_RETURN(std::uint64_t v, Unsigned(4));
  return static_cast<std::uint32_t>(v);
}

Result<std::uint64_t> ByteReader::U64() { return Unsigned(8); }

Result<float> ByteReader::F32() {
  SW_ASSIGN_OR_RETURN(std::uint32_t v, U32());
  return std::bit_cast<float>(v);
}

Result<double> ByteReader::F64() {
  SW_ASSIGN_OR_RETURN(std::uint64_t v, U64());
  return std::bit_cast<double>(v);
}

Result<std::string_view> ByteReader::Bytes(std::size_t n) {
  if (remaining() < n) return Truncated();
  std::string_view out = in_.substr(at_, n);
  at_ += n;
  return out;
}

Result<std::string> ByteReader::String() {
  SW_ASSIGN_OR_RETURN(std::uint32_t n, U32());
  SW_ASSIGN_OR_RETURN(std::string_view bytes, Bytes(n));
  return std::string(bytes);
}

}  // namespace sanwang::classify
