// Evidence of progress reports over HTTP, on SQLite and PostgreSQL: the responsible unit
// uploads a file and its next report claims it; the office lists it with the milestone and
// downloads the same bytes under a safe name, uncached; another unit is refused; a fake
// PDF, a type not allowed and a file past the limit are refused naming the field, and
// nothing is written.
#include "api/test_images.h"
#include "governance/api/ledger_test_support.h"
#include "governance/evidence_file.h"
#include "governance/evidence_test_files.h"

namespace sanwang::api {
namespace {

class EvidenceApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    milestone_ = AddMilestone(*this, LayOutLedger(*this).task, "2026-12-15");
  }
  std::string Path(const std::string& rest = "") {
    return "/api/v1/ledger/milestones/" + std::to_string(milestone_) + "/evidence" + rest;
  }
  HttpResponse Upload(const std::string& who, const std::string& data, const std::string& type,
                      const std::string& encoded_name = "%E7%AD%BE%E5%88%B0%E8%A1%A8.png") {  // 签到表.png
    return Request("POST", Path("?name=" + encoded_name), data, TokenOf(who), {{"content-type", type}});
  }
  std::int64_t Stored() { return db_->Query("SELECT COUNT(*) FROM gov_milestone_evidence")->at(0).Int(0); }
  static std::string HeaderOf(const HttpResponse& r, const std::string& name) {
    auto it = r.headers.find(name);
    return it == r.headers.end() ? "" : it->second;
  }

  std::int64_t milestone_ = 0;
};

TEST_P(EvidenceApiTest, TheUnitUploadsItsReportClaimsItAndTheOfficeDownloadsTheSameBytes) {
  const std::string png = test_images::MakePng(5000);
  HttpResponse up = Upload("community", png, "image/png");
  ASSERT_EQ(up.status, 201) << up.body;
  nlohmann::json file = Json(up);
  EXPECT_EQ(file["file_name"], "签到表.png");
  EXPECT_EQ(file["content_type"], "image/png");
  EXPECT_EQ(file["size_bytes"], 5000);
  EXPECT_EQ(file["uploaded_by"], "community");
  EXPECT_EQ(file["uploaded_at"], "2026-11-30T09:00:00+08:00");
  EXPECT_TRUE(file["event_id"].is_null());

  HttpResponse reported =
      As("community", "POST", "/api/v1/ledger/milestones/" + std::to_string(milestone_) + "/actions",
         {{"action", "report"}, {"percent", 50}, {"note", "已完成培训，附签到表"}});
  ASSERT_EQ(reported.status, 200) << reported.body;
  nlohmann::json m = Json(reported);
  ASSERT_EQ(m["evidence"].size(), 1u);
  EXPECT_EQ(m["evidence"][0]["event_id"], m["events"][0]["id"]);

  HttpResponse listed = As("supervisor", "GET", Path());
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(Json(listed)["items"].size(), 1u);
  EXPECT_EQ(Json(listed)["items"][0]["sha256"], file["sha256"]);

  HttpResponse got = As("supervisor", "GET", file["url"].get<std::string>());
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.body, png);
  EXPECT_EQ(got.content_type, "application/octet-stream");
  EXPECT_EQ(HeaderOf(got, "Cache-Control"), "no-store");
  EXPECT_EQ(HeaderOf(got, "Content-Disposition"),
            "attachment; filename=\"evidence-" + std::to_string(file["id"].get<std::int64_t>()) +
                ".png\"; filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8.png");
  EXPECT_EQ(As("street", "GET", file["url"].get<std::string>()).body, png);  // the unit above reads it
}

TEST_P(EvidenceApiTest, AnotherUnitIsRefused) {
  const std::string png = test_images::MakePng(500);
  EXPECT_EQ(Upload("community2", png, "image/png").status, 404);  // does not see C's milestone
  EXPECT_EQ(Upload("street", png, "image/png").status, 403);      // sees it, does not answer for it
  EXPECT_EQ(Upload("supervisor", png, "image/png").status, 403);
  ASSERT_EQ(Upload("community", png, "image/png").status, 201);
  EXPECT_EQ(As("community2", "GET", Path()).status, 404);
  EXPECT_EQ(As("community2", "GET", Path("/1")).status, 404);
  EXPECT_EQ(As("grid1", "GET", Path()).status, 403);
  EXPECT_EQ(Stored(), 1);
}

TEST_P(EvidenceApiTest, BadFilesAreRefusedNamingTheFieldAndNothingIsWritten) {
  HttpResponse fake_pdf =
      Upload("community", "<html><script>alert(1)</script></html>", "application/pdf", "a.pdf");
  EXPECT_EQ(fake_pdf.status, 400) << fake_pdf.body;
  EXPECT_EQ(Json(fake_pdf)["error"]["field"], "body");
  HttpResponse html = Upload("community", "<html></html>", "text/html", "a.html");
  EXPECT_EQ(html.status, 400);
  EXPECT_EQ(Json(html)["error"]["field"], "content_type");
  HttpResponse too_large = Upload("community", governance::test_files::MakePdf(governance::kMaxEvidenceBytes),
                                  "application/pdf", "big.pdf");
  EXPECT_EQ(too_large.status, 413) << too_large.body.substr(0, 200);
  EXPECT_EQ(Json(too_large)["error"]["field"], "body");
  EXPECT_EQ(Stored(), 0);
  HttpResponse pdf =
      Upload("community", governance::test_files::MakePdf(), "application/pdf", "%E6%80%BB%E7%BB%93.pdf");
  ASSERT_EQ(pdf.status, 201) << pdf.body;
  EXPECT_EQ(Json(pdf)["file_name"], "总结.pdf");
}

SANWANG_INSTANTIATE_API_BACKENDS(EvidenceApiTest);

}  // namespace
}  // namespace sanwang::api
