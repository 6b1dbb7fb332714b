#include "cases/new_case.h"

#include <regex>

#include "core/text.h"

namespace sanwang::cases {

Status ValidateNewCase(const NewCase& c) {
  SW_RETURN_IF_ERROR(CheckUserText(c.title, "title", kMaxTitleChars, true));
  SW_RETURN_IF_ERROR(CheckUserText(c.description, "description", kMaxDescriptionChars, false));
  SW_RETURN_IF_ERROR(CheckUserText(c.address, "address", 200, false));
  SW_RETURN_IF_ERROR(CheckUserText(c.reporter_name, "reporter_name", 50, false));
  static const std::regex kPhone("[0-9+\\- ]{0,20}");
  if (!std::regex_match(c.reporter_phone, kPhone)) {
    return InvalidArgument("电话只能含数字 reporter_phone must be digits", "reporter_phone");
  }
  static const std::regex kSource("resident|patrol|hotline|supervision|campaign");
  if (!std::regex_match(c.source, kSource))
    return InvalidArgument("未知来源 unknown source '" + c.source + "'", "source");
  if (c.location) {
    Status valid = geo::ValidateLonLat(*c.location);
    if (!valid.ok()) return InvalidArgument(valid.message(), "location");
  }
  return Status::Ok();
}

Status BindReporter(NewCase& c, const Actor& filer, const store::UserRecord& account) {
  if (filer.role != org::kResident) return Status::Ok();
  if (c.source != "resident")
    return PermissionDenied("居民只能提交本人诉求 residents file matters with source 'resident'");
  if (c.anonymous || c.for_other_person) return Status::Ok();
  if (!c.reporter_name.empty() && c.reporter_name != account.display_name) {
    return InvalidArgument("代他人反映请勾选“为他人反映” a name other than your own needs for_other_person",
                           "reporter_name");
  }
  if (!c.reporter_phone.empty() && c.reporter_phone != account.phone) {
    return InvalidArgument("代他人反映请勾选“为他人反映” a phone other than your own needs for_other_person",
                           "reporter_phone");
  }
  c.reporter_name = account.display_name;
  c.reporter_phone = account.phone;
  return Status::Ok();
}

}  // namespace sanwang::cases
