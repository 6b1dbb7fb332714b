#include "store/database.h"

#include "core/log_throttle.h"
#include "store/postgres/postgres_database.h"
#include "store/sqlite/sqlite_database.h"

namespace sanwang::store {

std::int64_t Row::Int(std::size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::stoll(*p);
  return 0;
}

double Row::Real(std::size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return std::stod(*p);
  return 0;
}

std::string Row::Text(std::size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
  return {};
}

std::string Row::Bytes(std::size_t i) const {
  const SqlValue& v = values_.at(i);
  if (auto p = std::get_if<Blob>(&v)) return p->bytes;
  if (auto p = std::get_if<std::string>(&v)) return *p;
  return {};
}

std::optional<std::int64_t> Row::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<double> Row::OptReal(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Real(i);
}

Status Database::InTransaction(const std::function<Status()>& body) {
  if (depth_ > 0) return RunNested(body);
  SW_RETURN_IF_ERROR(BeginWrite());
  ++depth_;
  Status status = body();
  --depth_;
  if (!status.ok()) {
    (void)Execute("ROLLBACK");
    return status;
  }
  auto committed = Execute("COMMIT");
  if (!committed.ok()) {
    (void)Execute("ROLLBACK");
    return committed.status();
  }
  return Status::Ok();
}

Status Database::RunNested(const std::function<Status()>& body) {
  std::string name = "sp" + std::to_string(++savepoint_counter_);
  SW_RETURN_IF_ERROR(Execute("SAVEPOINT " + name).status());
  ++depth_;
  Status status = body();
  --depth_;
  if (!status.ok()) {
    (void)Execute("ROLLBACK TO SAVEPOINT " + name);
    (void)Execute("RELEASE SAVEPOINT " + name);
    return status;
  }
  return Execute("RELEASE SAVEPOINT " + name).status();
}

Status UpdatePlannerStatistics(Database& db) { return db.ExecuteScript("ANALYZE"); }

Status DatabaseUnavailable(std::string_view cause, std::string_view sql) {
  ProcessLogThrottle().Log(
      spdlog::level::err, "database unavailable",
      "database unavailable: " + std::string(cause) + " [" + std::string(sql.substr(0, 120)) + "]");
  return Unavailable(std::string(kDatabaseUnavailableMessage));
}

Result<std::unique_ptr<Database>> OpenDatabase(std::string_view url) {
  if (url.rfind("sqlite:", 0) == 0) return OpenSqlite(url.substr(7));
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgres(url);
  }
  return InvalidArgument(
      "database URL must start with sqlite: or postgresql://, got '" + std::string(url) + "'", "db");
}

}  // namespace sanwang::store
