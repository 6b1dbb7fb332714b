#include "support/spending_files.h"

#include <algorithm>

#include "core/sha256.h"
#include "core/upload_check.h"

namespace sanwang::support {
namespace {

// The declared type when it is allowed and the bytes are that type.
Result<std::string> CheckedType(const SpendingUpload& upload) {
  if (upload.data.size() > kMaxSpendingFileBytes) {
    return InvalidArgument("单个附件不超过 " + std::to_string(kMaxSpendingFileBytes >> 20) +
                               " MB an attachment may have at most " + std::to_string(kMaxSpendingFileBytes) +
                               " bytes",
                           "body");
  }
  const std::string type = MediaTypeOf(upload.content_type);
  const auto& allowed = SpendingFileTypes();
  if (std::find(allowed.begin(), allowed.end(), type) == allowed.end()) {
    return InvalidArgument(
        "附件只能是照片（JPEG、PNG、WebP）或 PDF 文件 an attachment must be a JPEG, PNG or WebP photo or a "
        "PDF, "
        "not '" +
            type + "'",
        "content_type");
  }
  SW_RETURN_IF_ERROR(CheckUploadBytes(upload.data, type));
  return type;
}

std::vector<std::string> ExtensionsOf(const std::string& type) {
  if (type == "image/jpeg") return {"jpg", "jpeg"};
  return {UploadExtension(type)};
}

}  // namespace

const std::vector<std::string>& SpendingFileTypes() {
  static const std::vector<std::string> kTypes = {"image/jpeg", "image/png", "image/webp", "application/pdf"};
  return kTypes;
}

Result<store::SpendingFileRecord> AttachSpendingFile(const Ledger& ledger, store::Id spending_id,
                                                     const SpendingUpload& upload) {
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, spending_id));
  if (!RightsOn(ledger, s).may_attach) {
    return PermissionDenied("只有经办单位可以为该支出上传附件 only the keepers of " + s.unit->code +
                            "'s books attach files to this record, until it is withdrawn");
  }
  SW_ASSIGN_OR_RETURN(std::string type, CheckedType(upload));
  store::SpendingFileRecord f;
  f.district_code = ledger.district();
  f.spending_id = s.record.id;
  f.file_name = SafeUploadName(upload.file_name, ExtensionsOf(type), UploadExtension(type), "invoice",
                               kMaxSpendingFileNameBytes);
  f.content_type = type;
  f.size_bytes = static_cast<std::int64_t>(upload.data.size());
  f.sha256 = Sha256Hex(upload.data);
  f.data = upload.data;
  f.uploaded_by = ledger.actor.user_id;
  f.uploaded_at = ledger.now;
  return store::SpendingApprovalRepository(ledger.db).InsertFile(std::move(f), kMaxSpendingFiles);
}

Result<std::vector<store::SpendingFileRecord>> SpendingFiles(const Ledger& ledger, store::Id spending_id) {
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, spending_id));
  return store::SpendingApprovalRepository(ledger.db).Files(ledger.district(), s.record.id);
}

Result<store::SpendingFileRecord> SpendingFile(const Ledger& ledger, store::Id spending_id,
                                               store::Id file_id) {
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, spending_id));
  return store::SpendingApprovalRepository(ledger.db).File(ledger.district(), s.record.id, file_id);
}

}  // namespace sanwang::support
