#include "governance/supervision.h"

#include <chrono>
#include <limits>
#include <map>
#include <set>

#include "core/text.h"
#include "governance/ledger_access.h"
#include "notify/ledger_notices.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxText = 4000;
constexpr std::int64_t kEverything = std::numeric_limits<std::int32_t>::max();

// The states in which the milestone waits on its own unit (a transition of scope "unit"
// starts there): only then can the unit be told to hurry. A milestone awaiting acceptance
// waits on the office, not the unit.
std::set<std::string> StatesWaitingOnTheUnit(const cases::Workflow& workflow) {
  std::set<std::string> out;
  for (const cases::Transition& tr : workflow.transitions()) {
    if (tr.scope != cases::Scope::kUnit) continue;
    for (const std::string& s : tr.from) out.insert(s);
  }
  return out;
}

LocalDate AddWorkingDays(const WorkingCalendar& calendar, LocalDate from, int days) {
  auto day = std::chrono::sys_days{from};
  for (int counted = 0; counted < days;) {
    day += std::chrono::days{1};
    if (calendar.IsWorkday(LocalDate{day})) ++counted;
  }
  return LocalDate{day};
}

// Why the milestone needs supervision today, if it does. A notice the office issued by
// hand stands for as long as the milestone is with its unit.
std::optional<std::string> ReasonFor(const std::set<std::string>& waiting,
                                     const store::LedgerMilestoneRecord& m, const std::string& today,
                                     const std::string& horizon, const std::string& standing_reason = "") {
  if (!waiting.count(m.state)) return std::nullopt;
  if (standing_reason == "office") return standing_reason;
  if (m.due_on < today) return "overdue";
  if (!m.reported_at && m.due_on <= horizon) return "no_progress";
  return std::nullopt;
}

bool MayAnswer(const Ledger& ledger, const store::SupervisionNoticeRecord& n) {
  const cases::Actor& a = ledger.actor;
  bool unit_staff = org::InSet(org::StaffRoles(), a.role) && a.unit_id == n.unit_id;
  bool leader = a.user_id && n.leader_id == a.user_id;
  return unit_staff || leader;
}

Status RecordOnMilestone(const Ledger& ledger, const store::LedgerMilestoneRecord& m,
                         const std::string& action, const std::string& note) {
  store::LedgerEventRecord event;
  event.district_code = ledger.district();
  event.milestone_id = m.id;
  event.at = ledger.clock.Now();
  event.user_id = ledger.actor.user_id;
  event.role = ledger.actor.role;
  event.action = action;
  event.from_state = m.state;
  event.to_state = m.state;
  event.note = note;
  return store::LedgerRepository(ledger.db).AppendEvent(event);
}

// The milestone's responsible unit and leader hear of the notice (notify/ledger_notices.h).
Status TellResponsible(const Ledger& ledger, const store::LedgerMilestoneRecord& m,
                       const store::SupervisionNoticeRecord& n) {
  if (ledger.notices == nullptr) return Status::Ok();
  notify::SupervisionOpened opened;
  opened.district_code = ledger.district();
  opened.unit_id = n.unit_id;
  opened.leader_id = n.leader_id;
  opened.milestone = m.name;
  opened.due_on = m.due_on;
  opened.level = LevelLabel(n.level);
  opened.reason = ReasonLabel(n.reason);
  opened.note = n.note;
  return notify::TellOfSupervision(ledger.db, *ledger.notices, opened, ledger.actor, ledger.clock.Now());
}

struct Opening {
  std::int64_t level = kReminder;
  std::string reason;
  std::string note;
  std::optional<store::Id> previous_id;
};

Result<store::SupervisionNoticeRecord> Open(const Ledger& ledger, const SupervisionPolicy& policy,
                                            const store::LedgerMilestoneRecord& m, const Opening& opening) {
  const UnixSeconds now = ledger.clock.Now();
  store::SupervisionNoticeRecord n;
  n.district_code = ledger.district();
  n.milestone_id = m.id;
  n.level = opening.level;
  n.reason = opening.reason;
  n.note = opening.note;
  n.unit_id = m.unit_id;
  n.leader_id = m.leader_id;
  n.opened_at = now;
  n.opened_by = ledger.actor.user_id;
  n.answer_by = ledger.calendar.AddWorkingHours(now, policy.answer_within_working_hours);
  n.previous_id = opening.previous_id;
  n.demo = m.demo;
  std::string text = LevelLabel(n.level) + "：" + ReasonLabel(n.reason);
  if (!opening.note.empty()) text += "。" + opening.note;
  SW_RETURN_IF_ERROR(RecordOnMilestone(ledger, m, "supervise", text));
  SW_ASSIGN_OR_RETURN(store::SupervisionNoticeRecord opened,
                      store::SupervisionRepository(ledger.db).Insert(std::move(n)));
  SW_RETURN_IF_ERROR(TellResponsible(ledger, m, opened));
  return opened;
}

