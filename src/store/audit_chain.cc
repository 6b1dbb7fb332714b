#include "store/audit_chain.h"

#include "core/sm3.h"

namespace sanwang::store {
namespace {

// Each field with its length in front, so that no two different entries hash the same
// text (a "|" inside a detail cannot shift a field boundary).
void Field(std::string& out, std::string_view value) {
  out += std::to_string(value.size());
  out += ':';
  out += value;
  out += ';';
}

constexpr std::int64_t kVerifyBatch = 5000;

}  // namespace

std::string AuditChainHash(const std::string& previous, const AuditRecord& e) {
  std::string text = "sanwang-audit-v1;";
  Field(text, previous);
  Field(text, e.district_code);
  Field(text, std::to_string(e.at));
  Field(text, e.user_id ? std::to_string(*e.user_id) : "");
  Field(text, e.username);
  Field(text, e.role);
  Field(text, e.remote_address);
  Field(text, e.action);
  Field(text, e.target);
  Field(text, e.outcome);
  Field(text, e.detail);
  return Sm3Hex(text);
}

Result<AuditChainReport> VerifyAuditChain(Database& db, const std::string& district) {
  AuditChainReport report;
  std::string previous;
  bool chained = false;
  Id after = 0;
  for (;;) {
    SW_ASSIGN_OR_RETURN(auto rows, db.Query("SELECT id, district_code, at, user_id, username, role, "
                                            "remote_address, action, target, outcome, detail, chain_hash "
                                            "FROM audit_log WHERE district_code = ? AND id > ? "
                                            "ORDER BY id LIMIT ?",
                                            {district, after, kVerifyBatch}));
    for (const Row& r : rows) {
      AuditRecord e{r.Int(0),  r.Text(1), r.Int(2),  r.OptInt(3), r.Text(4), r.Text(5),
                    r.Text(6), r.Text(7), r.Text(8), r.Text(9),   r.Text(10)};
      const std::string stored = r.Text(11);
      after = e.id;
      ++report.entries;
      // Entries written before the chain began have no hash; once it has begun, every
      // entry must have one.
      if (stored.empty() && !chained) {
        ++report.before_chain;
        continue;
      }
      chained = true;
      if (!report.broken_at && stored != AuditChainHash(previous, e)) report.broken_at = e.id;
      previous = stored;
    }
    if (static_cast<std::int64_t>(rows.size()) < kVerifyBatch) break;
  }
  report.head = previous;
  SW_ASSIGN_OR_RETURN(auto recorded,
                      db.Query("SELECT last_hash FROM audit_chain WHERE district_code = ?", {district}));
  report.head_matches = (recorded.empty() ? std::string() : recorded[0].Text(0)) == report.head;
  return report;
}

}  // namespace sanwang::store
