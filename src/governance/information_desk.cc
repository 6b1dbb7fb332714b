#include "governance/information_desk.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "classify/text_similarity.h"
#include "core/text.h"
#include "governance/information_access.h"
#include "governance/ledger_access.h"

namespace sanwang::governance {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr std::int64_t kMaxCompared = 5000;
constexpr std::size_t kMaxNote = 2000;
constexpr std::size_t kMaxAuthor = 50;

Status CheckText(const InformationDesk& desk, const InformationText& text) {
  SW_RETURN_IF_ERROR(
      FindInformationCategory(desk.db, desk.district(), text.category_code, "category").status());
  SW_RETURN_IF_ERROR(CheckUserText(text.title, "title", kMaxInformationTitle, true));
  return CheckUserText(text.body, "body", kMaxInformationBody, true);
}

std::string Comparable(const std::string& title, const std::string& body) { return title + "\n" + body; }

// The most alike item of the lookback window (other than `item` itself), when alike enough.
Status FlagSimilar(const InformationDesk& desk, store::InformationItemRecord& item) {
  item.similar_item_id.reset();
  item.similarity_percent = 0;
  const UnixSeconds now = desk.clock.Now();
  SW_ASSIGN_OR_RETURN(auto recent, store::InformationRepository(desk.db).RecentItems(
                                       desk.district(), now - kInformationLookbackDays * kSecondsPerDay,
                                       now + 1, {kWithdrawnState}, kMaxCompared));
  const auto grams = classify::CharacterBigrams(Comparable(item.title, item.body));
  for (const auto& other : recent) {
    if (other.id == item.id) continue;
    auto percent = static_cast<std::int64_t>(
        std::lround(100.0 * classify::BigramSimilarity(
                                grams, classify::CharacterBigrams(Comparable(other.title, other.body)))));
    if (percent >= kSimilarPercent && percent > item.similarity_percent) {
      item.similar_item_id = other.id;
      item.similarity_percent = percent;
    }
  }
  return Status::Ok();
}

store::InformationEventRecord EventOf(const InformationDesk& desk, const std::string& action,
                                      const std::string& from, const std::string& to) {
  store::InformationEventRecord e;
  e.at = desk.clock.Now();
  e.user_id = desk.actor.user_id;
  e.role = desk.actor.role;
  e.action = action;
  e.from_state = from;
  e.to_state = to;
  return e;
}

Status CheckTransition(const InformationDesk& desk, const cases::Transition* tr,
                       const store::InformationItemRecord& item, const InformationAction& action) {
  if (tr == nullptr) {
    return FailedPrecondition("当前状态不允许此操作 the item's state (" + item.state + ") does not allow '" +
                              action.action + "'");
  }
  if (!tr->AllowsRole(desk.actor.role) || !InItemScope(*tr, desk.actor, item)) {
    return PermissionDenied("无权对该信息" + tr->label + " you may not take '" + tr->action +
                            "' on this item");
  }
  return CheckUserText(action.note, "note", kMaxNote, tr->note_required);
}

// Adopting at a level the item has not reached: a later adoption is a higher level's.
Result<store::InformationAdoptionRecord> Adoption(const InformationDesk& desk,
                                                  store::InformationItemRecord& item,
                                                  const std::string& level_code) {
  if (level_code.empty()) return InvalidArgument("请选择采用级别 choose the level", "level");
  SW_ASSIGN_OR_RETURN(InformationLevel level,
                      FindInformationLevel(desk.db, desk.district(), level_code, "level"));
  if (!item.level_code.empty()) {
    SW_ASSIGN_OR_RETURN(InformationLevel reached,
                        FindInformationLevel(desk.db, desk.district(), item.level_code, "level"));
    if (level.rank <= reached.rank) {
      return Status(ErrorCode::kConflict,
                    "该信息已在" + reached.name + "或更高级别采用 the item was adopted at " + reached.code +
                        " already; it may be adopted again only at a higher level",
                    "level");
    }
  }
  const UnixSeconds now = desk.clock.Now();
  item.level_code = level.code;
  item.points = std::max(item.points, level.points);
  if (!item.adopted_at) item.adopted_at = now;
  return store::InformationAdoptionRecord{item.id, level.code, level.points, now, desk.actor.user_id};
}

// Whether a level ranks above the one the item reached (any does before its first adoption):
// adopting again is only ever at a higher level. Read only for an adopted item.
bool HasLevelAbove(const InformationDesk& desk, const store::InformationItemRecord& item) {
  if (item.level_code.empty()) return true;
  auto levels = InformationLevels(desk.db, desk.district());
  if (!levels.ok()) return true;  // the move itself checks again and says why
  int reached = 0;
  for (const auto& l : *levels) {
    if (l.code == item.level_code) reached = l.rank;
  }
  return std::any_of(levels->begin(), levels->end(), [reached](const auto& l) { return l.rank > reached; });
}

}  // namespace

