#include "cases/transition_effects.h"

#include "cases/extension.h"
#include "cases/rating.h"
#include "cases/router.h"

namespace sanwang::cases {
namespace {

class Effects {
 public:
  Effects(const EffectContext& ctx, const TransitionRequest& req, store::CaseChange& ch, nlohmann::json& data)
      : ctx_(ctx), req_(req), c_(ch.updated), data_(data), now_(ctx.clock.Now()) {}

  Status Run(Effect effect) {
    switch (effect) {
      case Effect::kRoute:
        return Route();
      case Effect::kAccept:
        return Accept();
      case Effect::kResolve:
        return Resolve();
      case Effect::kReturn:
        return Return();
      case Effect::kRedispatch:
        return Redispatch();
      case Effect::kEscalate:
        return Escalate();
      case Effect::kRequestExtension:
        return RequestExtension();
      case Effect::kApproveExtension:
        return ApproveExtension();
      case Effect::kDenyExtension:
        return DenyExtension();
      case Effect::kRate:
        return Rate();
      case Effect::kSupervise:
        return Supervise();
      case Effect::kReclassify:
        return Reclassify();
      case Effect::kMerge:
        return Merge();
      case Effect::kUrge:
        return Urge();
      case Effect::kComment:
        return Status::Ok();  // the note is the comment; the event is all it leaves
    }
    return Internal("unknown effect");
  }

 private:
  int ResolveHours() const {
    const store::CatalogItemRecord* item = ctx_.catalog.FindItem(c_.item_code);
    return item ? item->sla_hours : ctx_.workflow.default_resolve_hours();
  }

  void Dispatch(store::Id unit) {
    c_.unit_id = unit;
    c_.dispatched_at = now_;
    c_.accept_due = ctx_.calendar.AddWorkingHours(now_, ctx_.workflow.accept_hours());
    // The resident's clock runs from the report; moving the case between units does not reset it.
    if (!c_.resolve_due) c_.resolve_due = ctx_.calendar.AddWorkingHours(c_.created_at, ResolveHours());
    const store::UnitRecord* u = ctx_.org.Find(unit);
    data_["unit"] = u ? u->code : "";
    data_["accept_due"] = FormatIso8601(*c_.accept_due);
    data_["resolve_due"] = FormatIso8601(*c_.resolve_due);
  }

  void MarkResolved() {
    c_.resolved_at = now_;
    c_.handling_seconds = ctx_.calendar.WorkingSecondsBetween(c_.created_at, now_);
  }

  // Staff chose `code` over the case's item: the event records the old and the new item
  // and, when the old one was the classifier's choice, its confidence — the correction the
  // next training on past cases learns from.
  Status ChangeItem(const std::string& code) {
    if (ctx_.catalog.FindItem(code) == nullptr) {
      return InvalidArgument("没有该事项 no catalog item '" + code + "'", "item_code");
    }
    data_["old_item_code"] = c_.item_code;
    data_["item_code"] = code;
    data_["old_item_automatic"] = c_.auto_item_confidence.has_value();
    if (c_.auto_item_confidence) data_["classifier_confidence"] = *c_.auto_item_confidence;
    c_.item_code = code;
    c_.auto_item_confidence.reset();
    return Status::Ok();
  }

  Status Route() {
    const store::CatalogItemRecord* item = ctx_.catalog.FindItem(c_.item_code);
    if (item != nullptr && item->tier == kTierOnline) {
      // 网上办: the catalog's answer resolves the matter on the spot.
      c_.state = "resolved";
      c_.unit_id = c_.community_id;
      c_.resolve_due = now_;
      MarkResolved();
      data_["online_answer"] = item->online_answer;
      data_["online_answer_en"] = item->online_answer_en;
      return Status::Ok();
    }
    Placement place{c_.grid_id, c_.community_id, c_.street_id};
    SW_ASSIGN_OR_RETURN(RouteDecision route, RouteCase(ctx_.org, item, place));
    data_["reason"] = route.reason;
    Dispatch(route.unit);
    return Status::Ok();
  }

  Status Accept() {
    if (!c_.accepted_at) c_.accepted_at = now_;
    return Status::Ok();
  }

  Status Resolve() {
    MarkResolved();
    return Status::Ok();
  }

  Status Return() {
    const store::UnitRecord* center = ctx_.org.CommandCenter();
    if (center == nullptr)
      return FailedPrecondition("没有可退回的指挥中心 no command center to return the case to");
    data_["from_unit"] = c_.unit_id ? ctx_.org.Find(*c_.unit_id)->code : "";
    ++c_.return_count;
    c_.unit_id = center->id;
    return Status::Ok();
  }

  Status Redispatch() {
    const store::UnitRecord* target = ctx_.org.FindByCode(req_.target_unit_code);
    if (target == nullptr)
      return InvalidArgument("单位不存在 no unit with code '" + req_.target_unit_code + "'", "target_unit");
    if (target->kind == "district")
      return InvalidArgument("请派给承办单位，而非区 dispatch to a handling unit, not the district",
                             "target_unit");
    if (!req_.item_code.empty() && req_.item_code != c_.item_code) {
      SW_RETURN_IF_ERROR(ChangeItem(req_.item_code));
    }
    Dispatch(target->id);
    return Status::Ok();
  }

