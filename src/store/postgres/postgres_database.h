// The production backend: PostgreSQL 15 (or a PostgreSQL-compatible server) over libpq,
// using only standard SQL and the wire protocol, no extension.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/database.h"

namespace sanwang::store {

// `url` is a libpq connection URI: postgresql://user@host:port/dbname?options=...
Result<std::unique_ptr<Database>> OpenPostgres(std::string_view url);

// Rewrites `?` placeholders as $1, $2, … outside quoted literals. Exposed for tests.
std::string NumberPlaceholders(std::string_view sql);

}  // namespace sanwang::store