Result<store::SupervisionNoticeRecord> Raise(const Ledger& ledger, const SupervisionPolicy& policy,
                                             const store::LedgerMilestoneRecord& m,
                                             const store::SupervisionNoticeRecord& notice,
                                             const std::string& note) {
  SW_RETURN_IF_ERROR(
      store::SupervisionRepository(ledger.db).Close(notice.id, ledger.clock.Now(), "escalated"));
  return Open(ledger, policy, m, {notice.level + 1, notice.reason, note, notice.id});
}

// Which units' notices the caller sees: none (nullopt) for a caller who sees none, every
// unit (an empty set) for the district's roles.
Result<std::optional<std::set<store::Id>>> UnitsInSight(const Ledger& ledger, const std::string& unit_code) {
  SW_RETURN_IF_ERROR(MayReadLedger(ledger.actor));
  if (!unit_code.empty()) {
    const store::UnitRecord* unit = ledger.org.FindByCode(unit_code);
    if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + unit_code + "'", "unit");
    if (!SeesLedgerOf(ledger.org, ledger.actor, unit->id)) {
      return PermissionDenied("无权查看该单位的督办单 you may not read the notices of " + unit->code);
    }
    return std::optional<std::set<store::Id>>(UnitsAtOrBelow(ledger.org, unit->id));
  }
  if (org::ScopeKindOf(ledger.actor.role) == "district")
    return std::optional<std::set<store::Id>>(std::set<store::Id>{});
  if (!ledger.actor.unit_id) return std::optional<std::set<store::Id>>();
  return std::optional<std::set<store::Id>>(UnitsAtOrBelow(ledger.org, *ledger.actor.unit_id));
}

}  // namespace

std::string LevelLabel(std::int64_t level) {
  switch (level) {
    case kReminder:
      return "提醒 Reminder";
    case kSupervision:
      return "督办 Supervision";
    case kAccountability:
      return "约谈问责 Interview and accountability";
    default:
      return std::to_string(level);
  }
}

std::string ReasonLabel(const std::string& reason) {
  if (reason == "overdue") return "逾期未完成 Past due";
  if (reason == "no_progress") return "临近到期未报进度 Due soon with no progress reported";
  if (reason == "office") return "督察室交办 Issued by the supervision office";
  return reason;
}

Result<SupervisionSweep> Supervise(const Ledger& ledger, const SupervisionPolicy& policy) {
  const std::set<std::string> waiting = StatesWaitingOnTheUnit(ledger.workflow);
  const LocalDate today = ledger.today();
  const std::string today_text = FormatDate(today);
  const std::string horizon =
      FormatDate(AddWorkingDays(ledger.calendar, today, policy.due_soon_working_days));
  store::MilestoneQuery due;
  due.district_code = ledger.district();
  due.states = waiting;
  due.due_to = horizon;
  due.limit = kEverything;
  store::NoticeQuery active;
  active.district_code = ledger.district();
  active.active_only = true;
  active.limit = kEverything;
  SupervisionSweep swept;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto candidates, store::LedgerRepository(ledger.db).Milestones(due));
    SW_ASSIGN_OR_RETURN(auto notices, store::SupervisionRepository(ledger.db).List(active));
    std::map<store::Id, const store::LedgerMilestoneRecord*> by_id;
    for (const auto& m : candidates) by_id[m.id] = &m;
    // A notice issued by hand may concern a milestone not yet due: read those too.
    std::vector<store::LedgerMilestoneRecord> issued;
    issued.reserve(notices.size());
    for (const auto& notice : notices) {
      if (by_id.count(notice.milestone_id)) continue;
      SW_ASSIGN_OR_RETURN(auto m, store::LedgerRepository(ledger.db).GetMilestone(notice.milestone_id));
      issued.push_back(std::move(m));
    }
    for (const auto& m : issued) by_id[m.id] = &m;
    std::set<store::Id> supervised;
    const UnixSeconds now = ledger.clock.Now();
    for (const auto& notice : notices) {
      auto found = by_id.find(notice.milestone_id);
      auto reason = found == by_id.end()
                        ? std::nullopt
                        : ReasonFor(waiting, *found->second, today_text, horizon, notice.reason);
      if (!reason) {
        SW_RETURN_IF_ERROR(store::SupervisionRepository(ledger.db).Close(notice.id, now, "resolved"));
        ++swept.resolved;
        continue;
      }
      supervised.insert(notice.milestone_id);
      if (notice.answered_at || now < notice.answer_by || notice.level >= kAccountability) continue;
      SW_RETURN_IF_ERROR(Raise(ledger, policy, *found->second, notice, "").status());
      ++swept.escalated;
    }
    for (const auto& m : candidates) {
      if (supervised.count(m.id)) continue;
      auto reason = ReasonFor(waiting, m, today_text, horizon);
      if (!reason) continue;
      SW_RETURN_IF_ERROR(Open(ledger, policy, m, {kReminder, *reason, "", std::nullopt}).status());
      ++swept.opened;
    }
    return Status::Ok();
  }));
  return swept;
}

