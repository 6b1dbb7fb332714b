#include "store/postgres/postgres_database.h"

#include <libpq-fe.h>
#include <poll.h>

#include <cstdio>
#include <memory>

namespace sanwang::store {
namespace {

// Type OIDs from pg_type.h; stable across PostgreSQL versions.
constexpr Oid kByteaOid = 17;
constexpr const char* kSessionSettings = "SET client_min_messages = warning; SET TIME ZONE 'UTC'";
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kFloat4Oid = 700, kFloat8Oid = 701,
              kNumericOid = 1700;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string ToText(const SqlValue& v) {
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *p);
    return buf;
  }
  return std::get<std::string>(v);
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

// bytea in the text format is "\\x" and two hex digits a byte.
Blob DecodeBytea(const std::string& s) {
  Blob b;
  b.bytes.resize(s.size() < 2 ? 0 : (s.size() - 2) / 2);
  for (std::size_t i = 0; i < b.bytes.size(); ++i) {
    b.bytes[i] = static_cast<char>(HexDigit(s[2 + 2 * i]) * 16 + HexDigit(s[3 + 2 * i]));
  }
  return b;
}

SqlValue FromText(const char* text, int length, Oid type) {
  std::string s(text, static_cast<std::size_t>(length));
  if (type == kByteaOid) return DecodeBytea(s);
  switch (type) {
    case kInt8Oid:
    case kInt4Oid:
    case kInt2Oid:
      return static_cast<std::int64_t>(std::stoll(s));
    case kBoolOid:
      return static_cast<std::int64_t>(s == "t" ? 1 : 0);
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
      return std::stod(s);
    default:
      return s;
  }
}

Status ErrorFrom(const PGresult* result, PGconn* conn, std::string_view sql) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string code = state ? state : "";
  std::string cause = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  while (!cause.empty() && (cause.back() == '\n' || cause.back() == ' ')) cause.pop_back();
  std::string message = cause + " [" + std::string(sql.substr(0, 120)) + "]";
  if (code == "23505") return AlreadyExists(message);
  if (code.rfind("23", 0) == 0) return FailedPrecondition(message);
  if (code == "40001" || code == "40P01" || code == "55P03") return Conflict(message);
  // Class 08 is a lost connection, 57P a server shutting down or starting up, 53 a server
  // out of connections or memory: all pass when the server is back.
  if (code.rfind("08", 0) == 0 || code.rfind("57P", 0) == 0 || code.rfind("53", 0) == 0 ||
      PQstatus(conn) != CONNECTION_OK) {
    return DatabaseUnavailable(cause, sql);
  }
  if (code.rfind("22", 0) == 0) return InvalidArgument(message);
  return Internal(message);
}

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(PGconn* conn) : conn_(conn) {}
  ~PostgresDatabase() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Result<std::int64_t> Execute(std::string_view sql, const SqlParams& params) override {
    SW_ASSIGN_OR_RETURN(PgResult result, Run(sql, params));
    const char* affected = PQcmdTuples(result.get());
    return static_cast<std::int64_t>(affected && *affected ? std::stoll(affected) : 0);
  }

  Result<std::vector<Row>> Query(std::string_view sql, const SqlParams& params) override {
    SW_ASSIGN_OR_RETURN(PgResult result, Run(sql, params));
    std::vector<Row> rows;
    int n_rows = PQntuples(result.get());
    int n_cols = PQnfields(result.get());
    rows.reserve(static_cast<std::size_t>(n_rows));
    for (int r = 0; r < n_rows; ++r) {
      std::vector<SqlValue> values;
      values.reserve(static_cast<std::size_t>(n_cols));
      for (int c = 0; c < n_cols; ++c) {
        if (PQgetisnull(result.get(), r, c)) {
          values.emplace_back(SqlNull{});
        } else {
          values.push_back(FromText(PQgetvalue(result.get(), r, c), PQgetlength(result.get(), r, c),
                                    PQftype(result.get(), c)));
        }
      }
      rows.emplace_back(std::move(values));
    }
    return rows;
  }

  Status ExecuteScript(std::string_view sql) override {
    PgResult result(PQexec(conn_, std::string(sql).c_str()));
    ExecStatusType st = PQresultStatus(result.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return ErrorFrom(result.get(), conn_, sql);
    return Status::Ok();
  }

  bool Usable() override {
    if (PQstatus(conn_) != CONNECTION_OK) return false;
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) return true;
    // Between statements the server sends nothing unless it is ending the connection (a
    // terminated backend's last message, then end of file): anything to read means lost.
    pollfd fd{PQsocket(conn_), POLLIN, 0};
    return poll(&fd, 1, 0) <= 0;
  }

  Status Reconnect() override {
    PQreset(conn_);
    if (PQstatus(conn_) != CONNECTION_OK)
      return Unavailable("cannot reconnect to PostgreSQL: " + LastError());
    return ExecuteScript(kSessionSettings);
  }

 protected:
  Status BeginWrite() override { return Execute("BEGIN", {}).status(); }

 private:
  Result<PgResult> Run(std::string_view sql, const SqlParams& params) {
    std::string numbered = NumberPlaceholders(sql);
    std::vector<std::string> texts;
    texts.reserve(params.size());
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
    for (const auto& p : params) {
      int length = 0, format = 0;  // text, except blobs which go as binary
      if (std::holds_alternative<SqlNull>(p)) {
        values.push_back(nullptr);
      } else if (auto blob = std::get_if<Blob>(&p)) {
        values.push_back(blob->bytes.data());
        length = static_cast<int>(blob->bytes.size());
        format = 1;
      } else {
        texts.push_back(ToText(p));
        values.push_back(texts.back().c_str());
      }
      lengths.push_back(length);
      formats.push_back(format);
    }
    PgResult result(PQexecParams(conn_, numbered.c_str(), static_cast<int>(values.size()), nullptr,
                                 values.data(), lengths.data(), formats.data(), 0));
    ExecStatusType st = PQresultStatus(result.get());
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) return ErrorFrom(result.get(), conn_, sql);
    return result;
  }

  // libpq's message on one line, for the log.
  std::string LastError() const {
    std::string message = PQerrorMessage(conn_);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    for (char& c : message) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    return message;
  }

  PGconn* conn_;
};

}  // namespace

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  bool in_literal = false;
  int next = 1;
  for (char c : sql) {
    if (c == '\'') in_literal = !in_literal;
    if (c == '?' && !in_literal) {
      out += '$' + std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

Result<std::unique_ptr<Database>> OpenPostgres(std::string_view url) {
  PGconn* conn = PQconnectdb(std::string(url).c_str());
  auto db = std::make_unique<PostgresDatabase>(conn);
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return Unavailable("cannot connect to PostgreSQL: " + message);
  }
  SW_RETURN_IF_ERROR(db->ExecuteScript(kSessionSettings));
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace sanwang::store
