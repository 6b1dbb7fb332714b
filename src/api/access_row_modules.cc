// The one list of modules' access rows: a module with routes adds one line here.
#include "api/access_matrix.h"

namespace sanwang::api {

const std::vector<AccessRowModule>& AccessRowModules() {
  static const std::vector<AccessRowModule> kModules = {
      {"circles", AddCirclesAccessRows},
      {"registration", AddRegistrationAccessRows},
  };
  return kModules;
}

}  // namespace sanwang::api