Result<NoticePage> ListNotices(const Ledger& ledger, const NoticeFilter& filter) {
  SW_ASSIGN_OR_RETURN(auto units, UnitsInSight(ledger, filter.unit_code));
  if (!units) return NoticePage{};
  store::NoticeQuery q;
  q.district_code = ledger.district();
  q.active_only = filter.active_only;
  q.unit_ids = *units;
  q.limit = filter.limit;
  q.offset = filter.offset;
  if (filter.level) {
    if (*filter.level < kReminder || *filter.level > kAccountability) {
      return InvalidArgument("督办级别应为 1、2 或 3 level must be 1, 2 or 3", "level");
    }
    q.level = filter.level;
  }
  if (filter.milestone_id) q.milestone_ids = {*filter.milestone_id};
  if (!filter.leader_username.empty()) {
    SW_ASSIGN_OR_RETURN(auto leader, store::UserRepository(ledger.db).FindByUsername(filter.leader_username));
    if (!leader || leader->district_code != ledger.district()) {
      return InvalidArgument("没有该账号 no account '" + filter.leader_username + "'", "leader");
    }
    q.leader_id = leader->id;
  }
  store::SupervisionRepository repo(ledger.db);
  NoticePage page;
  SW_ASSIGN_OR_RETURN(page.items, repo.List(q));
  SW_ASSIGN_OR_RETURN(page.total, repo.Count(q));
  return page;
}

Result<store::SupervisionNoticeRecord> FindNotice(const Ledger& ledger, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadLedger(ledger.actor));
  auto n = store::SupervisionRepository(ledger.db).Get(id);
  if (!n.ok() || n->district_code != ledger.district() ||
      !(SeesLedgerOf(ledger.org, ledger.actor, n->unit_id) || MayAnswer(ledger, *n))) {
    return NotFound("督办单不存在 no such supervision notice");
  }
  return n;
}

Result<store::SupervisionNoticeRecord> IssueNotice(const Ledger& ledger, store::Id milestone_id,
                                                   std::int64_t level, const std::string& note,
                                                   const SupervisionPolicy& policy) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_ASSIGN_OR_RETURN(auto milestone, FindMilestone(ledger, milestone_id));
  if (level < kReminder || level > kAccountability) {
    return InvalidArgument("督办级别应为 1、2 或 3 level must be 1, 2 or 3", "level");
  }
  SW_RETURN_IF_ERROR(CheckUserText(note, "note", kMaxText, true));
  if (!StatesWaitingOnTheUnit(ledger.workflow).count(milestone.state)) {
    return FailedPrecondition("该节点不在责任单位手中（" + milestone.state +
                              "），无需督办 the milestone is not with its unit (" + milestone.state + ")");
  }
  store::NoticeQuery active;
  active.district_code = ledger.district();
  active.active_only = true;
  active.milestone_ids = {milestone.id};
  SW_ASSIGN_OR_RETURN(std::int64_t open, store::SupervisionRepository(ledger.db).Count(active));
  if (open > 0) {
    return FailedPrecondition(
        "该节点已有未结督办单，请升级该督办单 the milestone has an active notice; escalate it");
  }
  store::SupervisionNoticeRecord issued;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(issued, Open(ledger, policy, milestone, {level, "office", note, std::nullopt}));
    return Status::Ok();
  }));
  return issued;
}

