#include "notify/spending_notices.h"

#include "notify/outbox.h"

namespace sanwang::notify {

std::string YuanText(std::int64_t fen) {
  const bool negative = fen < 0;
  const std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  std::string yuan = std::to_string(magnitude / 100);
  for (int i = static_cast<int>(yuan.size()) - 3; i > 0; i -= 3)
    yuan.insert(static_cast<std::size_t>(i), ",");
  const std::uint64_t cents = magnitude % 100;
  return (negative ? "-" : "") + yuan + "." + (cents < 10 ? "0" : "") + std::to_string(cents);
}

Status TellOfSpending(store::Database& db, const NoticeRules& rules, const SpendingMoved& moved,
                      const cases::Actor& actor, UnixSeconds now) {
  const NoticeValues values = {{"unit", moved.unit_name},
                               {"purpose", moved.purpose},
                               {"amount", YuanText(moved.amount_fen)},
                               {"step", moved.step},
                               {"reason", moved.reason}};
  store::NoticeRecord about;
  about.district_code = moved.district_code;
  about.link = kBudgetLink;
  about.created_at = now;
  return DeliverToEach(db, rules.ForSpending(moved.event), values, moved.recipients, actor.user_id, about);
}

}  // namespace sanwang::notify
