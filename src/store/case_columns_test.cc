#include "store/case_columns.h"

#include <algorithm>
#include <set>

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

// A case in which no two fields of one type hold the same value, so a column read into
// the wrong field shows.
CaseRecord EveryFieldDistinct(const CaseRecord& filed) {
  CaseRecord c = filed;
  c.workflow = "resident_matter";
  c.item_code = "A01-001";
  c.title = "井盖缺失 manhole cover missing";
  c.description = "路口东侧 east of the crossing";
  c.source = "patrol";
  c.reporter_name = "张三";
  c.reporter_phone = "13839019598";
  c.anonymous = true;
  c.lon = 113.805;
  c.lat = 34.01;
  c.address = "魏都区 Weidu";
  c.state = "accepted";
  c.dispatched_at = c.created_at + 1;
  c.accept_due = c.created_at + 2;
  c.accepted_at = c.created_at + 3;
  c.resolve_due = c.created_at + 4;
  c.resolved_at = c.created_at + 5;
  c.closed_at = c.created_at + 6;
  c.handling_seconds = 7;
  c.overdue = true;
  c.rating = 1;
  c.reopen_count = 2;
  c.return_count = 3;
  c.escalate_count = 4;
  c.requested_hours = 5;
  c.auto_item_confidence = 0.25;
  c.duplicate_distance_m = 12.5;
  c.duplicate_similarity = 0.75;
  c.updated_at = c.created_at + 8;
  return c;
}

class CaseColumnsTest : public BackendTest {};

// A column added to `cases` by a migration without its line in case_columns.cc (or a line
// naming a column the table lacks) fails here.
TEST_P(CaseColumnsTest, EveryColumnOfTheTableIsDeclaredOnce) {
  const std::set<std::string> table = TableColumnNames(db(), "cases");
  std::set<std::string> declared = {"id"};
  for (const CaseColumn& column : CaseColumns()) {
    EXPECT_TRUE(declared.insert(column.name).second) << column.name << " is declared twice";
  }
  EXPECT_EQ(declared, table);
}

TEST_P(CaseColumnsTest, EveryFieldComesBackAsWritten) {
  auto filed = InsertMinimalCase(db(), "first", "new");
  ASSERT_TRUE(filed.ok()) << filed.status().ToString();
  auto other = InsertMinimalCase(db(), "other", "new");
  ASSERT_TRUE(other.ok());
  CaseRecord want = EveryFieldDistinct(filed->updated);
  want.repeat_of = other->updated.id;
  want.duplicate_of = other->updated.id;
  auto changed = CaseRepository(db()).Update(want.id, [&](const CaseRecord&) -> Result<CaseChange> {
    CaseChange change;
    change.updated = want;
    change.event.action = "note";
    change.event.to_state = want.state;
    change.event.actor_role = "grid_worker";
    change.event.at = want.updated_at;
    return change;
  });
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  auto read = CaseRepository(db()).Get(want.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(*read, changed->updated);
  EXPECT_EQ(read->accept_due, want.accept_due);
  EXPECT_EQ(read->reopen_count, want.reopen_count);
  EXPECT_EQ(read->duplicate_similarity, want.duplicate_similarity);
}

// Each column by its name holds its own field: a line pairing a column with a neighbour's
// field of the same type would still come back whole through CaseRepository, but not here.
TEST_P(CaseColumnsTest, EachColumnHoldsTheFieldOfItsName) {
  auto filed = InsertMinimalCase(db(), "first", "new");
  ASSERT_TRUE(filed.ok());
  CaseRecord c = EveryFieldDistinct(filed->updated);
  auto changed = CaseRepository(db()).Update(c.id, [&](const CaseRecord&) -> Result<CaseChange> {
    CaseChange change;
    change.updated = c;
    change.event.action = "note";
    change.event.to_state = c.state;
    change.event.actor_role = "grid_worker";
    change.event.at = c.updated_at;
    return change;
  });
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  auto row = db().Query(
      "SELECT dispatched_at, accept_due, accepted_at, resolve_due, resolved_at, closed_at, "
      "handling_seconds, reopen_count, return_count, escalate_count, requested_hours, rating, "
      "title, description, address, reporter_name, lon, lat FROM cases WHERE id = ?",
      {c.id});
  ASSERT_TRUE(row.ok());
  const Row& r = row->at(0);
  std::int64_t t = c.created_at;
  EXPECT_EQ(r.Int(0), t + 1);
  EXPECT_EQ(r.Int(1), t + 2);
  EXPECT_EQ(r.Int(2), t + 3);
  EXPECT_EQ(r.Int(3), t + 4);
  EXPECT_EQ(r.Int(4), t + 5);
  EXPECT_EQ(r.Int(5), t + 6);
  EXPECT_EQ(r.Int(6), 7);
  EXPECT_EQ(r.Int(7), 2);
  EXPECT_EQ(r.Int(8), 3);
  EXPECT_EQ(r.Int(9), 4);
  EXPECT_EQ(r.Int(10), 5);
  EXPECT_EQ(r.Int(11), 1);
  EXPECT_EQ(r.Text(12), c.title);
  EXPECT_EQ(r.Text(13), c.description);
  EXPECT_EQ(r.Text(14), c.address);
  EXPECT_EQ(r.Text(15), c.reporter_name);
  EXPECT_DOUBLE_EQ(r.Real(16), 113.805);
  EXPECT_DOUBLE_EQ(r.Real(17), 34.01);
}

SANWANG_INSTANTIATE_BACKENDS(CaseColumnsTest);

// Without a database: a row laid out as `SELECT id, <list>` maps back to the record the
// values came from.
TEST(CaseColumnsRowTest, ValuesAndRowMapperAgree) {
  CaseRecord c;
  c.id = 42;
  c.created_at = 1795924149;
  c = EveryFieldDistinct(c);
  c.repeat_of = 7;
  c.merged_into = 9;
  SqlParams values = {std::int64_t{42}};
  for (SqlValue& v : CaseValues(c)) values.push_back(std::move(v));
  EXPECT_EQ(CaseFromRow(Row(values)), c);
  EXPECT_EQ(std::count(CaseColumnList().begin(), CaseColumnList().end(), ',') + 1,
            static_cast<std::ptrdiff_t>(CaseColumns().size()));
}

}  // namespace
}  // namespace sanwang::store
