#include "store/case_columns.h"

#include <type_traits>

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

// How each kind of field binds and reads. Booleans are stored as 0/1 integers.
SqlValue ToSql(const std::string& v) { return v; }
SqlValue ToSql(bool v) { return static_cast<std::int64_t>(v); }
SqlValue ToSql(int v) { return static_cast<std::int64_t>(v); }
SqlValue ToSql(std::int64_t v) { return v; }
template <typename T>
SqlValue ToSql(const std::optional<T>& v) {
  return Nullable(v);
}

void FromSql(const Row& r, std::size_t i, std::string& out) { out = r.Text(i); }
void FromSql(const Row& r, std::size_t i, bool& out) { out = r.Int(i) != 0; }
void FromSql(const Row& r, std::size_t i, int& out) { out = static_cast<int>(r.Int(i)); }
void FromSql(const Row& r, std::size_t i, std::int64_t& out) { out = r.Int(i); }
void FromSql(const Row& r, std::size_t i, std::optional<double>& out) { out = r.OptReal(i); }
void FromSql(const Row& r, std::size_t i, std::optional<std::int64_t>& out) { out = r.OptInt(i); }
void FromSql(const Row& r, std::size_t i, std::optional<int>& out) {
  out = r.IsNull(i) ? std::nullopt : std::optional<int>(static_cast<int>(r.Int(i)));
}

// A column holding the field `Member` of CaseRecord as it is.
template <auto Member>
CaseColumn Field(const char* name) {
  return {name, [](const CaseRecord& c) { return ToSql(c.*Member); },
          [](const Row& r, std::size_t i, CaseRecord& c) { FromSql(r, i, c.*Member); }};
}

// A column holding a personal value of CaseRecord sealed (store/personal_data.h).
template <auto Member>
CaseColumn Sealed(const char* name) {
  return {name, [](const CaseRecord& c) { return SqlValue{SealPersonal(c.*Member)}; },
          [](const Row& r, std::size_t i, CaseRecord& c) { c.*Member = OpenPersonal(r.Text(i)); }};
}

// created_month: the local month of created_at, kept as a column for the indicators' GROUP
// BY; derived on every write, never read back.
CaseColumn CreatedMonth() {
  return {
      "created_month",
      [](const CaseRecord& c) { return SqlValue{static_cast<std::int64_t>(LocalMonthKey(c.created_at))}; },
      [](const Row&, std::size_t, CaseRecord&) {}};
}

}  // namespace

const std::vector<CaseColumn>& CaseColumns() {
  using C = CaseRecord;
  static const std::vector<CaseColumn> kColumns = {
      Field<&C::district_code>("district_code"),
      Field<&C::workflow>("workflow"),
      Field<&C::item_code>("item_code"),
      Field<&C::title>("title"),
      Field<&C::description>("description"),
      Field<&C::source>("source"),
      Field<&C::reporter_user_id>("reporter_user_id"),
      Field<&C::reporter_name>("reporter_name"),
      Sealed<&C::reporter_phone>("reporter_phone"),
      Field<&C::anonymous>("anonymous"),
      Field<&C::lon>("lon"),
      Field<&C::lat>("lat"),
      Field<&C::address>("address"),
      Field<&C::grid_id>("grid_id"),
      Field<&C::community_id>("community_id"),
      Field<&C::street_id>("street_id"),
      Field<&C::unit_id>("unit_id"),
      Field<&C::state>("state"),
      Field<&C::created_at>("created_at"),
      CreatedMonth(),
      Field<&C::dispatched_at>("dispatched_at"),
      Field<&C::accept_due>("accept_due"),
      Field<&C::accepted_at>("accepted_at"),
      Field<&C::resolve_due>("resolve_due"),
      Field<&C::resolved_at>("resolved_at"),
      Field<&C::closed_at>("closed_at"),
      Field<&C::handling_seconds>("handling_seconds"),
      Field<&C::overdue>("overdue"),
      Field<&C::rating>("rating"),
      Field<&C::rating_stars>("rating_stars"),
      Field<&C::rating_comment>("rating_comment"),
      Field<&C::reopen_count>("reopen_count"),
      Field<&C::return_count>("return_count"),
      Field<&C::escalate_count>("escalate_count"),
      Field<&C::repeat_of>("repeat_of"),
      Field<&C::requested_hours>("requested_hours"),
      Field<&C::version>("version"),
      Field<&C::updated_at>("updated_at"),
      Field<&C::auto_item_confidence>("auto_item_confidence"),
      Field<&C::duplicate_of>("duplicate_of"),
      Field<&C::duplicate_distance_m>("duplicate_distance_m"),
      Field<&C::duplicate_similarity>("duplicate_similarity"),
      Field<&C::merged_into>("merged_into"),
      Field<&C::urge_count>("urge_count"),
      Field<&C::last_urged_at>("last_urged_at"),
  };
  return kColumns;
}

const std::string& CaseColumnList() {
  static const std::string kList = [] {
    std::string list;
    for (const CaseColumn& column : CaseColumns())
      list += (list.empty() ? "" : ", ") + std::string(column.name);
    return list;
  }();
  return kList;
}

SqlParams CaseValues(const CaseRecord& c) {
  SqlParams values;
  values.reserve(CaseColumns().size());
  for (const CaseColumn& column : CaseColumns()) values.push_back(column.write(c));
  return values;
}

CaseRecord CaseFromRow(const Row& r) {
  CaseRecord c;
  c.id = r.Int(0);
  std::size_t index = 1;
  for (const CaseColumn& column : CaseColumns()) column.read(r, index++, c);
  return c;
}

}  // namespace sanwang::store
