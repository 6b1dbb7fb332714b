#include "api/api_test_fixture.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "api/exchange_log.h"
#include "api/module_workflows.h"
#include "api/url.h"
#include "cases/catalog.h"
#include "classify/model_registry.h"
#include "classify/synthetic_examples.h"
#include "notify/notice_rules.h"
#include "org/area_import.h"
#include "org/password.h"
#include "org/staff.h"
#include "store/case_repository.h"
#include "store/migrations.h"
#include "store/org_repository.h"
#include "store/personal_data.h"
#include "testing/test_catalog.h"

namespace sanwang::api {
namespace {

std::string Box(double lon0, double lon1) {
  return "[[[" + std::to_string(lon0) + ",34.0],[" + std::to_string(lon1) + ",34.0],[" +
         std::to_string(lon1) + ",34.02],[" + std::to_string(lon0) + ",34.02],[" + std::to_string(lon0) +
         ",34.0]]]";
}

std::string Area(const std::string& props, const std::string& rings) {
  return R"({"type":"Feature","properties":)" + props + R"(,"geometry":{"type":"Polygon","coordinates":)" +
         rings + "}}";
}

// A test district: its code, the prefix of its accounts' usernames, the prefix of its unit
// and account names, and how far east of the first its grids lie.
struct DistrictSpec {
  std::string code;
  std::string username_prefix;
  std::string unit_name_prefix;
  std::string account_name_prefix;
  std::array<const char*, 3> grid_names;
  double east = 0;
};

const DistrictSpec kFirstDistrict{"411002", "", "单位", "测试", {"一网格", "二网格", "三网格"}, 0};
const DistrictSpec kSecondDistrict{"411003", "b-", "建安", "乙号", {"东格", "西格", "南格"}, 0.2};

Status BuildDistrict(store::Database& db, const Clock& clock, const DistrictSpec& spec) {
  store::OrgRepository repo(db);
  std::map<std::string, store::Id> ids;
  for (auto [code, kind, parent] :
       {std::tuple{"D", "district", ""}, std::tuple{"S", "street", "D"}, std::tuple{"C", "community", "S"},
        std::tuple{"C2", "community", "S"}, std::tuple{"DEPT", "department", "D"},
        std::tuple{"CMD", "command_center", "D"}}) {
    store::UnitRecord u;
    u.district_code = spec.code;
    u.code = code;
    u.kind = kind;
    u.name = spec.unit_name_prefix + code;
    if (*parent) u.parent_id = ids[parent];
    SW_ASSIGN_OR_RETURN(auto inserted, repo.Insert(u));
    ids[code] = inserted.id;
  }
  auto grid = [&](const std::string& code, const std::string& name, const std::string& parent, double west) {
    return Area(R"({"code":")" + code + R"(","name":")" + name + R"(","parent":")" + parent + R"("})",
                Box(west + spec.east, west + spec.east + 0.01));
  };
  std::string areas =
      R"({"type":"FeatureCollection","features":[)" + grid("G1", spec.grid_names[0], "C", 113.80) + "," +
      grid("G2", spec.grid_names[1], "C", 113.81) + "," + grid("G3", spec.grid_names[2], "C2", 113.82) + "]}";
  SW_RETURN_IF_ERROR(org::ImportAreas(db, spec.code, areas).status());
  SW_RETURN_IF_ERROR(
      cases::ImportCatalog(db, spec.code, testing::kTestCatalogCsv, testing::kTestDepartmentsCsv).status());
  static const std::string hash = *org::HashPassword(kPassword);
  for (auto [name, role, unit] :
       {std::tuple{"resident1", "resident", ""}, std::tuple{"resident2", "resident", "C2"},
        std::tuple{"grid1", "grid_worker", "G1"}, std::tuple{"grid2", "grid_worker", "G2"},
        std::tuple{"grid3", "grid_worker", "G3"}, std::tuple{"community", "community_staff", "C"},
        std::tuple{"community2", "community_staff", "C2"}, std::tuple{"street", "street_staff", "S"},
        std::tuple{"dept", "dept_staff", "DEPT"}, std::tuple{"center", "command_center", "CMD"},
        std::tuple{"supervisor", "supervisor", "D"}, std::tuple{"leader", "leader", "D"},
        std::tuple{"admin", "admin", "D"}, std::tuple{"security", "security_officer", "D"},
        std::tuple{"auditor", "auditor", "D"}}) {
    org::NewAccount a{
        spec.username_prefix + name, spec.account_name_prefix + name, "13800000000", role, unit, "", hash};
    SW_RETURN_IF_ERROR(org::AddAccount(db, spec.code, a, clock).status());
  }
  return Status::Ok();
}

}  // namespace

void ApiTest::SetUp() {
  // Every API test runs with personal data encrypted at rest, as a real deployment does.
  store::UsePersonalDataKeys(*PersonalDataKeys::Parse("api1 " + std::string(64, 'e')));
  if (GetParam() == "sqlite") {
    sqlite_dir_ =
        std::filesystem::temp_directory_path() / ("sanwang-api-" + std::to_string(getpid()) + "-" +
                                                  std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::filesystem::create_directories(sqlite_dir_);
    url_ = "sqlite:" + sqlite_dir_ + "/api.db";
  } else {
    pg_ = testing::TestDatabase::Create("postgres");
    if (!pg_ && HasFailure()) GTEST_FAIL() << "postgres is required but not available";
    if (!pg_) GTEST_SKIP() << "postgres is not configured";
    url_ = pg_->url();
  }
  auto db = store::OpenDatabase(url_);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  db_ = std::move(db).value();
  ASSERT_TRUE(store::Migrate(*db_).ok());
  Status built = BuildDistrict(*db_, clock_, kFirstDistrict);
  ASSERT_TRUE(built.ok()) << built.ToString();
  auto pool = store::DatabasePool::Open(url_, 2);
  ASSERT_TRUE(pool.ok());
  pool_ = std::move(pool).value();
  calendar_ = std::make_unique<WorkingCalendar>(
      *WorkingCalendar::LoadDirectory(testing::SourceDir() + "/config/calendar"));
  workflow_ = std::make_unique<cases::Workflow>(
      *cases::Workflow::Load(testing::SourceDir() + "/config/workflows/resident_matter.toml"));
  UseOptions(ApiOptions{});
}

void ApiTest::TearDown() {
  api_.reset();
  pool_.reset();
  db_.reset();
  pg_.reset();
  if (!sqlite_dir_.empty()) std::filesystem::remove_all(sqlite_dir_);
  store::UsePersonalDataKeys(std::nullopt);
}

HttpResponse ApiTest::Request(const std::string& method, const std::string& target, const std::string& body,
                              const std::string& token, std::map<std::string, std::string> headers) {
  HttpRequest r;
  r.method = method;
  r.target = target;
  auto parsed = ParseTarget(target);
  EXPECT_TRUE(parsed.ok()) << target;
  if (parsed.ok()) {
    r.path = parsed->path;
    r.query = parsed->query;
  }
  r.body = body;
  r.remote_address = "127.0.0.1";
  r.headers = std::move(headers);
  // As the browser app and programs send JSON bodies; a test of other types names its own.
  if (!body.empty() && !r.headers.count("content-type")) r.headers["content-type"] = "application/json";
  if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
  // Writes only: a read is answered through a read-only path that writes no district's rows
  // but the caller's own (sessions, the audit log), and comparing every table around each of
  // the matrix's reads would make the test several times slower.
  const bool watched = !watched_district_.empty() && method != "GET" && IsSecondDistrictToken(token);
  const std::string before = watched ? RowsOfDistrict(watched_district_) : "";
  HttpResponse response = api_->Handle(r);
  if (watched && RowsOfDistrict(watched_district_) != before)
    cross_district_changes_.push_back(method + " " + target + " → " + std::to_string(response.status));
  LogExchange(r, response);
  return response;
}

void ApiTest::AddSecondDistrict() {
  Status built = BuildDistrict(*db_, clock_, kSecondDistrict);
  ASSERT_TRUE(built.ok()) << built.ToString();
  ASSERT_TRUE(api_->Reload().ok());
}

bool ApiTest::IsSecondDistrictToken(const std::string& token) const {
  if (token.empty()) return false;
  for (const auto& [username, held] : tokens_)
    if (held == token) return username.rfind(kSecondDistrict.username_prefix, 0) == 0;
  return false;
}

std::string ApiTest::RowsOfDistrict(const std::string& district) {
  if (district_tables_.empty()) {
    auto tables = db_->Query(db_->dialect() == store::Dialect::kSqlite
                                 ? "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                                   "WHERE m.type = 'table' AND p.name = 'district_code' ORDER BY 1"
                                 : "SELECT table_name FROM information_schema.columns WHERE column_name = "
                                   "'district_code' AND table_schema = current_schema() ORDER BY 1");
    EXPECT_TRUE(tables.ok() && !tables->empty());
    if (tables.ok())
      for (const store::Row& t : *tables) district_tables_.push_back(t.Text(0));
  }
  std::string all;
  for (const std::string& table : district_tables_) {
    auto rows = db_->Query("SELECT * FROM " + table + " WHERE district_code = ?", {district});
    EXPECT_TRUE(rows.ok()) << table;
    if (!rows.ok()) continue;
    std::vector<std::string> lines;  // sorted: the tables differ in their keys
    for (const store::Row& row : *rows) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) line += row.Text(i) + row.Bytes(i) + '\x1f';
      lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
    all += table + '\n';
    for (const std::string& line : lines) all += line + '\n';
  }
  return all;
}

std::string ApiTest::TokenOf(const std::string& username) {
  auto it = tokens_.find(username);
  if (it != tokens_.end()) return it->second;
  HttpResponse r = Request("POST", "/api/v1/auth/sign-in",
                           nlohmann::json{{"username", username}, {"password", kPassword}}.dump());
  EXPECT_EQ(r.status, 200) << username << ": " << r.body;
  std::string token = r.status == 200 ? Json(r)["token"].get<std::string>() : "";
  tokens_[username] = token;
  return token;
}

HttpResponse ApiTest::As(const std::string& username, const std::string& method, const std::string& target,
                         const nlohmann::json& body) {
  return Request(method, target, body.is_null() ? "" : body.dump(),
                 username.empty() ? "" : TokenOf(username));
}

std::int64_t ApiTest::FileCase(const std::string& reporter, geo::LonLat where) {
  HttpResponse r = As(reporter, "POST", "/api/v1/cases",
                      {{"item_code", "A01-001"},
                       {"title", case_title_},
                       {"lon", where.lon},
                       {"lat", where.lat},
                       {"reporter_name", "张三"},
                       {"reporter_phone", "13839019598"},
                       {"for_other_person", true}});
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? Json(r)["id"].get<std::int64_t>() : 0;
}

void ApiTest::StoreClassifier() {
  auto model =
      classify::Classifier::Train(classify::testing::SyntheticData().train, classify::TrainOptions{});
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  classify::ModelFacts facts;
  facts.training_rows = static_cast<int>(classify::testing::SyntheticData().train.size());
  auto stored = classify::StoreModel(*db_, "411002", *model, facts, clock_.Now());
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
}

void ApiTest::UseOptions(ApiOptions options) {
  if (options.workflows.empty()) {
    auto workflows = LoadModuleWorkflows(testing::SourceDir() + "/config/workflows");
    ASSERT_TRUE(workflows.ok()) << workflows.status().ToString();
    options.workflows = std::move(workflows).value();
  }
  if (!options.notices) {
    auto notices = notify::NoticeRules::Load(testing::SourceDir() + "/config/notices.toml");
    ASSERT_TRUE(notices.ok()) << notices.status().ToString();
    options.notices = std::make_shared<const notify::NoticeRules>(std::move(notices).value());
  }
  api_ = std::make_unique<Api>(*pool_, clock_, *calendar_, *workflow_, "411002", std::move(options));
  ASSERT_TRUE(api_->Reload().ok());
}

std::int64_t ApiTest::CountCases() { return db_->Query("SELECT COUNT(*) FROM cases")->at(0).Int(0); }

nlohmann::json ApiTest::Json(const HttpResponse& r) { return nlohmann::json::parse(r.body, nullptr, false); }

}  // namespace sanwang::api
