// The attachments of a spending record (附件: invoice scans and receipts): a photo (JPEG,
// PNG, WebP) or a PDF, checked whole by core/upload_check.h — the type declared must be
// the type the bytes are —, at most kMaxSpendingFileBytes each and kMaxSpendingFiles per
// record, its name kept made safe. The record's keepers attach (those who may record
// spending on its line), while the record is not withdrawn nor a reversal; everyone who
// sees the record reads the list and downloads. Nothing is deleted. Each refusal names its
// field and writes nothing. Functions over a Ledger; thread-safe as its Database.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "support/spending_approval.h"

namespace sanwang::support {

inline constexpr std::size_t kMaxSpendingFileBytes = std::size_t{10} << 20;  // 10 MiB: a scanned invoice
inline constexpr std::int64_t kMaxSpendingFiles = 10;
inline constexpr std::size_t kMaxSpendingFileNameBytes = 120;

// The types an attachment may have, in the order documentation lists them.
const std::vector<std::string>& SpendingFileTypes();

struct SpendingUpload {
  std::string file_name;     // as the uploader's device named it
  std::string content_type;  // as declared
  std::string data;
};

Result<store::SpendingFileRecord> AttachSpendingFile(const Ledger& ledger, store::Id spending_id,
                                                     const SpendingUpload& upload);
// The record's files without their bytes, oldest first.
Result<std::vector<store::SpendingFileRecord>> SpendingFiles(const Ledger& ledger, store::Id spending_id);
// One file with its bytes; NotFound for a file of another record or a record out of sight.
Result<store::SpendingFileRecord> SpendingFile(const Ledger& ledger, store::Id spending_id,
                                               store::Id file_id);

}  // namespace sanwang::support
