// The evidence files' storage, on SQLite and PostgreSQL: bytes of every value round-trip
// exactly, listings leave the bytes out, a file is read only through its own milestone,
// and a report's claim takes only the milestone's unclaimed files.
#include "governance/store/evidence_repository.h"

#include "governance/ledger_test_fixture.h"

namespace sanwang::governance {
namespace {

class EvidenceRepositoryTest : public LedgerTest {
 protected:
  store::LedgerEvidenceRecord File(store::Id milestone, const std::string& data) {
    store::LedgerEvidenceRecord e;
    e.district_code = org::kTestDistrict;
    e.milestone_id = milestone;
    e.file_name = "材料.pdf";
    e.content_type = "application/pdf";
    e.size_bytes = static_cast<std::int64_t>(data.size());
    e.sha256 = std::string(64, 'a');
    e.data = data;
    e.uploaded_by = actors_.at("community").user_id;
    e.uploaded_at = clock_.Now();
    auto stored = store::EvidenceRepository(db()).Insert(e);
    EXPECT_TRUE(stored.ok()) << stored.status().ToString();
    return stored.ok() ? *stored : e;
  }
};

TEST_P(EvidenceRepositoryTest, BytesRoundTripAndListingsLeaveThemOut) {
  const auto m = Milestone("2026-12-15");
  std::string bytes;
  for (int i = 0; i < 70000; ++i) bytes += static_cast<char>(i * 7 % 256);  // every byte value, NULs too
  const auto stored = File(m.id, bytes);
  store::EvidenceRepository repo(db());
  auto got = repo.Get(m.id, stored.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->data, bytes);
  EXPECT_EQ(got->file_name, "材料.pdf");
  EXPECT_EQ(got->uploader_username, "community");
  EXPECT_EQ(got->uploaded_at, clock_.Now());
  auto listed = repo.ListForMilestone(m.id);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->at(0).data.empty());
  EXPECT_EQ(listed->at(0).size_bytes, 70000);
  const auto other = Milestone("2026-12-16");
  EXPECT_EQ(repo.Get(other.id, stored.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(*repo.CountForMilestone(m.id), 1);
  EXPECT_EQ(*repo.CountForMilestone(other.id), 0);
}

TEST_P(EvidenceRepositoryTest, AClaimTakesOnlyTheMilestonesUnclaimedFiles) {
  const auto m = Milestone("2026-12-15");
  const auto other = Milestone("2026-12-16");
  File(m.id, "one");
  ASSERT_TRUE(Act(As("community"), m.id, {"report", 10, "第一次"}).ok());  // claims "one"
  File(m.id, "two");
  File(other.id, "elsewhere");
  auto first_event = store::LedgerRepository(db()).Events(m.id)->at(0).id;
  store::LedgerEventRecord second;
  second.district_code = org::kTestDistrict;
  second.milestone_id = m.id;
  second.at = clock_.Now();
  second.role = "community_staff";
  second.action = "report";
  second.from_state = "in_progress";
  second.to_state = "in_progress";
  auto current = *store::LedgerRepository(db()).GetMilestone(m.id);
  auto event = store::LedgerRepository(db()).Move(current, current.state, second);
  ASSERT_TRUE(event.ok()) << event.status().ToString();
  EXPECT_GT(*event, first_event);
  store::EvidenceRepository repo(db());
  EXPECT_EQ(*repo.ClaimForEvent(m.id, *event), 1);
  auto files = *repo.ListForMilestone(m.id);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].event_id, first_event);
  EXPECT_EQ(files[1].event_id, *event);
  EXPECT_FALSE(repo.ListForMilestone(other.id)->at(0).event_id.has_value());
}

SANWANG_INSTANTIATE_BACKENDS(EvidenceRepositoryTest);

}  // namespace
}  // namespace sanwang::governance
