#include "store/postgres/postgres_backup.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <optional>
#include <set>

#include "store/migrations.h"
#include "store/table_order.h"

namespace sanwang::store {
namespace {

constexpr std::string_view kPayloadMagic = "SWROWS1\n";
constexpr int kFetchRows = 2000;
constexpr std::size_t kMaxParameters = 30'000;  // below PostgreSQL's 65,535 per statement
constexpr std::size_t kMaxRowsPerInsert = 500;

std::string Quoted(const std::string& name) { return "\"" + name + "\""; }

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string list;
  for (const std::string& c : columns) list += (list.empty() ? "" : ", ") + Quoted(c);
  return list;
}

Status Damaged(std::string_view what) {
  return {ErrorCode::kDataLoss, fmt::format("备份内容已损坏 the backup's rows are damaged: {}", what)};
}

// The payload's primitive values, written and read in the order of the format above.
class PayloadWriter {
 public:
  explicit PayloadWriter(const std::filesystem::path& path)
      : out_(path, std::ios::binary | std::ios::trunc) {}
  void Tag(char tag) { out_.put(tag); }
  void Unsigned(std::uint64_t v) { Fixed(v); }
  void Bytes(std::string_view bytes) {
    Unsigned(bytes.size());
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  void Raw(std::string_view bytes) { out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }
  void Value(const SqlValue& v) {
    if (std::holds_alternative<SqlNull>(v)) {
      Tag('N');
    } else if (auto n = std::get_if<std::int64_t>(&v)) {
      Tag('I');
      Fixed(static_cast<std::uint64_t>(*n));
    } else if (auto d = std::get_if<double>(&v)) {
      Tag('F');
      std::uint64_t bits = 0;
      std::memcpy(&bits, d, sizeof bits);
      Fixed(bits);
    } else if (auto s = std::get_if<std::string>(&v)) {
      Tag('S');
      Bytes(*s);
    } else {
      Tag('B');
      Bytes(std::get<Blob>(v).bytes);
    }
  }
  Status Close() {
    out_.close();
    return out_ ? Status::Ok()
                : Internal("写备份内容失败（磁盘满？） writing the backup's rows failed (disk full?)");
  }

 private:
  void Fixed(std::uint64_t v) {
    char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out_.write(bytes, 8);
  }
  std::ofstream out_;
};

class PayloadReader {
 public:
  explicit PayloadReader(const std::filesystem::path& path) : in_(path, std::ios::binary) {}
  Result<char> Tag() {
    char tag = 0;
    if (!in_.get(tag)) return Damaged("cut off");
    return tag;
  }
  Result<std::uint64_t> Unsigned() {
    unsigned char bytes[8];
    if (!in_.read(reinterpret_cast<char*>(bytes), 8)) return Damaged("cut off");
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | bytes[i];
    return v;
  }
  Result<std::string> Bytes() {
    SW_ASSIGN_OR_RETURN(std::uint64_t size, Unsigned());
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(size));
    if (!in_.read(bytes.data(), static_cast<std::streamsize>(size))) return Damaged("cut off");
    return bytes;
  }
  Result<std::string> Raw(std::size_t size) {
    std::string bytes(size, '\0');
    if (!in_.read(bytes.data(), static_cast<std::streamsize>(size))) return Damaged("cut off");
    return bytes;
  }
  Result<SqlValue> Value() {
    SW_ASSIGN_OR_RETURN(char tag, Tag());
    switch (tag) {
      case 'N':
        return SqlValue(SqlNull{});
      case 'I': {
        SW_ASSIGN_OR_RETURN(std::uint64_t v, Unsigned());
        return SqlValue(static_cast<std::int64_t>(v));
      }
      case 'F': {
        SW_ASSIGN_OR_RETURN(std::uint64_t bits, Unsigned());
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return SqlValue(d);
      }
      case 'S': {
        SW_ASSIGN_OR_RETURN(std::string s, Bytes());
        return SqlValue(std::move(s));
      }
      case 'B': {
        SW_ASSIGN_OR_RETURN(std::string b, Bytes());
        return SqlValue(Blob{std::move(b)});
      }
      default:
        return Damaged(fmt::format("value tag {}", static_cast<int>(tag)));
    }
  }

 private:
  std::ifstream in_;
};

Result<std::vector<std::string>> TablesOf(Database& db) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db.Query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"));
  std::vector<std::string> tables;
  tables.reserve(rows.size());
  for (const Row& r : rows) tables.push_back(r.Text(0));
  return tables;
}

