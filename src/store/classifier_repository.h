// Trained text classifiers (classify/), stored versioned per district. Inserting a model
// makes it the district's one active model in the same transaction; older versions stay
// for the record and for rolling back by hand. The model itself is an opaque blob that
// classify/ writes and reads.
//
// Same thread-safety as the Database.
#pragma once

#include <optional>
#include <string>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct ClassifierModelRecord {
  Id id = 0;
  std::string district_code;
  int version = 0;   // 1, 2, … per district; assigned by InsertActive
  std::string kind;  // nb | linear
  UnixSeconds created_at = 0;
  int labels = 0;
  int training_rows = 0;
  std::optional<double> cv_accuracy;  // when cross-validated before training
  std::optional<double> cv_macro_f1;
  std::string model;  // the serialized model; empty when read by ActiveVersion
  bool active = false;
};

// Identifies the active model without reading its blob (cache checks).
struct ActiveModelKey {
  Id id = 0;
  int version = 0;

  bool operator==(const ActiveModelKey&) const = default;
};

class ClassifierRepository {
 public:
  explicit ClassifierRepository(Database& db) : db_(db) {}

  // Stores `r` as the district's next version and makes it the active one. A concurrent
  // insert of the same version fails with kConflict.
  Result<ClassifierModelRecord> InsertActive(ClassifierModelRecord r);
  // The district's active model, blob included; nullopt when none has been trained.
  Result<std::optional<ClassifierModelRecord>> LoadActive(const std::string& district_code);
  Result<std::optional<ActiveModelKey>> ActiveKey(const std::string& district_code);

 private:
  Database& db_;
};

}  // namespace sanwang::store