  Status Escalate() {
    std::optional<store::Id> up = c_.unit_id ? NextTierUp(ctx_.org, *c_.unit_id) : std::nullopt;
    if (!up)
      return FailedPrecondition(
          "指挥中心之上没有可上报的层级 there is no tier above the command center to escalate to");
    data_["from_unit"] = ctx_.org.Find(*c_.unit_id)->code;
    ++c_.escalate_count;
    Dispatch(*up);
    return Status::Ok();
  }

  Status RequestExtension() {
    SW_RETURN_IF_ERROR(CheckExtensionHours(req_.hours));
    c_.requested_hours = *req_.hours;
    data_["hours"] = *req_.hours;
    return Status::Ok();
  }

  Status ApproveExtension() {
    int hours = c_.requested_hours.value_or(0);
    c_.resolve_due = ExtendedDeadline(ctx_.calendar, c_, hours, now_);
    c_.requested_hours.reset();
    data_["hours"] = hours;
    data_["resolve_due"] = FormatIso8601(*c_.resolve_due);
    return Status::Ok();
  }

  Status DenyExtension() {
    c_.requested_hours.reset();
    return Status::Ok();
  }

  Status Rate() {
    SW_ASSIGN_OR_RETURN(Rating rating,
                        DecideRating({req_.stars, req_.satisfied, req_.comment}, ctx_.workflow));
    c_.rating = rating.satisfied ? 1 : 0;
    c_.rating_stars = rating.stars;
    c_.rating_comment = rating.comment;
    data_["stars"] = rating.stars;
    data_["satisfied"] = rating.satisfied;
    if (!rating.comment.empty()) data_["comment"] = rating.comment;
    if (!rating.satisfied && c_.reopen_count < ctx_.workflow.max_reopen()) {
      // Reopened once: back to the same unit, with a fresh resolve deadline.
      c_.state = "accepted";
      ++c_.reopen_count;
      c_.resolved_at.reset();
      c_.handling_seconds.reset();
      c_.resolve_due = ctx_.calendar.AddWorkingHours(now_, ResolveHours());
      data_["reopened"] = true;
      return Status::Ok();
    }
    c_.closed_at = now_;
    return Status::Ok();
  }

  // 催办: at most once per interval on a case, whoever of its residents urges it.
  Status Urge() {
    const UnixSeconds interval = static_cast<UnixSeconds>(ctx_.workflow.urge_interval_hours()) * 3600;
    if (c_.last_urged_at && now_ < *c_.last_urged_at + interval) {
      const std::string next = FormatIso8601(*c_.last_urged_at + interval);
      return FailedPrecondition("此事项已催办，请于 " + next +
                                " 之后再催办 the case was urged recently: urge again after " + next);
    }
    ++c_.urge_count;
    c_.last_urged_at = now_;
    data_["urge_count"] = c_.urge_count;
    return Status::Ok();
  }

  Status Supervise() {
    if (!c_.resolve_due || *c_.resolve_due >= now_)
      return FailedPrecondition("该诉求尚未超期 the case is not past its deadline");
    if (c_.overdue) return FailedPrecondition("该诉求已在督办中 the case is already under supervision");
    c_.overdue = true;
    const store::UnitRecord* unit = c_.unit_id ? ctx_.org.Find(*c_.unit_id) : nullptr;
    data_["notice_to"] = unit ? unit->code : "";
    data_["overdue_by_s"] = now_ - *c_.resolve_due;
    return Status::Ok();
  }

  Status Reclassify() {
    if (req_.item_code.empty())
      return InvalidArgument("请指明诉求所属事项 say which catalog item the case is", "item_code");
    if (req_.item_code == c_.item_code) {
      return InvalidArgument("诉求已是该事项 the case already is item '" + req_.item_code + "'", "item_code");
    }
    SW_RETURN_IF_ERROR(ChangeItem(req_.item_code));
    return Route();
  }

  Status Merge() {
    if (ctx_.merge_target == nullptr) return Internal("merge without a checked original");
    c_.merged_into = ctx_.merge_target->id;
    c_.closed_at = now_;
    c_.requested_hours.reset();
    data_["target_case_id"] = ctx_.merge_target->id;
    return Status::Ok();
  }

  const EffectContext& ctx_;
  const TransitionRequest& req_;
  store::CaseRecord& c_;
  nlohmann::json& data_;
  UnixSeconds now_;
};

}  // namespace

Status ApplyEffect(const EffectContext& ctx, Effect effect, const TransitionRequest& request,
                   store::CaseChange& change, nlohmann::json& data) {
  return Effects(ctx, request, change, data).Run(effect);
}

}  // namespace sanwang::cases