Result<std::vector<std::string>> TablesParentsFirst(Database& db) {
  SW_ASSIGN_OR_RETURN(std::vector<std::string> tables, TablesOf(db));
  SW_ASSIGN_OR_RETURN(auto rows, db.Query(R"(
SELECT child.relname, parent.relname FROM pg_constraint c
JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace)"));
  std::vector<TableReference> references;
  references.reserve(rows.size());
  for (const Row& r : rows) references.push_back({r.Text(0), r.Text(1)});
  return ParentsFirst(std::move(tables), references);
}

// How a column's values come back from the engine (postgres_database.cc maps the types).
enum class Kind { kWhole, kReal, kBytes, kText };

struct Column {
  std::string name;
  Kind kind;
};

Kind KindOf(const std::string& data_type) {
  if (data_type == "bigint" || data_type == "integer" || data_type == "smallint" || data_type == "boolean") {
    return Kind::kWhole;
  }
  if (data_type == "double precision" || data_type == "real" || data_type == "numeric") return Kind::kReal;
  if (data_type == "bytea") return Kind::kBytes;
  return Kind::kText;
}

Result<std::vector<Column>> ColumnsOf(Database& db, const std::string& table) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db.Query("SELECT column_name, data_type FROM information_schema.columns WHERE "
                               "table_schema = current_schema() AND table_name = ? AND is_generated = "
                               "'NEVER' ORDER BY ordinal_position",
                               {table}));
  std::vector<Column> columns;
  columns.reserve(rows.size());
  for (const Row& r : rows) columns.push_back({r.Text(0), KindOf(r.Text(1))});
  return columns;
}

SqlValue ValueOf(const Row& row, std::size_t i, Kind kind) {
  if (row.IsNull(i)) return SqlNull{};
  switch (kind) {
    case Kind::kWhole:
      return row.Int(i);
    case Kind::kReal:
      return row.Real(i);
    case Kind::kBytes:
      return Blob{row.Bytes(i)};
    case Kind::kText:
      break;
  }
  return row.Text(i);
}

// The columns of `table` that refer to `table` itself.
Result<std::set<std::string>> SelfReferences(Database& db, const std::string& table) {
  SW_ASSIGN_OR_RETURN(auto rows, db.Query(R"(
SELECT a.attname FROM pg_constraint c
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
WHERE c.contype = 'f' AND c.conrelid = c.confrelid AND c.conrelid = (
  SELECT oid FROM pg_class WHERE relname = ? AND relnamespace = current_schema()::regnamespace))",
                                          {table}));
  std::set<std::string> columns;
  for (const Row& r : rows) columns.insert(r.Text(0));
  return columns;
}

Result<std::uint64_t> ExportTable(Database& db, const std::string& table, PayloadWriter& out) {
  SW_ASSIGN_OR_RETURN(std::vector<Column> columns, ColumnsOf(db, table));
  out.Tag('T');
  out.Bytes(table);
  out.Unsigned(columns.size());
  std::vector<std::string> names;
  for (const Column& c : columns) {
    out.Bytes(c.name);
    names.push_back(c.name);
  }
  SW_RETURN_IF_ERROR(db.ExecuteScript("DECLARE backup_rows NO SCROLL CURSOR FOR SELECT " + ColumnList(names) +
                                      " FROM " + Quoted(table)));
  std::uint64_t count = 0;
  while (true) {
    SW_ASSIGN_OR_RETURN(auto rows,
                        db.Query("FETCH FORWARD " + std::to_string(kFetchRows) + " FROM backup_rows"));
    if (rows.empty()) break;
    for (const Row& row : rows) {
      out.Tag('R');
      for (std::size_t i = 0; i < row.size(); ++i) out.Value(ValueOf(row, i, columns[i].kind));
    }
    count += rows.size();
  }
  SW_RETURN_IF_ERROR(db.ExecuteScript("CLOSE backup_rows"));
  out.Tag('E');
  out.Unsigned(count);
  return count;
}

}  // namespace

