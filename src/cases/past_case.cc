#include "cases/past_case.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cases/new_case.h"
#include "cases/rating.h"
#include "cases/router.h"

namespace sanwang::cases {
namespace {

constexpr const char* kSystemRole = "system";

class PastCaseBuilder {
 public:
  PastCaseBuilder(const PastCaseContext& ctx, const PastMatter& m, UnixSeconds now)
      : ctx_(ctx), m_(m), now_(now) {}

  Result<PastCase> Build() {
    SW_RETURN_IF_ERROR(CheckTexts());
    SW_ASSIGN_OR_RETURN(std::size_t depth, StateDepth());
    SW_RETURN_IF_ERROR(CheckTimes(depth));
    SW_RETURN_IF_ERROR(Place());
    SW_RETURN_IF_ERROR(Submit());
    SW_RETURN_IF_ERROR(Dispatch());
    if (depth >= 1) Accept();
    if (depth >= 2) Resolve();
    if (depth >= 3) SW_RETURN_IF_ERROR(Close());
    c_.updated_at = out_.events.back().at;
    c_.overdue = c_.resolve_due && (c_.resolved_at ? *c_.resolved_at : now_) > *c_.resolve_due;
    out_.record = c_;
    return std::move(out_);
  }

 private:
  Status CheckTexts() const {
    NewCase as_filed;
    as_filed.title = m_.title;
    as_filed.description = m_.description;
    as_filed.source = m_.source;
    as_filed.reporter_name = m_.reporter_name;
    as_filed.reporter_phone = m_.reporter_phone;
    as_filed.location = m_.location;
    as_filed.address = m_.address;
    SW_RETURN_IF_ERROR(ValidateNewCase(as_filed));
    if (!m_.item_code.empty() && ctx_.catalog.FindItem(m_.item_code) == nullptr)
      return InvalidArgument("没有该事项 no catalog item '" + m_.item_code + "'", "item_code");
    return Status::Ok();
  }

  // How far along the path dispatched → accepted → resolved → closed the matter got.
  Result<std::size_t> StateDepth() const {
    const auto& states = PastStates();
    auto at = std::find(states.begin(), states.end(), m_.state);
    if (at == states.end() || ctx_.workflow.FindState(m_.state) == nullptr) {
      return InvalidArgument(
          "导入的事项只能处于已派发、已受理、已办结或已关闭 an imported matter's state must be "
          "dispatched, accepted, resolved or closed, not '" +
              m_.state + "'",
          "state");
    }
    return static_cast<std::size_t>(at - states.begin());
  }

  Status CheckTimes(std::size_t depth) const {
    if (m_.created_at <= 0) return InvalidArgument("缺少受理时间 the filing time is missing", "created_at");
    if (depth >= 2 && !m_.resolved_at)
      return InvalidArgument("已办结的事项缺少办结时间 a resolved matter needs its resolution time",
                             "resolved_at");
    UnixSeconds last = m_.created_at;
    const char* last_field = "created_at";
    const std::pair<const char*, std::optional<UnixSeconds>> steps[] = {
        {"accepted_at", m_.accepted_at}, {"resolved_at", m_.resolved_at}, {"closed_at", m_.closed_at}};
    for (const auto& [field, at] : steps) {
      if (!at) continue;
      if (*at < last) {
        return InvalidArgument(std::string("时间早于前一步 ") + field + " is before the step before it",
                               field);
      }
      last = *at;
      last_field = field;
    }
    if (last > now_) {
      return InvalidArgument(std::string("时间晚于现在 ") + last_field + " lies in the future", last_field);
    }
    if (m_.stars && (*m_.stars < kMinStars || *m_.stars > kMaxStars))
      return InvalidArgument("评价须为 1 至 5 星 the rating must be 1 to 5 stars", "rating");
    if (m_.stars && depth < 3)
      return InvalidArgument("只有已关闭的事项才有评价 only a closed matter has a rating", "rating");
    return Status::Ok();
  }

  // The grid, community and sub-district the matter belongs to: from its point, else from
  // the handling unit when that is one of them.
  Status Place() {
    std::optional<store::Id> home;
    if (m_.unit_id) {
      const store::UnitRecord* unit = ctx_.org.Find(*m_.unit_id);
      if (unit == nullptr || unit->kind == "district")
        return InvalidArgument("承办单位不存在 no handling unit with that id", "unit");
      if (const store::UnitRecord* community = ctx_.org.AncestorOfKind(unit->id, "community"))
        home = community->id;
    }
    place_ = PlaceCase(ctx_.org, m_.location, home);
    if (!place_.street && m_.unit_id) {
      if (const store::UnitRecord* street = ctx_.org.AncestorOfKind(*m_.unit_id, "street"))
        place_.street = street->id;
    }
    return Status::Ok();
  }

