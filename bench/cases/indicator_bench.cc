// indicator_bench: how long the indicator queries take on a year of a district's cases,
// with and without the `case_monthly_stats` summary table, on SQLite or PostgreSQL.
//
// In an empty database it builds the Weidu District demo (real sub-districts and
// communities, 624 generated grids, the catalog, the accounts), then files N synthetic
// cases in their final states over the last 365 days through CaseRepository::Insert,
// which keeps the summary table in step exactly as every case change does (the fill is
// identical on both engines: fixed seed). After ANALYZE it checks that the summary table
// and a GROUP BY over `cases` give the same figures for every community and month, then
// times each query R times after one untimed run:
//   (a) cases::ComputeIndicators for every community by month over the last 12 months:
//       the product's query, reading the summary table;
//   (b) the same figures from one GROUP BY over `cases`: the baseline without the table;
//   (c) cases::ComputeIndicators for one community's 12 months: the drill-down.
// It prints the fill time and rate, the minimum and median milliseconds of each query and
// the ratio (b)/(a). Progress goes to standard error, the report to standard output; an
// error is one line on standard error and exit status 1.
//
//   indicator_bench --db URL --cases N [--home DIR] [--repeat R]
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <span>

#include "baseline_indicators.h"
#include "cases/indicators.h"
#include "cli/context.h"
#include "cli/demo_district.h"
#include "core/log.h"
#include "store/case_repository.h"
#include "store/org_repository.h"
#include "synthetic_cases.h"

