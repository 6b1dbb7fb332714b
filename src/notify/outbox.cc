#include "notify/outbox.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "notify/delivery_settings.h"
#include "notify/store/delivery_settings_repository.h"
#include "notify/store/outbox_repository.h"

namespace sanwang::notify {
namespace {

// The values an SMS or WeChat template is filled with: the rule's placeholders in Chinese,
// the notice's title and where to open it.
std::string TemplateParams(const store::NoticeRecord& notice, const NoticeValues& values) {
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [name, value] : values) {
    if (!name.ends_with("_en")) params[name] = value;
  }
  params["notice_title"] = notice.title;
  params["link"] = notice.link;
  return params.dump();
}

}  // namespace

Status DeliverNotice(store::Database& db, const NoticeRule& rule, store::NoticeRecord& notice,
                     const NoticeValues& values) {
  SW_ASSIGN_OR_RETURN(notice.id, store::InboxRepository(db).Insert(notice));
  if (rule.channels.empty()) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto stored, store::DeliverySettingsRepository(db).Of(notice.user_id));
  if (!stored) return Status::Ok();
  const DeliverySettings settings = FromRecord(*stored);
  store::OutboxRepository outbox(db);
  for (const std::string& channel : rule.channels) {
    if (!Wants(settings, rule.kind, channel, rule.essential)) continue;
    store::OutboxRecord m;
    m.district_code = notice.district_code;
    m.idempotency_key = "notice-" + std::to_string(notice.id) + "-" + channel;
    m.channel = channel;
    m.user_id = notice.user_id;
    m.kind = notice.kind;
    m.notice_id = notice.id;
    m.subject = notice.title + " / " + notice.title_en;
    m.body = notice.body + "\n\n" + notice.body_en;
    m.params = TemplateParams(notice, values);
    m.state = "pending";
    m.not_before = FirstTimeOutsideQuietHours(settings, notice.created_at);
    m.created_at = notice.created_at;
    SW_RETURN_IF_ERROR(outbox.Insert(m).status());
  }
  return Status::Ok();
}

Status DeliverToEach(store::Database& db, const std::vector<const NoticeRule*>& rules,
                     const NoticeValues& values, std::vector<store::Id> recipients,
                     std::optional<store::Id> actor, store::NoticeRecord about) {
  std::sort(recipients.begin(), recipients.end());
  recipients.erase(std::unique(recipients.begin(), recipients.end()), recipients.end());
  if (actor) std::erase(recipients, *actor);
  for (const NoticeRule* rule : rules) {
    about.kind = rule->kind;
    about.title = FillNotice(rule->title, values, false);
    about.title_en = FillNotice(rule->title_en, values, true);
    about.body = FillNotice(rule->body, values, false);
    about.body_en = FillNotice(rule->body_en, values, true);
    for (store::Id user : recipients) {
      store::NoticeRecord notice = about;
      notice.user_id = user;
      SW_RETURN_IF_ERROR(DeliverNotice(db, *rule, notice, values));
    }
  }
  return Status::Ok();
}

}  // namespace sanwang::notify
