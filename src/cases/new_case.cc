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
    return InvalidArgument("reporter_phone must be digits", "reporter_phone");
  }
  static const std::regex kSource("resident|patrol|hotline|supervision|campaign");
  if (!std::regex_match(c.source, kSource)) return InvalidArgument("unknown source '" + c.source + "'", "source");
  if (c.location) {
    Status valid = geo::ValidateLonLat(*c.location);
    if (!valid.ok()) return InvalidArgument(valid.message(), "location");
  }
  return Status::Ok();
}

}  // namespace sanwang::cases
