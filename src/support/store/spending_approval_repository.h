// Keeps the approval chain of spending records (支出审批, the "support" stream's
// budget_spending state and its budget_spending_events and budget_spending_files tables).
//
// A move along the chain is one conditional UPDATE (… WHERE id = ? AND state = <the state
// the mover saw>) in a transaction with its event and, when the move changes what the
// record holds (a resubmission with a new amount, a withdrawal), the line's conditional
// update (BudgetRepository::HoldForSpending). Of two approvers of one step at once the
// second finds the state moved, touches no row and gets Conflict; nothing of theirs is
// written. The rules of who may move what are the domain's (support/spending_approval.h).
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/store/budget_repository.h"

namespace sanwang::store {

struct SpendingEventRecord {
  Id id = 0;
  std::string district_code;
  Id spending_id = 0;
  UnixSeconds at = 0;
  std::optional<Id> user_id;
  std::string user_name;
  std::string role;
  std::string action;  // a transition of budget_spending.toml; "submit" for the first
  std::string from_state;
  std::string to_state;
  std::string note;     // the reason of a return or withdrawal
  std::string changes;  // what a resubmission changed: "amount_fen: 120000 → 98000; payee: …"
};

struct SpendingFileRecord {
  Id id = 0;
  std::string district_code;
  Id spending_id = 0;
  std::string file_name;     // made safe
  std::string content_type;  // the checked type
  std::int64_t size_bytes = 0;
  std::string sha256;  // hex
  std::string data;    // empty in listings
  std::optional<Id> uploaded_by;
  UnixSeconds uploaded_at = 0;
};

// One move of a record: `changed` is the record as the move leaves it (state, reason,
// and for a resubmission the edited fields), `seen_state` the state the mover saw.
struct SpendingMove {
  BudgetSpendingRecord changed;
  std::string seen_state;
  // Checked too when set: of two supervisions of one step at once only one is written.
  std::optional<bool> seen_supervised;
  std::int64_t hold_delta_fen = 0;  // added to what the record holds on its line
  SpendingEventRecord event;
};

class SpendingApprovalRepository {
 public:
  explicit SpendingApprovalRepository(Database& db) : db_(db) {}

  // Moves the record; Conflict when its state is no longer `seen_state`, FailedPrecondition
  // (field amount_fen) when the line cannot hold a raised amount. Nothing written on refusal.
  Status Move(const SpendingMove& move);
  // Writes the submission's event (the record was inserted by BudgetRepository::Spend).
  Status AppendEvent(const SpendingEventRecord& event);
  Result<std::vector<SpendingEventRecord>> Events(const std::string& district, Id spending_id);

  // Adds a file unless the record has `max_files` already (FailedPrecondition, field file).
  Result<SpendingFileRecord> InsertFile(SpendingFileRecord file, std::int64_t max_files);
  // The record's files without their bytes, oldest first.
  Result<std::vector<SpendingFileRecord>> Files(const std::string& district, Id spending_id);
  // One file with its bytes; NotFound for a file of another record.
  Result<SpendingFileRecord> File(const std::string& district, Id spending_id, Id file_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