cases::EffectVocabulary InformationEffectNames() {
  static constexpr std::array<std::string_view, 5> kNames = {"adopt", "return", "decline", "resubmit",
                                                             "withdraw"};
  return kNames;
}

Status CheckInformationWorkflow(const cases::Workflow& workflow) {
  for (const char* state : {"adopted", kWithdrawnState}) {
    const cases::WorkflowState* s = workflow.FindState(state);
    if (s == nullptr || s->open) {
      return InvalidArgument(std::string("信息工作流程须有已关闭的状态 ") + state +
                                 " the information workflow needs the closed state " + state,
                             "workflow");
    }
  }
  return Status::Ok();
}

Result<store::InformationItemRecord> SubmitInformation(const InformationDesk& desk,
                                                       const NewInformationItem& item) {
  SW_RETURN_IF_ERROR(MaySubmitInformation(desk.actor));
  SW_RETURN_IF_ERROR(CheckText(desk, item.text));
  SW_RETURN_IF_ERROR(CheckUserText(item.author_name, "author_name", kMaxAuthor, true));
  const UnixSeconds now = desk.clock.Now();
  store::InformationItemRecord record;
  record.district_code = desk.district();
  record.unit_id = *desk.actor.unit_id;
  record.author_user_id = desk.actor.user_id;
  record.author_name = item.author_name;
  record.category_code = item.text.category_code;
  record.title = item.text.title;
  record.body = item.text.body;
  record.state = desk.workflow.initial();
  record.submitted_at = now;
  record.updated_at = now;
  SW_RETURN_IF_ERROR(FlagSimilar(desk, record));
  return store::InformationRepository(desk.db).InsertItem(record, EventOf(desk, "submit", "", record.state));
}

Result<store::InformationItemRecord> FindInformation(const InformationDesk& desk, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadInformation(desk.actor));
  auto item = store::InformationRepository(desk.db).GetItem(id);
  if (!item.ok() || item->district_code != desk.district() ||
      !SeesInformationOf(desk.org, desk.actor, item->unit_id)) {
    return NotFound("信息不存在 no such information item");
  }
  return item;
}

