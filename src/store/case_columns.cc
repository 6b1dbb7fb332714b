#include "store/case_columns.h"

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

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
  static const std::string kList = ColumnList(CaseColumns());
  return kList;
}

SqlParams CaseValues(const CaseRecord& c) { return ColumnValues(CaseColumns(), c); }

CaseRecord CaseFromRow(const Row& r) {
  CaseRecord c;
  c.id = r.Int(0);
  ReadColumns(CaseColumns(), r, 1, c);
  return c;
}

}  // namespace sanwang::store
