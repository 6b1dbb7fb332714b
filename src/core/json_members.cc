#include "core/json_members.h"

namespace sanwang {

void WriteTimeMember(JsonWriter& w, std::string_view key, std::optional<UnixSeconds> t) {
  w.Key(key);
  if (!t) return w.Null();
  w.String(FormatIso8601(*t));
}

void WriteIntMember(JsonWriter& w, std::string_view key, std::optional<std::int64_t> x) {
  w.Key(key);
  if (!x) return w.Null();
  w.Int(*x);
}

void WriteDoubleMember(JsonWriter& w, std::string_view key, std::optional<double> x) {
  w.Key(key);
  if (!x) return w.Null();
  w.Double(*x);
}

}  // namespace sanwang
