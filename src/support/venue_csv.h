// Venues as CSV, for `sanwang support venues import` and `export`: a header row, then one
// venue per row. Headers may be English (the export's) or Chinese (编号, 所属单位, 名称,
// 类型, 地址, 经度, 纬度, 容纳人数, 工作日开放时间, 休息日开放时间, 开放对象, 最多提前天数,
// 最长分钟数, 需要审批, 启用); kinds and open_to may be given by their Chinese names too. A
// row with an id edits that venue, one without adds a venue. A malformed row refuses the
// whole file with its row number and field, and nothing is imported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "org/org_directory.h"
#include "store/database.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

// Parses and checks every row (owner units against `org`); row N of the error counts the
// header as row 1.
Result<std::vector<store::VenueRecord>> ParseVenueCsv(std::string_view text, const org::OrgDirectory& org);

struct VenueImportResult {
  int added = 0;
  int updated = 0;
};
// Parses, then writes every row in one transaction.
Result<VenueImportResult> ImportVenues(store::Database& db, const org::OrgDirectory& org,
                                       std::string_view text);

// Every venue of the district, active or not, with the English header.
std::string VenueCsv(const std::vector<store::VenueRecord>& venues);

}  // namespace sanwang::support