Result<store::SupervisionNoticeRecord> AnswerNotice(const Ledger& ledger, store::Id id,
                                                    const std::string& answer) {
  SW_ASSIGN_OR_RETURN(auto notice, FindNotice(ledger, id));
  if (!MayAnswer(ledger, notice)) {
    return PermissionDenied(
        "只有责任单位或责任领导可以答复督办单 only the responsible unit or leader may answer "
        "the notice");
  }
  if (notice.closed_at || notice.answered_at) {
    return FailedPrecondition("督办单已答复或已关闭 the supervision notice is answered or closed already");
  }
  SW_RETURN_IF_ERROR(CheckUserText(answer, "answer", kMaxText, true));
  SW_ASSIGN_OR_RETURN(auto milestone, store::LedgerRepository(ledger.db).GetMilestone(notice.milestone_id));
  store::SupervisionRepository repo(ledger.db);
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(repo.Answer(notice.id, ledger.clock.Now(), *ledger.actor.user_id, answer));
    return RecordOnMilestone(ledger, milestone, "answer_notice", LevelLabel(notice.level) + "：" + answer);
  }));
  return repo.Get(notice.id);
}

Result<store::SupervisionNoticeRecord> EscalateNotice(const Ledger& ledger, store::Id id,
                                                      const std::string& note,
                                                      const SupervisionPolicy& policy) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_ASSIGN_OR_RETURN(auto notice, FindNotice(ledger, id));
  if (notice.closed_at) return FailedPrecondition("督办单已关闭 the supervision notice is closed already");
  if (notice.level >= kAccountability) {
    return FailedPrecondition("督办单已是最高级别 the notice is at the highest level already");
  }
  SW_RETURN_IF_ERROR(CheckUserText(note, "note", kMaxText, true));
  SW_ASSIGN_OR_RETURN(auto milestone, store::LedgerRepository(ledger.db).GetMilestone(notice.milestone_id));
  store::SupervisionNoticeRecord raised;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(raised, Raise(ledger, policy, milestone, notice, note));
    return Status::Ok();
  }));
  return raised;
}

std::vector<std::string> AllowedNoticeActions(const Ledger& ledger,
                                              const store::SupervisionNoticeRecord& notice) {
  std::vector<std::string> out;
  if (notice.closed_at) return out;
  if (!notice.answered_at && MayAnswer(ledger, notice)) out.push_back("answer");
  if (notice.level < kAccountability && MayPlanLedger(ledger.actor).ok()) out.push_back("escalate");
  return out;
}

Result<AccountabilityPage> AccountabilityList(const Ledger& ledger, std::int64_t limit, std::int64_t offset) {
  LedgerFilter late;
  late.overdue = true;
  late.limit = limit;
  late.offset = offset;
  SW_ASSIGN_OR_RETURN(MilestonePage milestones, ListMilestones(ledger, late));
  AccountabilityPage page;
  page.total = milestones.total;
  if (milestones.items.empty()) return page;
  store::NoticeQuery q;
  q.district_code = ledger.district();
  q.limit = kEverything;
  for (const auto& m : milestones.items) q.milestone_ids.insert(m.id);
  SW_ASSIGN_OR_RETURN(auto notices, store::SupervisionRepository(ledger.db).List(q));
  std::map<store::Id, std::vector<store::SupervisionNoticeRecord>> of;
  for (auto it = notices.rbegin(); it != notices.rend(); ++it) of[it->milestone_id].push_back(*it);
  const auto today = std::chrono::sys_days{ledger.today()};
  for (auto& m : milestones.items) {
    AccountabilityRow row;
    auto day = std::chrono::sys_days{*ParseDate(m.due_on)};
    for (day += std::chrono::days{1}; day <= today; day += std::chrono::days{1}) {
      if (ledger.calendar.IsWorkday(LocalDate{day})) ++row.working_days_late;
    }
    row.notices = std::move(of[m.id]);
    row.milestone = std::move(m);
    page.items.push_back(std::move(row));
  }
  return page;
}

}  // namespace sanwang::governance