Result<StreamVersions> ExportPostgres(Database& db, const std::filesystem::path& payload,
                                      const BackupProgress& progress) {
  StreamVersions versions;
  PayloadWriter out(payload);
  Status exported = db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db.ExecuteScript("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    SW_ASSIGN_OR_RETURN(versions, AppliedStreamVersions(db));
    SW_ASSIGN_OR_RETURN(std::vector<std::string> tables, TablesParentsFirst(db));
    out.Raw(kPayloadMagic);
    for (const std::string& table : tables) {
      SW_ASSIGN_OR_RETURN(std::uint64_t rows, ExportTable(db, table, out));
      progress(fmt::format("已导出 {}：{} 行 exported {}: {} rows", table, rows, table, rows));
    }
    out.Tag('Z');
    return Status::Ok();
  });
  SW_RETURN_IF_ERROR(exported);
  SW_RETURN_IF_ERROR(out.Close());
  return versions;
}

namespace {

// Every stream this build knows, cut at the version the backup was made at.
std::vector<MigrationStream> StreamsAsOf(const StreamVersions& versions) {
  std::vector<MigrationStream> streams;
  for (const MigrationStream& s : MigrationStreams()) {
    int version = 0;
    for (const auto& [module, v] : versions) {
      if (module == s.module) version = v;
    }
    MigrationStream cut{s.module, {}};
    for (const Migration& m : s.migrations) {
      if (m.version <= version) cut.migrations.push_back(m);
    }
    streams.push_back(std::move(cut));
  }
  return streams;
}

// Migrations may seed rows; the backup's rows replace them (children first).
Status DeleteEveryRow(Database& db, const std::vector<std::string>& parents_first) {
  for (auto it = parents_first.rbegin(); it != parents_first.rend(); ++it) {
    SW_RETURN_IF_ERROR(db.Execute("DELETE FROM " + Quoted(*it)).status());
  }
  return Status::Ok();
}

Status InsertRows(Database& db, const std::string& table, const std::vector<std::string>& columns,
                  const std::vector<SqlParams>& rows) {
  if (rows.empty()) return Status::Ok();
  std::string one = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) one += i == 0 ? "?" : ", ?";
  one += ")";
  std::string sql = "INSERT INTO " + Quoted(table) + " (" + ColumnList(columns) + ") VALUES ";
  SqlParams params;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    sql += (r == 0 ? "" : ", ") + one;
    params.insert(params.end(), rows[r].begin(), rows[r].end());
  }
  return db.Execute(sql, params).status();
}

// A row's references to its own table, set after all the table's rows are in.
struct LaterUpdate {
  SqlValue id;
  SqlParams values;
};

Status ApplyLaterUpdates(Database& db, const std::string& table, const std::vector<std::string>& columns,
                         const std::vector<LaterUpdate>& updates) {
  std::string sets;
  for (const std::string& c : columns) sets += (sets.empty() ? "" : ", ") + Quoted(c) + " = ?";
  for (const LaterUpdate& u : updates) {
    SqlParams params = u.values;
    params.push_back(u.id);
    SW_RETURN_IF_ERROR(
        db.Execute("UPDATE " + Quoted(table) + " SET " + sets + " WHERE id = ?", params).status());
  }
  return Status::Ok();
}

class TableImport {
 public:
  TableImport(Database& db, std::string table, std::vector<std::string> columns,
              const std::set<std::string>& self)
      : db_(db), table_(std::move(table)), columns_(std::move(columns)) {
    batch_rows_ = std::max<std::size_t>(
        1, std::min(kMaxRowsPerInsert, kMaxParameters / std::max<std::size_t>(1, columns_.size())));
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (self.count(columns_[i]) > 0) self_columns_.push_back(i);
      if (columns_[i] == "id") id_column_ = i;
    }
  }

  Status Add(SqlParams row) {
    if (!self_columns_.empty()) SW_RETURN_IF_ERROR(HoldBackSelfReferences(row));
    batch_.push_back(std::move(row));
    if (batch_.size() >= batch_rows_) return Flush();
    return Status::Ok();
  }

  Status Finish() {
    SW_RETURN_IF_ERROR(Flush());
    std::vector<std::string> names;
    for (std::size_t i : self_columns_) names.push_back(columns_[i]);
    return ApplyLaterUpdates(db_, table_, names, later_);
  }

 private:
  Status HoldBackSelfReferences(SqlParams& row) {
    if (!id_column_)
      return Internal(fmt::format("表 {} 引用自身却没有 id 列 table {} refers to itself without an id column",
                                  table_, table_));
    LaterUpdate update{row[*id_column_], {}};
    bool any = false;
    for (std::size_t i : self_columns_) {
      any = any || !std::holds_alternative<SqlNull>(row[i]);
      update.values.push_back(row[i]);
      row[i] = SqlNull{};
    }
    if (any) later_.push_back(std::move(update));
    return Status::Ok();
  }

  Status Flush() {
    SW_RETURN_IF_ERROR(InsertRows(db_, table_, columns_, batch_));
    batch_.clear();
    return Status::Ok();
  }

  Database& db_;
  std::string table_;
  std::vector<std::string> columns_;
  std::vector<std::size_t> self_columns_;
  std::optional<std::size_t> id_column_;
  std::size_t batch_rows_ = 1;
  std::vector<SqlParams> batch_;
  std::vector<LaterUpdate> later_;
};

