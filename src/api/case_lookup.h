// The case a path names, if the caller may read it: otherwise NotFound, so that the ids
// of other people's cases are not confirmed.
#pragma once

#include "api/api.h"

namespace sanwang::api {

Result<store::CaseRecord> ReadableCase(Call& call);

}  // namespace sanwang::api
