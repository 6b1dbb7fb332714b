// The stored form of a trained classifier: a versioned little-endian binary string, kept
// in the database (store/classifier_repository.h) and readable on any platform.
//
// Format version 2 (version 1 is the same with a words byte of 0 or 1 only):
//   magic "SWCLASSIFIER", u32 format version
//   u8 model kind (0 nb, 1 linear), u8 words (WordFeatures: 0 none, 1 segmented,
//   2 lexicon), u8 n-gram min, u8 n-gram max, f64 temperature
//   u32 label count, then each label (u32 length + UTF-8 bytes)
//   u32 term count, then each term (u32 length + bytes) and its idf (f32)
//   f32 weights, feature-major (terms × labels), then f32 bias per label
// A reader refuses other magic, a newer version, truncated or trailing bytes and parts
// that do not fit together, with kDataLoss. Pure functions.
#pragma once

#include <string>
#include <string_view>

#include "classify/classifier.h"

namespace sanwang::classify {

inline constexpr std::uint32_t kModelFormatVersion = 2;

std::string SerializeClassifier(const Classifier& classifier);
Result<Classifier> DeserializeClassifier(std::string_view bytes);

}  // namespace sanwang::classify
