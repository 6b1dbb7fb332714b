// Evidence of progress reports, on SQLite and PostgreSQL: the responsible unit attaches
// files while the milestone is with it and each report claims those uploaded since the one
// before; no one else attaches, and nothing is written on a refusal; the limits of size and
// count; everyone who sees the milestone reads its files.
#include "governance/ledger_evidence.h"

#include "api/test_images.h"
#include "governance/evidence_file.h"
#include "governance/evidence_test_files.h"
#include "governance/ledger_test_fixture.h"

namespace sanwang::governance {
namespace {

class LedgerEvidenceTest : public LedgerTest {
 protected:
  Result<store::LedgerEvidenceRecord> Attach(const std::string& who, store::Id milestone,
                                             const std::string& name = "现场照片.png") {
    return AttachEvidence(As(who), milestone, {name, "image/png", api::test_images::MakePng(400)});
  }
  Status Report(const std::string& who, store::Id milestone, std::int64_t percent) {
    return Act(As(who), milestone, {"report", percent, "进度 " + std::to_string(percent)}).status();
  }
  std::size_t Held(store::Id milestone) {
    auto files = MilestoneEvidence(As("supervisor"), milestone);
    EXPECT_TRUE(files.ok()) << files.status().ToString();
    return files.ok() ? files->size() : 0;
  }
};

TEST_P(LedgerEvidenceTest, EachReportClaimsTheFilesUploadedSinceTheOneBefore) {
  const auto m = Milestone("2026-12-15");
  auto photo = Attach("community", m.id);
  ASSERT_TRUE(photo.ok()) << photo.status().ToString();
  EXPECT_EQ(photo->file_name, "现场照片.png");
  EXPECT_EQ(photo->uploader_username, "community");
  EXPECT_EQ(photo->uploaded_at, clock_.Now());
  EXPECT_EQ(photo->sha256.size(), 64u);
  EXPECT_FALSE(photo->event_id.has_value());
  auto pdf = AttachEvidence(As("community"), m.id, {"签到表.pdf", "application/pdf", test_files::MakePdf()});
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ASSERT_TRUE(Report("community", m.id, 40).ok());
  ASSERT_TRUE(Attach("community", m.id, "第二次.png").ok());
  ASSERT_TRUE(Report("community", m.id, 80).ok());

  auto events = MilestoneEvents(As("supervisor"), m.id);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 2u);
  auto files = MilestoneEvidence(As("supervisor"), m.id);
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ(files->at(0).event_id, events->at(0).id);
  EXPECT_EQ(files->at(1).event_id, events->at(0).id);
  EXPECT_EQ(files->at(2).event_id, events->at(1).id);
  EXPECT_EQ(files->at(2).file_name, "第二次.png");
  EXPECT_TRUE(files->at(0).data.empty());
}

TEST_P(LedgerEvidenceTest, OnlyTheUnitAttachesWhileTheMilestoneIsWithIt) {
  const auto m = Milestone("2026-12-15");
  EXPECT_EQ(Attach("street", m.id).status().code(), ErrorCode::kPermissionDenied);  // sees it, not its unit
  EXPECT_EQ(Attach("supervisor", m.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Attach("leader", m.id).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Attach("community2", m.id).status().code(), ErrorCode::kNotFound);  // does not see it
  EXPECT_EQ(Attach("grid1", m.id).status().code(), ErrorCode::kPermissionDenied);
  ASSERT_TRUE(Report("community", m.id, 100).ok());
  ASSERT_TRUE(Act(As("community"), m.id, {"submit", std::nullopt, ""}).ok());
  EXPECT_EQ(Attach("community", m.id).status().code(), ErrorCode::kPermissionDenied);  // with the office now
  EXPECT_EQ(Held(m.id), 0u);
  ASSERT_TRUE(Act(As("supervisor"), m.id, {"return", std::nullopt, "缺少照片"}).ok());
  EXPECT_TRUE(Attach("community", m.id).ok());  // back with the unit
}

TEST_P(LedgerEvidenceTest, BadFilesAreRefusedNamingTheFieldAndNothingIsWritten) {
  const auto m = Milestone("2026-12-15");
  auto fake_pdf =
      AttachEvidence(As("community"), m.id, {"a.pdf", "application/pdf", "<html>not a pdf</html>"});
  EXPECT_EQ(fake_pdf.status().field(), "body");
  auto html = AttachEvidence(As("community"), m.id, {"a.html", "text/html", "<html></html>"});
  EXPECT_EQ(html.status().field(), "content_type");
  auto huge = AttachEvidence(As("community"), m.id,
                             {"big.pdf", "application/pdf", test_files::MakePdf(kMaxEvidenceBytes)});
  EXPECT_EQ(huge.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(huge.status().field(), "body");
  EXPECT_NE(huge.status().message().find("10 MB"), std::string::npos) << huge.status().message();
  EXPECT_EQ(Held(m.id), 0u);
}

TEST_P(LedgerEvidenceTest, AMilestoneHoldsAtMostItsCountOfFiles) {
  const auto m = Milestone("2026-12-15");
  for (std::int64_t i = 0; i < kMaxEvidencePerMilestone; ++i)
    ASSERT_TRUE(Attach("community", m.id).ok()) << i;
  auto one_more = Attach("community", m.id);
  EXPECT_EQ(one_more.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Held(m.id), static_cast<std::size_t>(kMaxEvidencePerMilestone));
}

TEST_P(LedgerEvidenceTest, EveryoneWhoSeesTheMilestoneReadsItsFiles) {
  const auto m = Milestone("2026-12-15");
  const std::string docx = test_files::MakeDocx();
  auto stored = AttachEvidence(As("community"), m.id, {"总结.docx", kDocxType, docx});
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  for (const char* who : {"community", "street", "supervisor", "leader", "admin"}) {
    auto file = EvidenceFile(As(who), m.id, stored->id);
    ASSERT_TRUE(file.ok()) << who << ": " << file.status().ToString();
    EXPECT_EQ(file->data, docx) << who;
    EXPECT_EQ(file->content_type, kDocxType);
  }
  EXPECT_EQ(EvidenceFile(As("community2"), m.id, stored->id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(MilestoneEvidence(As("dept"), m.id).status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(MilestoneEvidence(As("grid1"), m.id).status().code(), ErrorCode::kPermissionDenied);
  const auto other = Milestone("2026-12-16");
  EXPECT_EQ(EvidenceFile(As("supervisor"), other.id, stored->id).status().code(), ErrorCode::kNotFound);
}

SANWANG_INSTANTIATE_BACKENDS(LedgerEvidenceTest);

}  // namespace
}  // namespace sanwang::governance
