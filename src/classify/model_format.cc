#include "classify/model_format.h"

#include "classify/byte_io.h"

namespace sanwang::classify {
namespace {

constexpr std::string_view kMagic = "SWCLASSIFIER";

Status Corrupt(const std::string& why) { return {ErrorCode::kDataLoss, "stored model is corrupt: " + why}; }

void WriteHeader(const ClassifierParts& p, ByteWriter& w) {
  w.Bytes(kMagic);
  w.U32(kModelFormatVersion);
  w.U8(p.kind == ModelKind::kNaiveBayes ? 0 : 1);
  w.U8(static_cast<std::uint8_t>(p.features.words));
  w.U8(static_cast<std::uint8_t>(p.features.char_ngram_min));
  w.U8(static_cast<std::uint8_t>(p.features.char_ngram_max));
  w.F64(p.temperature);
}

void WriteVocabulary(const ClassifierParts& p, ByteWriter& w) {
  w.U32(static_cast<std::uint32_t>(p.labels.size()));
  for (const std::string& label : p.labels) w.String(label);
  w.U32(static_cast<std::uint32_t>(p.vectorizer.size()));
  for (std::size_t i = 0; i < p.vectorizer.size(); ++i) {
    w.String(p.vectorizer.terms()[i]);
    w.F32(p.vectorizer.idf()[i]);
  }
}

Status ReadHeader(ByteReader& r, ClassifierParts& p) {
  SW_ASSIGN_OR_RETURN(std::string_view magic, r.Bytes(kMagic.size()));
  if (magic != kMagic) return Corrupt("not a Sanwang classifier");
  SW_ASSIGN_OR_RETURN(std::uint32_t version, r.U32());
  if (version > kModelFormatVersion) {
    return {ErrorCode::kFailedPrecondition, "stored model has format " + std::to_string(version) +
                                                ", newer than this program: upgrade sanwang"};
  }
  SW_ASSIGN_OR_RETURN(std::uint8_t kind, r.U8());
  if (kind > 1) return Corrupt("unknown model kind");
  p.kind = kind == 0 ? ModelKind::kNaiveBayes : ModelKind::kLinear;
  SW_ASSIGN_OR_RETURN(std::uint8_t words, r.U8());
  // Lexicon words came with format 2.
  auto last_words = version >= 2 ? WordFeatures::kLexicon : WordFeatures::kSegmented;
  if (words > static_cast<std::uint8_t>(last_words)) return Corrupt("unknown kind of word features");
  SW_ASSIGN_OR_RETURN(std::uint8_t min_n, r.U8());
  SW_ASSIGN_OR_RETURN(std::uint8_t max_n, r.U8());
  p.features = FeatureOptions{static_cast<WordFeatures>(words), min_n, max_n};
  SW_ASSIGN_OR_RETURN(p.temperature, r.F64());
  return Status::Ok();
}

// A count of items at least `min_bytes` long each that the remaining input can hold.
Result<std::uint32_t> ReadCount(ByteReader& r, std::size_t min_bytes) {
  SW_ASSIGN_OR_RETURN(std::uint32_t n, r.U32());
  if (n > r.remaining() / min_bytes) return Corrupt("count larger than the data");
  return n;
}

Status ReadVocabulary(ByteReader& r, ClassifierParts& p) {
  SW_ASSIGN_OR_RETURN(std::uint32_t labels, ReadCount(r, 4));
  for (std::uint32_t i = 0; i < labels; ++i) {
    SW_ASSIGN_OR_RETURN(std::string label, r.String());
    p.labels.push_back(std::move(label));
  }
  SW_ASSIGN_OR_RETURN(std::uint32_t terms, ReadCount(r, 8));
  std::vector<std::string> names;
  std::vector<float> idf;
  for (std::uint32_t i = 0; i < terms; ++i) {
    SW_ASSIGN_OR_RETURN(std::string term, r.String());
    SW_ASSIGN_OR_RETURN(float weight, r.F32());
    names.push_back(std::move(term));
    idf.push_back(weight);
  }
  auto vectorizer = TfidfVectorizer::FromTerms(std::move(names), std::move(idf));
  if (!vectorizer.ok()) return Corrupt(vectorizer.status().message());
  p.vectorizer = std::move(vectorizer).value();
  return Status::Ok();
}

Status ReadWeights(ByteReader& r, ClassifierParts& p) {
  std::size_t classes = p.labels.size();
  std::size_t features = p.vectorizer.size();
  if (r.remaining() != (classes * features + classes) * 4)
    return Corrupt("weights do not match the vocabulary");
  p.model = LinearModel::Zero(classes, features);
  for (float& w : p.model.weights) {
    SW_ASSIGN_OR_RETURN(w, r.F32());
  }
  for (float& b : p.model.bias) {
    SW_ASSIGN_OR_RETURN(b, r.F32());
  }
  return Status::Ok();
}

}  // namespace

std::string SerializeClassifier(const Classifier& classifier) {
  const ClassifierParts& p = classifier.parts();
  ByteWriter w;
  WriteHeader(p, w);
  WriteVocabulary(p, w);
  for (float weight : p.model.weights) w.F32(weight);
  for (float bias : p.model.bias) w.F32(bias);
  return w.Take();
}

Result<Classifier> DeserializeClassifier(std::string_view bytes) {
  ByteReader r(bytes);
  ClassifierParts p;
  SW_RETURN_IF_ERROR(ReadHeader(r, p));
  SW_RETURN_IF_ERROR(ReadVocabulary(r, p));
  SW_RETURN_IF_ERROR(ReadWeights(r, p));
  auto classifier = Classifier::FromParts(std::move(p));
  if (!classifier.ok()) return Corrupt(classifier.status().message());
  return classifier;
}

}  // namespace sanwang::classify
