#include "store/case_projection.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sanwang::store {

const CaseProjection& CaseProjection::All() {
  static const CaseProjection kAll = [] {
    CaseProjection all;
    for (const CaseColumn& column : CaseColumns()) all.Add(column);
    return all;
  }();
  return kAll;
}

CaseProjection::CaseProjection(std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const CaseColumn* found = nullptr;
    for (const CaseColumn& column : CaseColumns()) {
      if (std::strcmp(column.name, name) == 0) found = &column;
    }
    if (found == nullptr) {
      std::fprintf(stderr, "CaseProjection: cases has no column %s\n", name);
      std::abort();
    }
    Add(*found);
  }
}

void CaseProjection::Add(const CaseColumn& column) {
  columns_.push_back(&column);
  sql_ += ", ";
  sql_ += column.name;
}

CaseRecord CaseProjection::FromRow(const Row& row) const {
  CaseRecord c;
  c.id = row.Int(0);
  std::size_t index = 1;
  for (const CaseColumn* column : columns_) column->read(row, index++, c);
  return c;
}

}  // namespace sanwang::store
