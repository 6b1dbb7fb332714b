#include "classify/model_registry.h"

#include "classify/model_format.h"

namespace sanwang::classify {

Result<store::ClassifierModelRecord> StoreModel(store::Database& db, const std::string& district_code,
                                                const Classifier& classifier, const ModelFacts& facts,
                                                UnixSeconds now) {
  store::ClassifierModelRecord r;
  r.district_code = district_code;
  r.kind = std::string(ModelKindName(classifier.kind()));
  r.created_at = now;
  r.labels = static_cast<int>(classifier.labels().size());
  r.training_rows = facts.training_rows;
  r.cv_accuracy = facts.cv_accuracy;
  r.cv_macro_f1 = facts.cv_macro_f1;
  r.model = SerializeClassifier(classifier);
  return store::ClassifierRepository(db).InsertActive(std::move(r));
}

Result<std::optional<ActiveModel>> LoadActiveModel(store::Database& db, const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto record, store::ClassifierRepository(db).LoadActive(district_code));
  if (!record) return std::optional<ActiveModel>();
  auto classifier = DeserializeClassifier(record->model);
  if (!classifier.ok())
    return classifier.status().WithContext("classifier version " + std::to_string(record->version));
  return std::optional<ActiveModel>(ActiveModel{record->version, record->id, std::move(classifier).value()});
}

}  // namespace sanwang::classify
