// The audit log's hash chain (GB/T 22239-2019 level 3 asks that audit records be protected
// from change and deletion). Each entry carries chain_hash = SM3(previous entry's
// chain_hash, the entry's fields), in the order of the entries' ids within a district, so
// changing an entry breaks its own hash and removing one breaks the link of the entry after
// it. The district's last hash is kept in `audit_chain`, whose row also serialises the
// writers that extend the chain (each takes the row's lock before reading the last hash).
//
// What the chain shows and what it does not: anyone who can change the audit table can
// change the chain-head row too and recompute every hash after an edit, since SM3 has no
// key. The chain makes an edit by an application bug, a careless administrator or a
// restored old backup evident; against a determined database administrator the district
// keeps the head hash elsewhere (VerifyAuditChain prints it; docs/security.md says how).
#pragma once

#include <optional>
#include <string>

#include "store/database.h"
#include "store/security_repository.h"

namespace sanwang::store {

// The chain hash of `entry` following an entry whose chain hash is `previous` ("" for the
// first entry of a district's chain).
std::string AuditChainHash(const std::string& previous, const AuditRecord& entry);

struct AuditChainReport {
  std::int64_t entries = 0;       // entries checked
  std::int64_t before_chain = 0;  // entries written before the chain existed (no hash)
  std::string head;               // the last entry's chain hash
  // The first entry whose hash does not follow: changed, or an entry before it removed.
  std::optional<Id> broken_at;
  // False when the last entry is not the one the chain row recorded: entries were removed
  // from the end.
  bool head_matches = true;

  bool intact() const { return !broken_at && head_matches; }
};

// Walks the district's audit entries in id order and checks every link.
Result<AuditChainReport> VerifyAuditChain(Database& db, const std::string& district);

}  // namespace sanwang::store
