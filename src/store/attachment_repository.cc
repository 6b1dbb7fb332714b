#include "store/attachment_repository.h"

namespace sanwang::store {
namespace {

AttachmentRecord FromRow(const Row& r, bool with_data) {
  AttachmentRecord a;
  a.id = r.Int(0);
  a.district_code = r.Text(1);
  a.case_id = r.Int(2);
  a.content_type = r.Text(3);
  a.size_bytes = r.Int(4);
  a.sha256 = r.Text(5);
  a.uploaded_by = r.OptInt(6);
  a.created_at = r.Int(7);
  if (with_data) a.data = r.Bytes(8);
  return a;
}

constexpr const char* kColumns =
    "id, district_code, case_id, content_type, size_bytes, sha256, uploaded_by, created_at";

}  // namespace

Result<AttachmentRecord> AttachmentRepository::Insert(AttachmentRecord a) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO attachments (district_code, case_id, content_type, size_bytes, "
                           "sha256, data, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id",
                           {a.district_code, a.case_id, a.content_type, a.size_bytes, a.sha256, Blob{a.data},
                            Nullable(a.uploaded_by), a.created_at}));
  a.id = rows.at(0).Int(0);
  return a;
}

Result<std::vector<AttachmentRecord>> AttachmentRepository::ListForCase(Id case_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns +
                                               " FROM attachments WHERE case_id = ? ORDER BY id",
                                           {case_id}));
  std::vector<AttachmentRecord> out;
  for (const Row& r : rows) out.push_back(FromRow(r, false));
  return out;
}

Result<AttachmentRecord> AttachmentRepository::Get(Id case_id, Id attachment_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kColumns +
                                               ", data FROM attachments WHERE case_id = ? AND id = ?",
                                           {case_id, attachment_id}));
  if (rows.empty())
    return NotFound("no photo " + std::to_string(attachment_id) + " on case " + std::to_string(case_id));
  return FromRow(rows[0], true);
}

}  // namespace sanwang::store
