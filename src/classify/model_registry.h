// Trained classifiers kept in the database, versioned per district: storing one makes it
// the active model that suggestions and automatic dispatch use; loading reads the active
// one back. The bridge between classify/ and store/classifier_repository.h.
//
// Functions on a borrowed Database: same thread-safety as the Database.
#pragma once

#include <optional>
#include <string>

#include "classify/classifier.h"
#include "core/time.h"
#include "store/classifier_repository.h"

namespace sanwang::classify {

// What is recorded beside a model.
struct ModelFacts {
  int training_rows = 0;
  std::optional<double> cv_accuracy;  // when cross-validated before training
  std::optional<double> cv_macro_f1;
};

struct ActiveModel {
  int version = 0;
  store::Id id = 0;
  Classifier classifier;
};

// Stores `classifier` as the district's next version and makes it active.
Result<store::ClassifierModelRecord> StoreModel(store::Database& db, const std::string& district_code,
                                                const Classifier& classifier, const ModelFacts& facts,
                                                UnixSeconds now);

// The district's active model; nullopt when none has been trained.
Result<std::optional<ActiveModel>> LoadActiveModel(store::Database& db, const std::string& district_code);

}  // namespace sanwang::classify