Result<std::uint64_t> ImportTable(Database& db, PayloadReader& in, const std::set<std::string>& tables,
                                  std::string& table) {
  SW_ASSIGN_OR_RETURN(table, in.Bytes());
  if (tables.count(table) == 0)
    return Damaged(fmt::format("表 {} 不在该版本的结构中 table {} is not in the schema", table, table));
  SW_ASSIGN_OR_RETURN(std::uint64_t column_count, in.Unsigned());
  std::vector<std::string> columns;
  for (std::uint64_t i = 0; i < column_count; ++i) {
    SW_ASSIGN_OR_RETURN(std::string column, in.Bytes());
    columns.push_back(std::move(column));
  }
  SW_ASSIGN_OR_RETURN(std::set<std::string> self, SelfReferences(db, table));
  TableImport import(db, table, columns, self);
  std::uint64_t count = 0;
  while (true) {
    SW_ASSIGN_OR_RETURN(char tag, in.Tag());
    if (tag == 'E') break;
    if (tag != 'R') return Damaged(fmt::format("row tag {} in {}", static_cast<int>(tag), table));
    SqlParams row;
    for (std::uint64_t i = 0; i < column_count; ++i) {
      SW_ASSIGN_OR_RETURN(SqlValue v, in.Value());
      row.push_back(std::move(v));
    }
    SW_RETURN_IF_ERROR(import.Add(std::move(row)));
    ++count;
  }
  SW_ASSIGN_OR_RETURN(std::uint64_t written, in.Unsigned());
  if (written != count) return Damaged(fmt::format("{} has {} rows, not {}", table, count, written));
  SW_RETURN_IF_ERROR(import.Finish());
  return count;
}

// Identity columns go on from the highest restored value, not from 1.
Status ResetIdentities(Database& db) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db.Query("SELECT table_name, column_name FROM information_schema.columns WHERE "
                               "table_schema = current_schema() AND is_identity = 'YES'"));
  for (const Row& r : rows) {
    const std::string table = r.Text(0);
    const std::string column = r.Text(1);
    SW_RETURN_IF_ERROR(db.Query("SELECT setval(pg_get_serial_sequence(?, ?), MAX(" + Quoted(column) +
                                    ")) FROM " + Quoted(table) + " HAVING MAX(" + Quoted(column) +
                                    ") IS NOT NULL",
                                {Quoted(table), column})
                           .status());
  }
  return Status::Ok();
}

}  // namespace

Status ImportPostgres(Database& db, const StreamVersions& versions, const std::filesystem::path& payload,
                      const BackupProgress& progress) {
  return db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(Migrate(db, StreamsAsOf(versions)));
    SW_ASSIGN_OR_RETURN(std::vector<std::string> tables, TablesParentsFirst(db));
    SW_RETURN_IF_ERROR(DeleteEveryRow(db, tables));
    const std::set<std::string> known(tables.begin(), tables.end());
    PayloadReader in(payload);
    SW_ASSIGN_OR_RETURN(std::string magic, in.Raw(kPayloadMagic.size()));
    if (magic != kPayloadMagic) return Damaged("它不以 SWROWS1 开头 it does not start with SWROWS1");
    while (true) {
      SW_ASSIGN_OR_RETURN(char tag, in.Tag());
      if (tag == 'Z') break;
      if (tag != 'T') return Damaged(fmt::format("table tag {}", static_cast<int>(tag)));
      std::string table;
      SW_ASSIGN_OR_RETURN(std::uint64_t rows, ImportTable(db, in, known, table));
      progress(fmt::format("已恢复 {}：{} 行 restored {}: {} rows", table, rows, table, rows));
    }
    return ResetIdentities(db);
  });
}

}  // namespace sanwang::store
