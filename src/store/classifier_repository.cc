#include "store/classifier_repository.h"

namespace sanwang::store {
namespace {

constexpr const char* kColumns =
    "id, district_code, version, kind, created_at, labels, training_rows, cv_accuracy, cv_macro_f1, active, "
    "model";

ClassifierModelRecord FromRow(const Row& r) {
  ClassifierModelRecord m;
  m.id = r.Int(0);
  m.district_code = r.Text(1);
  m.version = static_cast<int>(r.Int(2));
  m.kind = r.Text(3);
  m.created_at = r.Int(4);
  m.labels = static_cast<int>(r.Int(5));
  m.training_rows = static_cast<int>(r.Int(6));
  m.cv_accuracy = r.OptReal(7);
  m.cv_macro_f1 = r.OptReal(8);
  m.active = r.Int(9) != 0;
  m.model = r.Bytes(10);
  return m;
}

}  // namespace

Result<ClassifierModelRecord> ClassifierRepository::InsertActive(ClassifierModelRecord r) {
  Status stored = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto latest,
        db_.Query("SELECT MAX(version) FROM classifier_models WHERE district_code = ?", {r.district_code}));
    r.version = latest.at(0).IsNull(0) ? 1 : static_cast<int>(latest.at(0).Int(0)) + 1;
    SW_RETURN_IF_ERROR(
        db_.Execute("UPDATE classifier_models SET active = 0 WHERE district_code = ? AND active = 1",
                    {r.district_code})
            .status());
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query(
            "INSERT INTO classifier_models (district_code, version, kind, created_at, labels, training_rows, "
            "cv_accuracy, cv_macro_f1, model, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
            {r.district_code, std::int64_t{r.version}, r.kind, r.created_at, std::int64_t{r.labels},
             std::int64_t{r.training_rows}, Nullable(r.cv_accuracy), Nullable(r.cv_macro_f1),
             Blob{r.model}}));
    r.id = rows.at(0).Int(0);
    return Status::Ok();
  });
  if (stored.code() == ErrorCode::kAlreadyExists) {
    return Conflict("another classifier version was stored at the same time; train again");
  }
  SW_RETURN_IF_ERROR(stored);
  r.active = true;
  return r;
}

Result<std::optional<ClassifierModelRecord>> ClassifierRepository::LoadActive(
    const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string("SELECT ") + kColumns +
                                    " FROM classifier_models WHERE district_code = ? AND active = 1",
                                {district_code}));
  if (rows.empty()) return std::optional<ClassifierModelRecord>();
  return std::optional<ClassifierModelRecord>(FromRow(rows[0]));
}

Result<std::optional<ActiveModelKey>> ClassifierRepository::ActiveKey(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, version FROM classifier_models WHERE district_code = ? AND "
                                "active = 1",
                                {district_code}));
  if (rows.empty()) return std::optional<ActiveModelKey>();
  return std::optional<ActiveModelKey>(ActiveModelKey{rows[0].Int(0), static_cast<int>(rows[0].Int(1))});
}

}  // namespace sanwang::store