  store::CaseEventRecord Event(const std::string& action, const std::string& from, const std::string& to,
                               UnixSeconds at) {
    store::CaseEventRecord e;
    e.district_code = ctx_.org.district_code();
    e.seq = static_cast<int>(out_.events.size()) + 1;
    e.action = action;
    e.from_state = from;
    e.to_state = to;
    e.actor_role = kSystemRole;
    e.unit_id = c_.unit_id;
    e.at = at;
    return e;
  }

  Status Submit() {
    c_.district_code = ctx_.org.district_code();
    c_.workflow = ctx_.workflow.name();
    c_.item_code = m_.item_code;
    c_.auto_item_confidence = m_.item_confidence;
    c_.title = m_.title;
    c_.description = m_.description;
    c_.source = m_.source;
    c_.reporter_name = m_.reporter_name;
    c_.reporter_phone = m_.reporter_phone;
    if (m_.location) {
      c_.lon = m_.location->lon;
      c_.lat = m_.location->lat;
    }
    c_.address = m_.address;
    c_.grid_id = place_.grid;
    c_.community_id = place_.community;
    c_.street_id = place_.street;
    c_.created_at = m_.created_at;
    store::CaseEventRecord e = Event("submit", "", ctx_.workflow.initial(), m_.created_at);
    e.data = nlohmann::json{{"imported", {{"system", m_.system}, {"id", m_.source_id}}}}.dump();
    out_.events.push_back(std::move(e));
    return Status::Ok();
  }

  Status Dispatch() {
    const store::CatalogItemRecord* item = ctx_.catalog.FindItem(m_.item_code);
    nlohmann::json data = nlohmann::json::object();
    if (m_.unit_id) {
      c_.unit_id = m_.unit_id;
      data["reason"] = "the unit the old system recorded";
    } else {
      SW_ASSIGN_OR_RETURN(RouteDecision route, RouteCase(ctx_.org, item, place_));
      c_.unit_id = route.unit;
      data["reason"] = route.reason;
    }
    const int resolve_hours = item ? item->sla_hours : ctx_.workflow.default_resolve_hours();
    c_.dispatched_at = m_.created_at;
    c_.accept_due = ctx_.calendar.AddWorkingHours(m_.created_at, ctx_.workflow.accept_hours());
    c_.resolve_due = ctx_.calendar.AddWorkingHours(m_.created_at, resolve_hours);
    c_.state = PastStates()[0];
    data["unit"] = ctx_.org.Find(*c_.unit_id)->code;
    data["accept_due"] = FormatIso8601(*c_.accept_due);
    data["resolve_due"] = FormatIso8601(*c_.resolve_due);
    store::CaseEventRecord e = Event("route", ctx_.workflow.initial(), c_.state, m_.created_at);
    e.data = data.dump();
    out_.events.push_back(std::move(e));
    return Status::Ok();
  }

  void Move(const std::string& action, std::size_t to, UnixSeconds at, const std::string& note = "") {
    store::CaseEventRecord e = Event(action, c_.state, PastStates()[to], at);
    e.note = note;
    c_.state = e.to_state;
    out_.events.push_back(std::move(e));
  }

  void Accept() {
    c_.accepted_at = m_.accepted_at.value_or(m_.created_at);
    Move("accept", 1, *c_.accepted_at);
  }

  void Resolve() {
    c_.resolved_at = *m_.resolved_at;
    c_.handling_seconds = ctx_.calendar.WorkingSecondsBetween(c_.created_at, *c_.resolved_at);
    Move("resolve", 2, *c_.resolved_at, m_.answer);
  }

  // Closed by the follow-up visit (回访), with the rating when the old system kept one. An
  // unsatisfied rating does not reopen it here: the old system closed it.
  Status Close() {
    c_.closed_at = m_.closed_at.value_or(*c_.resolved_at);
    Move("visit", 3, *c_.closed_at);
    if (!m_.stars) return Status::Ok();
    SW_ASSIGN_OR_RETURN(Rating rating, DecideRating({m_.stars, std::nullopt, ""}, ctx_.workflow));
    c_.rating = rating.satisfied ? 1 : 0;
    c_.rating_stars = rating.stars;
    out_.events.back().data = nlohmann::json{{"stars", rating.stars}, {"satisfied", rating.satisfied}}.dump();
    return Status::Ok();
  }

  const PastCaseContext& ctx_;
  const PastMatter& m_;
  UnixSeconds now_;
  Placement place_;
  store::CaseRecord c_;
  PastCase out_;
};

}  // namespace

const std::vector<std::string>& PastStates() {
  static const std::vector<std::string> kStates = {"dispatched", "accepted", "resolved", "closed"};
  return kStates;
}

Result<PastCase> BuildPastCase(const PastCaseContext& ctx, const PastMatter& matter, UnixSeconds now) {
  return PastCaseBuilder(ctx, matter, now).Build();
}

}  // namespace sanwang::cases