namespace sanwang::bench {
namespace {

constexpr int kBatch = 5000;  // cases per transaction
constexpr int kProgressEvery = 50'000;
constexpr int kDays = 365;
constexpr int kMonths = 12;
constexpr unsigned kSeed = 20261129;

using SteadyClock = std::chrono::steady_clock;

struct Options {
  std::string db;
  int cases = 0;
  std::string home;
  int repeat = 20;
};

struct MonthRange {
  int from = 0;  // 202512
  int to = 0;    // 202611
};

// What the queries ask about: every community, the last twelve months, one community.
struct Subject {
  std::vector<store::Id> communities;
  MonthRange months;
  const store::UnitRecord* drill_down = nullptr;
};

struct FillResult {
  int cases = 0;
  double seconds = 0;
};

struct Timing {
  std::size_t rows = 0;
  double min_ms = 0;
  double median_ms = 0;
};

struct Timings {
  Timing all_communities;
  Timing from_cases;
  Timing one_community;
};

using IndicatorQuery = std::function<Result<std::vector<cases::Indicators>>()>;

double SecondsSince(SteadyClock::time_point start) {
  return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// The `months` month keys ending with the month of `now`.
MonthRange LastMonths(UnixSeconds now, int months) {
  const int to = LocalMonthKey(now);
  int year = to / 100;
  int month = to % 100 - (months - 1);
  while (month < 1) {
    month += 12;
    --year;
  }
  return {year * 100 + month, to};
}

Result<std::unique_ptr<cli::Context>> OpenEmpty(const Options& o) {
  Config config;
  config.db_url = o.db;
  config.home = o.home.empty() ? DefaultHome() : std::filesystem::path(o.home);
  SW_ASSIGN_OR_RETURN(auto ctx, cli::Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto grids, store::OrgRepository(ctx->db()).ListByKind(config.district_code, "grid"));
  if (!grids.empty()) return FailedPrecondition("the database already holds a district; give an empty one");
  return ctx;
}

Status FileBatch(store::CaseRepository& repo, SyntheticCaseMaker& maker, std::span<const UnixSeconds> times) {
  for (UnixSeconds at : times) {
    SyntheticCase made = maker.Make(at);
    SW_ASSIGN_OR_RETURN(store::CaseChange filed,
                        repo.Insert(std::move(made.record), std::move(made.first_event)));
    maker.Filed(filed.updated);
  }
  return Status::Ok();
}

void PrintProgress(int done, int count, double seconds, double window_seconds) {
  std::cerr << fmt::format("filled {}/{} cases in {:.1f} s: {:.0f} cases/s (last {}: {:.0f} cases/s)\n", done,
                           count, seconds, done / seconds, kProgressEvery, kProgressEvery / window_seconds);
}

Result<FillResult> Fill(cli::Context& ctx, SyntheticCaseMaker& maker, int count) {
  store::CaseRepository repo(ctx.db());
  const std::vector<UnixSeconds> times = maker.ReportTimes(count, kDays);
  const auto start = SteadyClock::now();
  auto window_start = start;
  for (int done = 0; done < count;) {
    const int batch = std::min(kBatch, count - done);
    std::span<const UnixSeconds> slice(times.data() + done, static_cast<std::size_t>(batch));
    SW_RETURN_IF_ERROR(ctx.db().InTransaction([&] { return FileBatch(repo, maker, slice); }));
    done += batch;
    if (done % kProgressEvery == 0) {
      PrintProgress(done, count, SecondsSince(start), SecondsSince(window_start));
      window_start = SteadyClock::now();
    }
  }
  return FillResult{count, SecondsSince(start)};
}

Subject SubjectOf(const cli::Context& ctx, UnixSeconds now) {
  Subject s;
  const auto communities = ctx.org().OfKind("community");
  for (const store::UnitRecord* c : communities) s.communities.push_back(c->id);
  s.months = LastMonths(now, kMonths);
  if (!communities.empty()) s.drill_down = communities[communities.size() / 2];
  return s;
}

// (a) and (b) must give the same numbers: the raw counters, then the indicators.
Status CheckAgreement(cli::Context& ctx, const Subject& s) {
  store::CaseRepository repo(ctx.db());
  const std::string& district = ctx.config().district_code;
  SW_ASSIGN_OR_RETURN(auto table, repo.MonthlyCounters(s.communities, s.months.from, s.months.to));
  SW_ASSIGN_OR_RETURN(auto direct,
                      CommunityCountersFromCases(ctx.db(), district, s.months.from, s.months.to));
  SW_RETURN_IF_ERROR(CompareCounters(table, direct, std::cerr));
  SW_ASSIGN_OR_RETURN(auto a, cases::ComputeIndicators(repo, s.communities, s.months.from, s.months.to,
                                                       cases::Grouping::kPerUnitMonth));
  SW_ASSIGN_OR_RETURN(auto b, CommunityIndicatorsFromCases(ctx.db(), district, s.months.from, s.months.to));
  SW_RETURN_IF_ERROR(CompareIndicators(a, b, std::cerr));
  std::cerr << "check: the summary table and the cases table agree on all " << table.size()
            << " community-months\n";
  return Status::Ok();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Result<Timing> Time(int repeat, const IndicatorQuery& query) {
  SW_RETURN_IF_ERROR(query().status());  // warm-up, not timed
  std::vector<double> ms;
  Timing t;
  for (int i = 0; i < repeat; ++i) {
    const auto start = SteadyClock::now();
    SW_ASSIGN_OR_RETURN(auto rows, query());
    ms.push_back(SecondsSince(start) * 1000);
    t.rows = rows.size();
  }
  t.min_ms = *std::min_element(ms.begin(), ms.end());
  t.median_ms = Median(ms);
  return t;
}

Result<Timings> TimeQueries(cli::Context& ctx, const Subject& s, int repeat) {
  store::CaseRepository repo(ctx.db());
  const std::string& district = ctx.config().district_code;
  const MonthRange m = s.months;
  const std::vector<store::Id> one = {s.drill_down->id};
  Timings t;
  SW_ASSIGN_OR_RETURN(t.all_communities, Time(repeat, [&] {
                        return cases::ComputeIndicators(repo, s.communities, m.from, m.to,
                                                        cases::Grouping::kPerUnitMonth);
                      }));
  SW_ASSIGN_OR_RETURN(t.from_cases, Time(repeat, [&] {
                        return CommunityIndicatorsFromCases(ctx.db(), district, m.from, m.to);
                      }));
  SW_ASSIGN_OR_RETURN(t.one_community, Time(repeat, [&] {
                        return cases::ComputeIndicators(repo, one, m.from, m.to,
                                                        cases::Grouping::kPerUnitMonth);
                      }));
  return t;
}

std::string BackendName(store::Dialect d) { return d == store::Dialect::kSqlite ? "sqlite" : "postgresql"; }

void PrintTiming(const char* label, const Timing& t) {
  fmt::print("{:<52} {:>6} {:>10.3f} {:>10.3f}\n", label, t.rows, t.min_ms, t.median_ms);
}

void PrintReport(cli::Context& ctx, const Subject& s, const FillResult& fill, const Timings& t, int repeat) {
  fmt::print("backend {}, {} cases, {} communities, months {}-{}, {} repetitions\n",
             BackendName(ctx.db().dialect()), fill.cases, s.communities.size(), s.months.from, s.months.to,
             repeat);
  fmt::print("fill: {:.1f} s, {:.0f} cases/s\n", fill.seconds, fill.cases / fill.seconds);
  fmt::print("{:<52} {:>6} {:>10} {:>10}\n", "query", "rows", "min ms", "median ms");
  PrintTiming("(a) ComputeIndicators, every community by month", t.all_communities);
  PrintTiming("(b) GROUP BY over cases (no summary table)", t.from_cases);
  const std::string drill = "(c) ComputeIndicators, one community (" + s.drill_down->code + ")";
  PrintTiming(drill.c_str(), t.one_community);
  fmt::print("(b)/(a): {:.0f}x at the median, {:.0f}x at the minimum\n",
             t.from_cases.median_ms / t.all_communities.median_ms,
             t.from_cases.min_ms / t.all_communities.min_ms);
}

Status Run(const Options& o) {
  SW_RETURN_IF_ERROR(InitLogging("warn"));
  SW_ASSIGN_OR_RETURN(auto ctx, OpenEmpty(o));
  SW_ASSIGN_OR_RETURN(std::vector<cli::DemoGrid> grids, cli::BuildDemoDistrict(*ctx, cli::DemoFootprint{}));
  SW_RETURN_IF_ERROR(ctx->LoadDomain(ctx->clock()));
  const UnixSeconds now = ctx->clock().Now();
  SW_ASSIGN_OR_RETURN(District district, LoadDistrict(*ctx, grids));
  SyntheticCaseMaker maker(std::move(district), now, kSeed);
  SW_ASSIGN_OR_RETURN(FillResult fill, Fill(*ctx, maker, o.cases));
  SW_RETURN_IF_ERROR(ctx->db().Execute("ANALYZE").status());
  const Subject subject = SubjectOf(*ctx, now);
  if (subject.drill_down == nullptr) return FailedPrecondition("the demo district has no communities");
  SW_RETURN_IF_ERROR(CheckAgreement(*ctx, subject));
  SW_ASSIGN_OR_RETURN(Timings timings, TimeQueries(*ctx, subject, o.repeat));
  PrintReport(*ctx, subject, fill, timings, o.repeat);
  return Status::Ok();
}

}  // namespace
}  // namespace sanwang::bench

int main(int argc, char** argv) {
  sanwang::bench::Options o;
  CLI::App app{"Times the indicator queries on N synthetic cases (bench/README.md)"};
  app.add_option("--db", o.db, "database URL of an empty database: sqlite:PATH or postgresql://…")
      ->required();
  app.add_option("--cases", o.cases, "how many cases to fill")->required()->check(CLI::Range(1, 10'000'000));
  app.add_option("--home", o.home,
                 "folder holding config/ and data/ (default $SANWANG_HOME or the source tree)");
  app.add_option("--repeat", o.repeat, "timed runs of each query (default 20)")->check(CLI::Range(1, 10'000));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  const sanwang::Status status = sanwang::bench::Run(o);
  if (!status.ok()) {
    std::cerr << "indicator_bench: " << status.ToString() << "\n";
    return 1;
  }
  return 0;
}
