#include "notify/daily_digest.h"

#include <chrono>
#include <optional>

#include "cases/dashboard.h"
#include "notify/outbox.h"
#include "notify/store/due_warning_repository.h"
#include "notify/store/recipient_repository.h"
#include "org/roles.h"

namespace sanwang::notify {
namespace {

int DayKey(LocalDate d) {
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}

// "12月6日": the day a digest is about.
std::string DayText(LocalDate d) {
  return std::to_string(static_cast<unsigned>(d.month())) + "月" +
         std::to_string(static_cast<unsigned>(d.day())) + "日";
}

Result<NoticeValues> FiguresOf(store::Database& db, const org::OrgDirectory& org,
                               const cases::Workflow& workflow, const store::UnitRecord& area, LocalDate day,
                               UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(cases::DayPeriod period, cases::MakePeriod(day, day));
  SW_ASSIGN_OR_RETURN(cases::Dashboard board, cases::BuildDashboard(db, org, workflow, area, period, now));
  cases::DayRow yesterday;
  if (!board.by_day.empty()) yesterday = board.by_day.front();
  return NoticeValues{{"day", DayText(day)},
                      {"day_en", FormatDate(day)},
                      {"area", area.name},
                      {"created", std::to_string(yesterday.created)},
                      {"resolved", std::to_string(yesterday.resolved)},
                      {"missed", std::to_string(yesterday.deadlines_missed)},
                      {"open", std::to_string(board.open_now)},
                      {"overdue", std::to_string(board.overdue_now)}};
}

Status Send(store::Database& db, const std::vector<const NoticeRule*>& rules, const std::string& district,
            store::Id user, const NoticeValues& values, UnixSeconds now) {
  store::NoticeRecord about;
  about.district_code = district;
  about.link = kDigestLink;
  about.created_at = now;
  return DeliverToEach(db, rules, values, {user}, std::nullopt, about);
}

}  // namespace

Result<int> SendDailyDigests(store::Database& db, const org::OrgDirectory& org,
                             const cases::Workflow& workflow, const NoticeRules& rules,
                             const std::string& district_code, UnixSeconds now) {
  const auto digest_rules = rules.ForDigest("daily");
  if (digest_rules.empty() || LocalSecondOfDay(now) < kDigestHour * 3600) return 0;
  const LocalDate today = LocalDateOf(now);
  const LocalDate yesterday{std::chrono::sys_days(today) - std::chrono::days(1)};
  // Leaders belong to the district (org/roles.h), and hear of the whole of it.
  const auto districts = org.OfKind("district");
  if (districts.empty()) return 0;
  const store::UnitRecord* area = districts.front();
  SW_ASSIGN_OR_RETURN(auto leaders,
                      store::RecipientRepository(db).EnabledOfRole(district_code, org::kLeader));
  store::DueWarningRepository sent(db);
  // The district's figures are the same for every leader: read once, when the first is due.
  std::optional<NoticeValues> values;
  int count = 0;
  for (store::Id user : leaders) {
    SW_ASSIGN_OR_RETURN(bool fresh, sent.MarkDigestIfNew(user, DayKey(today), now));
    if (!fresh) continue;
    if (!values) {
      SW_ASSIGN_OR_RETURN(values, FiguresOf(db, org, workflow, *area, yesterday, now));
    }
    SW_RETURN_IF_ERROR(Send(db, digest_rules, district_code, user, *values, now));
    ++count;
  }
  return count;
}

}  // namespace sanwang::notify