Result<InformationPage> ListInformation(const InformationDesk& desk, const InformationFilter& filter) {
  SW_RETURN_IF_ERROR(MayReadInformation(desk.actor));
  store::InformationQuery q;
  q.district_code = desk.district();
  if (!filter.unit_code.empty()) {
    const store::UnitRecord* unit = desk.org.FindByCode(filter.unit_code);
    if (unit == nullptr || !SeesInformationOf(desk.org, desk.actor, unit->id)) {
      return InvalidArgument("无此单位或不在查看范围内 no such unit in your sight", "unit");
    }
    q.unit_ids = UnitsAtOrBelow(desk.org, unit->id);
  } else if (org::ScopeKindOf(desk.actor.role) != "district") {
    if (!desk.actor.unit_id) return InformationPage{};
    q.unit_ids = UnitsAtOrBelow(desk.org, *desk.actor.unit_id);
  }
  if (!filter.state.empty()) {
    if (desk.workflow.FindState(filter.state) == nullptr) {
      return InvalidArgument("未知的状态 unknown state '" + filter.state + "'", "state");
    }
    q.states = {filter.state};
  }
  if (filter.to_review) {
    q.states = {desk.workflow.initial()};
    q.oldest_first = true;
  }
  if (!filter.category_code.empty()) {
    SW_RETURN_IF_ERROR(
        FindInformationCategory(desk.db, desk.district(), filter.category_code, "category").status());
    q.category_code = filter.category_code;
  }
  q.submitted_from = filter.submitted_from;
  q.submitted_to = filter.submitted_to;
  q.limit = filter.limit;
  q.offset = filter.offset;
  store::InformationRepository repo(desk.db);
  InformationPage page;
  SW_ASSIGN_OR_RETURN(page.items, repo.Items(q));
  SW_ASSIGN_OR_RETURN(page.total, repo.CountItems(q));
  return page;
}

Result<InformationHistory> InformationHistoryOf(const InformationDesk& desk, store::Id id) {
  SW_ASSIGN_OR_RETURN(auto item, FindInformation(desk, id));
  store::InformationRepository repo(desk.db);
  InformationHistory h;
  SW_ASSIGN_OR_RETURN(h.versions, repo.Versions(item.id));
  SW_ASSIGN_OR_RETURN(h.adoptions, repo.Adoptions(item.id));
  SW_ASSIGN_OR_RETURN(h.events, repo.Events(item.id));
  return h;
}

Result<store::InformationItemRecord> ActOnInformation(const InformationDesk& desk, store::Id id,
                                                      const InformationAction& action) {
  SW_ASSIGN_OR_RETURN(auto current, FindInformation(desk, id));
  const cases::Transition* tr = desk.workflow.Find(action.action, current.state);
  if (tr == nullptr && !desk.workflow.HasAction(action.action)) {
    return InvalidArgument("未知的操作 unknown action '" + action.action + "'", "action");
  }
  SW_RETURN_IF_ERROR(CheckTransition(desk, tr, current, action));
  store::InformationItemRecord changed = current;
  changed.state = tr->to.empty() ? current.state : tr->to;
  changed.updated_at = desk.clock.Now();
  store::InformationEventRecord event = EventOf(desk, tr->action, current.state, changed.state);
  event.item_id = current.id;
  event.note = action.note;
  std::optional<store::InformationAdoptionRecord> adoption;
  if (tr->effect_name == "adopt") {
    SW_ASSIGN_OR_RETURN(adoption, Adoption(desk, changed, action.level_code));
    event.level_code = adoption->level_code;
  } else if (tr->effect_name == "resubmit") {
    if (!action.revised) return InvalidArgument("请提交修改后的信息 give the revised text", "title");
    SW_RETURN_IF_ERROR(CheckText(desk, *action.revised));
    changed.category_code = action.revised->category_code;
    changed.title = action.revised->title;
    changed.body = action.revised->body;
    changed.revision = current.revision + 1;
    SW_RETURN_IF_ERROR(FlagSimilar(desk, changed));
  }
  store::InformationRepository repo(desk.db);
  SW_RETURN_IF_ERROR(repo.Move(changed, current.state, event, adoption));
  return repo.GetItem(current.id);
}

std::vector<std::string> InformationActions(const InformationDesk& desk,
                                            const store::InformationItemRecord& item) {
  std::vector<std::string> out;
  for (const cases::Transition& tr : desk.workflow.transitions()) {
    if (!tr.StartsFrom(item.state) || !tr.AllowsRole(desk.actor.role) || !InItemScope(tr, desk.actor, item))
      continue;
    if (tr.action == "adopt" && !HasLevelAbove(desk, item)) continue;
    out.push_back(tr.action);
  }
  return out;
}

}  // namespace sanwang::governance
