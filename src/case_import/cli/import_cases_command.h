// `sanwang import cases`, run from the `import` command (cli/admin_commands.cc).
#pragma once

#include <string>

#include "core/config.h"
#include "core/status.h"

namespace sanwang::cli {

struct CaseImportArgs {
  std::string file;     // the old system's export: CSV (UTF-8 or GBK) or XLSX
  std::string mapping;  // the mapping file (case_import/import_mapping.h)
  std::string review;   // where to write the review list (CSV); empty: not written
  bool dry_run = false;
};

Status ImportCases(const Config& config, const CaseImportArgs& args);

}  // namespace sanwang::cli
