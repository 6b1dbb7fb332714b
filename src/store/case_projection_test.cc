#include "store/case_projection.h"

#include "store/case_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class CaseProjectionTest : public BackendTest {
 protected:
  // A case whose projected and unprojected fields are all set, so that either kind
  // showing up on the wrong side fails.
  CaseRecord FiledCase() {
    auto filed = InsertMinimalCase(db(), "路灯不亮 street light out", "dispatched");
    EXPECT_TRUE(filed.ok()) << filed.status().ToString();
    CaseRecord c = filed->updated;
    c.description = "三号楼前 in front of block 3";
    c.reporter_name = "张三";
    c.reporter_phone = "13839019598";
    c.address = "建设路 12 号";
    c.resolve_due = c.created_at + 3600;
    auto changed = CaseRepository(db()).Update(c.id, [&](const CaseRecord&) -> Result<CaseChange> {
      CaseChange change;
      change.updated = c;
      change.event.action = "note";
      change.event.to_state = c.state;
      change.event.actor_role = "grid_worker";
      change.event.at = c.updated_at;
      return change;
    });
    EXPECT_TRUE(changed.ok()) << changed.status().ToString();
    return changed->updated;
  }

  static CaseFilter District() {
    CaseFilter f;
    f.district_code = "411002";
    return f;
  }
};

TEST_P(CaseProjectionTest, ReadsTheNamedColumnsAndLeavesTheOthersEmpty) {
  CaseRecord filed = FiledCase();
  CaseProjection projection({"state", "title", "address", "resolve_due"});
  auto listed = CaseRepository(db()).List(District(), projection);
  ASSERT_TRUE(listed.ok()) << listed.status().ToString();
  ASSERT_EQ(listed->size(), 1u);
  const CaseRecord& c = listed->front();
  EXPECT_EQ(c.id, filed.id);
  EXPECT_EQ(c.state, "dispatched");
  EXPECT_EQ(c.title, filed.title);
  EXPECT_EQ(c.address, "建设路 12 号");
  EXPECT_EQ(c.resolve_due, filed.resolve_due);
  EXPECT_EQ(c.description, "");
  EXPECT_EQ(c.reporter_name, "");
  EXPECT_EQ(c.reporter_phone, "");
  EXPECT_EQ(c.district_code, "");
}

TEST_P(CaseProjectionTest, AllReadsTheWholeRecord) {
  CaseRecord filed = FiledCase();
  auto listed = CaseRepository(db()).List(District(), CaseProjection::All());
  ASSERT_TRUE(listed.ok()) << listed.status().ToString();
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front(), filed);
  EXPECT_EQ(CaseProjection::All().sql(), "id, " + CaseColumnList());
}

TEST(CaseProjectionDeathTest, AnUnknownColumnAbortsWhereTheProjectionIsBuilt) {
  EXPECT_DEATH(CaseProjection({"state", "no_such_column"}), "no_such_column");
}

SANWANG_INSTANTIATE_BACKENDS(CaseProjectionTest);

}  // namespace
}  // namespace sanwang::store
