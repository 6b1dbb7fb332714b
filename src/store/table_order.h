// The order a restore fills tables in: every table after the tables its foreign keys refer
// to, so each row's references already exist when it is inserted. A reference of a table to
// itself (a unit's parent unit) is left to the restore, which fills such columns in a second
// pass. Pure; safe from any thread.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace sanwang::store {

// A foreign key of `child` that refers to `parent`.
struct TableReference {
  std::string child;
  std::string parent;
};

// `tables` ordered parents first, ties in name order. Internal error on a cycle between
// different tables, which no schema of Sanwang has.
Result<std::vector<std::string>> ParentsFirst(std::vector<std::string> tables,
                                              const std::vector<TableReference>& references);

}  // namespace sanwang::store
