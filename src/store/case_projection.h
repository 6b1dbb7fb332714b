// Some of the columns of `cases`, chosen by name from CaseColumns(): a list that shows only
// a few fields of many cases (the Open311 feed) reads only those, instead of copying every
// text column of every row. The columns' SQL and their mapping come from the one table in
// case_columns.cc, so a projection cannot map a column into the wrong field either.
//
// Immutable after construction: thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "store/case_columns.h"

namespace sanwang::store {

class CaseProjection {
 public:
  // Every column: what a full CaseRecord needs.
  static const CaseProjection& All();
  // `id` and the named columns; a name that is not a column of `cases` is a programming
  // error and aborts at start-up, where the projection is built.
  CaseProjection(std::initializer_list<const char*> names);

  // "id, state, …" for a SELECT.
  const std::string& sql() const { return sql_; }
  // A row of `SELECT <sql()>`: the projected fields set, the others left at their defaults.
  CaseRecord FromRow(const Row& row) const;

 private:
  CaseProjection() = default;
  void Add(const CaseColumn& column);

  std::vector<const CaseColumn*> columns_;
  std::string sql_ = "id";
};

}  // namespace sanwang::store
