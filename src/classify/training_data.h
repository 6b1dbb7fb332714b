// Labelled rows for training and evaluation, read from a CSV file with a header row (a
// district's past cases, or a public data set): the text is the named text columns joined
// with one space, the label is the label column, trimmed. Rows without a label or without
// any text are skipped and counted, not guessed. Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "classify/classifier.h"
#include "core/status.h"

namespace sanwang::classify {

struct LabelledData {
  std::vector<Example> examples;
  std::vector<std::size_t> rows;  // each example's data row in the file (0 = first after the header)
  int skipped = 0;                // rows without a label or without text
};

// Fails when a named column is missing, the CSV is malformed, or no usable row remains.
Result<LabelledData> ExamplesFromCsv(std::string_view csv, const std::vector<std::string>& text_columns,
                                     const std::string& label_column);

// "留言主题,留言详情" → {"留言主题", "留言详情"}; blank names are an error.
Result<std::vector<std::string>> ParseColumnList(std::string_view list);

}  // namespace sanwang::classify
