#include "support/store/venue_photo_repository.h"

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using PhotoColumn = RecordColumn<VenuePhotoRecord>;

// Every column after the id but the bytes, which only Get reads.
const std::vector<PhotoColumn>& PhotoColumns() {
  using P = VenuePhotoRecord;
  static const std::vector<PhotoColumn> kColumns = {
      Field<&P::district_code>("district_code"),
      Field<&P::venue_id>("venue_id"),
      Field<&P::caption>("caption"),
      Field<&P::content_type>("content_type"),
      Field<&P::size_bytes>("size_bytes"),
      Field<&P::sha256>("sha256"),
      Field<&P::uploaded_by>("uploaded_by"),
      Field<&P::uploaded_at>("uploaded_at"),
  };
  return kColumns;
}

Status NoSuchPhoto(Id photo_id) {
  return NotFound("照片不存在 no photo " + std::to_string(photo_id) + " of this venue");
}

}  // namespace

Result<VenuePhotoRecord> VenuePhotoRepository::Insert(VenuePhotoRecord photo, std::int64_t max_photos) {
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto count, db_.Query("SELECT COUNT(*) FROM support_venue_photos WHERE venue_id = ?",
                                              {photo.venue_id}));
    if (count.at(0).Int(0) >= max_photos) {
      const std::string n = std::to_string(max_photos);
      return Status(ErrorCode::kFailedPrecondition,
                    "每个场地最多 " + n + " 张照片 a venue holds at most " + n + " photos", "body");
    }
    SqlParams params = ColumnValues(PhotoColumns(), photo);
    params.push_back(Blob{photo.data});
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO support_venue_photos (" +
                                                 ColumnList(PhotoColumns()) + ", data) VALUES (" +
                                                 Placeholders(PhotoColumns().size() + 1) + ") RETURNING id",
                                             params));
    photo.id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  photo.data.clear();
  return photo;
}

Result<std::vector<VenuePhotoRecord>> VenuePhotoRepository::Of(const std::string& district_code,
                                                               Id venue_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, " + ColumnList(PhotoColumns()) +
                                               " FROM support_venue_photos WHERE district_code = ? AND "
                                               "venue_id = ? ORDER BY id",
                                           {district_code, venue_id}));
  std::vector<VenuePhotoRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(PhotoColumns(), r));
  return out;
}

Result<VenuePhotoRecord> VenuePhotoRepository::Get(const std::string& district_code, Id venue_id,
                                                   Id photo_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, " + ColumnList(PhotoColumns()) +
                                               ", data FROM support_venue_photos WHERE district_code = ? AND "
                                               "venue_id = ? AND id = ?",
                                           {district_code, venue_id, photo_id}));
  if (rows.empty()) return NoSuchPhoto(photo_id);
  VenuePhotoRecord photo = RecordFromIdRow(PhotoColumns(), rows.front());
  photo.data = rows.front().Bytes(1 + PhotoColumns().size());
  return photo;
}

Status VenuePhotoRepository::Remove(const std::string& district_code, Id venue_id, Id photo_id) {
  SW_ASSIGN_OR_RETURN(
      std::int64_t removed,
      db_.Execute("DELETE FROM support_venue_photos WHERE district_code = ? AND venue_id = ? AND id = ?",
                  {district_code, venue_id, photo_id}));
  if (removed == 0) return NoSuchPhoto(photo_id);
  return Status::Ok();
}

}  // namespace sanwang::store
