// Members of a JSON object whose value may be absent, for JsonWriter: the key, then the
// value, or null when there is none. Shared by every answer written straight into its
// string (a case, the Open311 feed), so that an absent time or number looks the same in all.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/json_writer.h"
#include "core/time.h"

namespace sanwang {

// The time as ISO 8601 in Asia/Shanghai with its offset ("2026-12-05T08:00:00+08:00").
void WriteTimeMember(JsonWriter& w, std::string_view key, std::optional<UnixSeconds> t);
void WriteIntMember(JsonWriter& w, std::string_view key, std::optional<std::int64_t> x);
// Null also when the value is not finite, as JsonWriter::Double writes it.
void WriteDoubleMember(JsonWriter& w, std::string_view key, std::optional<double> x);

}  // namespace sanwang
