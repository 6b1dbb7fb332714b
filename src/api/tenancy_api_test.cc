// Several districts in one installation, seen from outside: a signed-in caller works in
// their own district; an anonymous Open311 caller names one with jurisdiction_id (in the
// query string, or in a POST's form) and an API key is valid in its own district only.
// The route-by-route proof is AccessMatrixTest.AnotherDistrictsCallersNeitherSeeNorChangeThisOne.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

class TenancyApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    AddSecondDistrict();
  }
  std::string KeyOf(const std::string& district) {
    auto lease = pool_->Acquire();
    auto key = api_->auth().CreateApiKey(*lease, "integrator");
    EXPECT_TRUE(key.ok());
    // CreateApiKey makes a key of the server's configured district; move it for the test.
    EXPECT_TRUE(direct_db()
                    .Execute("UPDATE api_keys SET district_code = ? WHERE name = 'integrator'", {district})
                    .ok());
    return key.ok() ? *key : "";
  }
  HttpResponse PostOpen311(const std::string& target, const std::string& form) {
    return Request("POST", target, form, "", {{"content-type", "application/x-www-form-urlencoded"}});
  }
  std::int64_t CasesOf(const std::string& district) {
    return direct_db().Query("SELECT COUNT(*) FROM cases WHERE district_code = ?", {district})->at(0).Int(0);
  }
};

TEST_P(TenancyApiTest, EachCallerListsTheCasesOfTheirOwnDistrict) {
  FileCase("resident1", kInG1);
  FileCase("resident1", kInG2);
  case_title_ = "建安区的诉求";
  const geo::LonLat in_b_g1{kInG1.lon + 0.2, kInG1.lat};  // the second district's G1 lies 0.2° east
  const std::int64_t b_case = FileCase("b-resident1", in_b_g1);
  ASSERT_NE(b_case, 0);
  EXPECT_EQ(Json(As("admin", "GET", "/api/v1/cases"))["total"], 2);
  auto b_list = Json(As("b-admin", "GET", "/api/v1/cases"));
  ASSERT_EQ(b_list["total"], 1);
  EXPECT_EQ(b_list["items"][0]["id"], b_case);
  EXPECT_EQ(As("admin", "GET", "/api/v1/cases/" + std::to_string(b_case)).status, 404);
  EXPECT_EQ(Json(As("b-grid1", "GET", "/api/v1/cases/" + std::to_string(b_case)))["title"], "建安区的诉求");
}

TEST_P(TenancyApiTest, Open311NamesItsDistrictByJurisdictionId) {
  const std::string b_key = KeyOf("411003");
  const std::string form = "service_code=A01-001&lat=34.01&long=" + std::to_string(kInG1.lon + 0.2) +
                           "&description=open311 tenancy&api_key=" + b_key;
  // Without jurisdiction_id the request is for the configured district, where the key is
  // not valid: refused, nothing filed.
  EXPECT_EQ(PostOpen311("/open311/v2/requests.json", form).status, 403);
  EXPECT_EQ(CasesOf("411003") + CasesOf("411002"), 0);
  HttpResponse filed = PostOpen311("/open311/v2/requests.json", form + "&jurisdiction_id=411003");
  ASSERT_EQ(filed.status, 201) << filed.body;
  EXPECT_EQ(CasesOf("411003"), 1);
  EXPECT_EQ(PostOpen311("/open311/v2/requests.json?jurisdiction_id=411003", form).status, 201);
  EXPECT_EQ(CasesOf("411003"), 2);
  EXPECT_EQ(CasesOf("411002"), 0);

  EXPECT_EQ(Json(Request("GET", "/open311/v2/requests.json?jurisdiction_id=411003")).size(), 2u);
  EXPECT_EQ(Json(Request("GET", "/open311/v2/requests.json")).size(), 0u);
  HttpResponse unknown = Request("GET", "/open311/v2/requests.json?jurisdiction_id=419999");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(Json(unknown)["error"]["field"], "jurisdiction_id");
}

SANWANG_INSTANTIATE_API_BACKENDS(TenancyApiTest);

}  // namespace
}  // namespace sanwang::api
