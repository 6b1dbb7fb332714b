// A table's columns declared once, for any record type: each entry names a column and says
// how the record's field is bound on a write and set from a row on a read. From one such
// list come the column list of every SELECT and INSERT, the parameters of a write and the
// mapping of a row back to a record, so the list and the mapping cannot drift apart
// (store/case_columns.h, store/user_columns.h).
//
// Constant data and pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/personal_data.h"

namespace sanwang::store {

template <typename Record>
struct RecordColumn {
  const char* name;
  SqlValue (*write)(const Record& record);
  // Sets the field from the row's value at `index`; a derived column sets nothing.
  void (*read)(const Row& row, std::size_t index, Record& record);
};

namespace columns {

// How each kind of field binds and reads. Booleans are stored as 0/1 integers.
inline SqlValue ToSql(const std::string& v) { return v; }
inline SqlValue ToSql(bool v) { return static_cast<std::int64_t>(v); }
inline SqlValue ToSql(int v) { return static_cast<std::int64_t>(v); }
inline SqlValue ToSql(std::int64_t v) { return v; }
template <typename T>
SqlValue ToSql(const std::optional<T>& v) {
  return Nullable(v);
}

inline void FromSql(const Row& r, std::size_t i, std::string& out) { out = r.Text(i); }
inline void FromSql(const Row& r, std::size_t i, bool& out) { out = r.Int(i) != 0; }
inline void FromSql(const Row& r, std::size_t i, int& out) { out = static_cast<int>(r.Int(i)); }
inline void FromSql(const Row& r, std::size_t i, std::int64_t& out) { out = r.Int(i); }
inline void FromSql(const Row& r, std::size_t i, std::optional<double>& out) { out = r.OptReal(i); }
inline void FromSql(const Row& r, std::size_t i, std::optional<std::int64_t>& out) { out = r.OptInt(i); }
inline void FromSql(const Row& r, std::size_t i, std::optional<int>& out) {
  out = r.IsNull(i) ? std::nullopt : std::optional<int>(static_cast<int>(r.Int(i)));
}

// The record type a pointer to a data member belongs to.
template <typename Pointer>
struct MemberOf;
template <typename Record, typename Value>
struct MemberOf<Value Record::*> {
  using Class = Record;
};
template <auto Member>
using RecordOf = typename MemberOf<decltype(Member)>::Class;

}  // namespace columns

// A column holding the field `Member` as it is.
template <auto Member>
RecordColumn<columns::RecordOf<Member>> Field(const char* name) {
  using Record = columns::RecordOf<Member>;
  return {name, [](const Record& r) { return columns::ToSql(r.*Member); },
          [](const Row& row, std::size_t i, Record& r) { columns::FromSql(row, i, r.*Member); }};
}

// A column holding the personal value `Member` sealed (store/personal_data.h).
template <auto Member>
RecordColumn<columns::RecordOf<Member>> Sealed(const char* name) {
  using Record = columns::RecordOf<Member>;
  return {name, [](const Record& r) { return SqlValue{SealPersonal(r.*Member)}; },
          [](const Row& row, std::size_t i, Record& r) { r.*Member = OpenPersonal(row.Text(i)); }};
}

// The lookup hash of the personal value `Member` (store/personal_data.h): written beside
// it, never read back.
template <auto Member>
RecordColumn<columns::RecordOf<Member>> LookupOf(const char* name) {
  using Record = columns::RecordOf<Member>;
  return {name, [](const Record& r) { return SqlValue{PersonalLookup(r.*Member)}; },
          [](const Row&, std::size_t, Record&) {}};
}

// "a, b, c": the columns' names as SQL.
template <typename Record>
std::string ColumnList(const std::vector<RecordColumn<Record>>& columns) {
  std::string list;
  for (const auto& column : columns) list += (list.empty() ? "" : ", ") + std::string(column.name);
  return list;
}

// The parameters for ColumnList(columns), in order.
template <typename Record>
SqlParams ColumnValues(const std::vector<RecordColumn<Record>>& columns, const Record& record) {
  SqlParams values;
  values.reserve(columns.size());
  for (const auto& column : columns) values.push_back(column.write(record));
  return values;
}

// Sets `record`'s fields from the row's values, the first column at `first`.
template <typename Record>
void ReadColumns(const std::vector<RecordColumn<Record>>& columns, const Row& row, std::size_t first,
                 Record& record) {
  std::size_t index = first;
  for (const auto& column : columns) column.read(row, index++, record);
}

// A record from a row that reads its id first and then `columns` ("SELECT id, " +
// ColumnList(columns)).
template <typename Record>
Record RecordFromIdRow(const std::vector<RecordColumn<Record>>& columns, const Row& row) {
  Record record;
  record.id = row.Int(0);
  ReadColumns(columns, row, 1, record);
  return record;
}

}  // namespace sanwang::store
