// Writes compact JSON straight into a string, for answers built of many small values (a
// page of a hundred requests), where building a tree of nodes first and serialising it
// afterwards costs more than the rest of the answer. The output parses to what
// nlohmann::json's compact dump of the same values parses to, and is laid out the same way:
// strings keep non-ASCII characters and escape quotes, backslashes and control characters
// alike, each byte that is not part of valid UTF-8 becomes U+FFFD, a number that is not
// finite becomes null. Doubles are the shortest digits that read back exactly, which is at
// times one digit shorter than nlohmann writes (its Grisu2 is not always shortest).
//
// The caller keeps the nesting right (a key before each member's value, every Begin
// closed by its End); the writer only places the commas. Not thread-safe: one per answer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sanwang {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // The name of the next member of the current object.
  void Key(std::string_view name);

  void String(std::string_view text);
  void Null();
  void Bool(bool value);
  void Int(std::int64_t value);
  void Double(double value);
  // A value the caller already has as compact JSON (a nested document kept as text); it is
  // copied as it is, so it must be valid JSON.
  void Raw(std::string_view json);

 private:
  void Open(char bracket);
  void Close(char bracket);
  // The comma before a value or key that is not the first of its container.
  void BeforeValue();
  void AppendEscaped(std::string_view text);

  std::string& out_;
  std::vector<bool> has_items_;  // per open container: whether something was written in it
  bool after_key_ = false;
};

}  // namespace sanwang
