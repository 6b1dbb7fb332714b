// Times as old systems' exports write them, read as instants. Local times are
// Asia/Shanghai's: "2024-03-05 14:22:10", "2024/3/5 14:22", "2024.03.05", "2024年3月5日
// 14时22分", with or without seconds or a time of day (then midnight), and ISO 8601 with an
// offset ("2024-03-05T14:22:10+08:00", "…Z"). An XLSX date cell is an Excel serial
// (days since 1899-12-30, or 1904-01-01, with the time of day as the fraction). Pure.
#pragma once

#include <string>

#include "case_import/source_table.h"
#include "core/time.h"

namespace sanwang::case_import {

// InvalidArgument (bilingual, naming `field`) for text that is none of these or names no
// real day or time of day.
Result<UnixSeconds> ParseOldSystemTime(const SourceCell& cell, bool date1904, const std::string& field);

}  // namespace sanwang::case_import
