#include "store/personal_data_reseal.h"

#include <limits>

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

constexpr std::int64_t kBatchRows = 500;

// One batch of the rows holding a value not sealed under the current key:
// "SELECT key, c1, c2 … FROM t WHERE key > ? AND (c1 needs it OR …) ORDER BY key LIMIT n".
// The database skips the rest, so a start of the server over a sealed database reads no rows.
std::string BatchQuery(const SealedTable& t, const PersonalDataKeys& keys) {
  // A key id is a-z, 0-9, - and _ (PersonalDataKeys::Parse), so it is safe inside the literal.
  const std::string current = "sm4:" + keys.current_id() + ":";
  std::string sql = "SELECT " + t.key;
  std::string needs;
  for (const SealedColumn& c : t.columns) {
    sql += ", " + c.name;
    needs += std::string(needs.empty() ? "" : " OR ") + "(" + c.name + " <> '' AND substr(" + c.name +
             ", 1, " + std::to_string(current.size()) + ") <> '" + current + "')";
  }
  return sql + " FROM " + t.table + " WHERE " + t.key + " > ? AND (" + needs + ") ORDER BY " + t.key +
         " LIMIT " + std::to_string(kBatchRows);
}

// Rewrites one value of one row, if it still holds what was read; 1 when it did.
Result<std::int64_t> Reseal(Database& db, const SealedTable& t, const SealedColumn& c, std::int64_t key,
                            const std::string& stored, const std::string& plain,
                            const PersonalDataKeys& keys) {
  std::string sql = "UPDATE " + t.table + " SET " + c.name + " = ?";
  SqlParams params = {keys.Seal(plain)};
  if (!c.lookup.empty()) {
    sql += ", " + c.lookup + " = ?";
    params.push_back(keys.Lookup(plain));
  }
  sql += " WHERE " + t.key + " = ? AND " + c.name + " = ?";
  params.push_back(key);
  params.push_back(stored);
  return db.Execute(sql, params);
}

Status ResealTable(Database& db, const SealedTable& t, const PersonalDataKeys& keys, ResealCounts& counts,
                   const ResealProgress& progress) {
  std::int64_t after = std::numeric_limits<std::int64_t>::min();
  std::int64_t seen = 0;
  while (true) {
    SW_ASSIGN_OR_RETURN(auto rows, db.Query(BatchQuery(t, keys), {after}));
    if (rows.empty()) break;
    SW_RETURN_IF_ERROR(db.InTransaction([&]() -> Status {
      for (const Row& row : rows) {
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
          std::string stored = row.Text(i + 1);
          if (keys.SealedWithCurrent(stored)) continue;
          Result<std::string> plain = keys.Open(stored);
          if (!plain.ok()) {
            ++counts.unreadable;
            continue;
          }
          SW_ASSIGN_OR_RETURN(std::int64_t changed,
                              Reseal(db, t, t.columns[i], row.Int(0), stored, *plain, keys));
          counts.resealed += changed;
        }
      }
      return Status::Ok();
    }));
    after = rows.back().Int(0);
    seen += static_cast<std::int64_t>(rows.size());
    if (progress) progress(t.table, seen);
  }
  return Status::Ok();
}

}  // namespace

Result<ResealCounts> ResealPersonalData(Database& db, const std::vector<SealedTable>& tables,
                                        const ResealProgress& progress) {
  ResealCounts counts;
  const PersonalDataKeys* keys = InstalledPersonalDataKeys();
  if (keys == nullptr) return counts;
  for (const SealedTable& t : tables) SW_RETURN_IF_ERROR(ResealTable(db, t, *keys, counts, progress));
  return counts;
}

Status UnreadableValues(const ResealCounts& counts) {
  if (counts.unreadable == 0) return Status::Ok();
  const std::string n = std::to_string(counts.unreadable);
  return {ErrorCode::kDataLoss, n + " 项个人数据无法解密：其密钥不在密钥文件中或数据已损坏 " + n +
                                    " personal values cannot be opened: their key is not in the key file, or "
                                    "they are damaged"};
}

}  // namespace sanwang::store
