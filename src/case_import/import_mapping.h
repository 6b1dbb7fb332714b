// How the work orders of an existing system (a 12345 hotline's, a 数字城管 system's) read as
// Sanwang's cases: a TOML file the district writes once for its old system's export.
//
//   system = "xuchang-12345"            # with each work order's id, what makes a second run add nothing
//   coordinates = "gcj02"               # wgs84 (default), gcj02 or bd09: the datum of lon/lat
//   source = "hotline"                  # the cases' source (来源), unless a `source` column says
//   classifier_min_confidence = 0.6     # below it, an unmapped category leaves the case unclassified
//
//   [columns]                           # Sanwang's field = the old export's column header
//   id = "工单编号"                      # required, as are created_at and title or description
//   created_at = "受理时间"
//   title = "诉求标题"
//   description = "诉求内容"
//   category = "诉求类别"
//   …                                   # address, lon, lat, reporter_name, reporter_phone, unit,
//                                       # state, accepted_at, resolved_at, closed_at, answer, rating, source
//   [categories]                        # the old category = a catalog item code
//   "占道经营" = "CG-0101"
//   [states]                            # the old state = dispatched | accepted | resolved | closed
//   "已办结" = "closed"
//   [units]                             # the old unit's name = a unit code (a unit's own name or code needs
//   no line) "城管局" = "DEPT-CG" [ratings]                           # the old satisfaction = stars 1..5
//   "满意" = 5
//
// Pure: parsing and checking the file's own shape; whether an item or unit code exists is
// checked against the district when the rows are read.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "geo/china_coordinates.h"

namespace sanwang::case_import {

// The fields a column may fill, in the order the review and error lists name them.
const std::vector<std::string>& MappableFields();

struct ImportMapping {
  std::string system;
  geo::Datum coordinates = geo::Datum::kWgs84;
  std::string source = "hotline";
  double classifier_min_confidence = 0.6;
  std::map<std::string, std::string> columns;     // field → column header
  std::map<std::string, std::string> categories;  // old category → item code
  std::map<std::string, std::string> states;      // old state → Sanwang state
  std::map<std::string, std::string> units;       // old unit name → unit code
  std::map<std::string, int> ratings;             // old satisfaction → stars

  // The column header of `field`, or empty when the export has none.
  const std::string& ColumnOf(const std::string& field) const;
};

// InvalidArgument (bilingual, naming the key) for a file that is not TOML, lacks `system`
// or the required columns, maps a field Sanwang does not have, a state outside the
// imported path, stars outside 1..5, or a confidence outside 0..1.
Result<ImportMapping> ParseImportMapping(std::string_view toml_text);

}  // namespace sanwang::case_import
