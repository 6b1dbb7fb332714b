#include "classify/evaluation.h"

namespace sanwang::classify {

Evaluation::Evaluation(std::vector<std::string> labels)
    : labels_(std::move(labels)), confusion_(labels_.size(), std::vector<int>(labels_.size(), 0)) {}

int Evaluation::total() const {
  int n = 0;
  for (const auto& row : confusion_) {
    for (int v : row) n += v;
  }
  return n;
}

int Evaluation::support(std::size_t c) const {
  int n = 0;
  for (int v : confusion_[c]) n += v;
  return n;
}

int Evaluation::predicted(std::size_t c) const {
  int n = 0;
  for (const auto& row : confusion_) n += row[c];
  return n;
}

double Evaluation::accuracy() const {
  int right = 0;
  for (std::size_t c = 0; c < labels_.size(); ++c) right += confusion_[c][c];
  return total() == 0 ? 0.0 : static_cast<double>(right) / total();
}

double Evaluation::precision(std::size_t c) const {
  return predicted(c) == 0 ? 0.0 : static_cast<double>(confusion_[c][c]) / predicted(c);
}

double Evaluation::recall(std::size_t c) const {
  return support(c) == 0 ? 0.0 : static_cast<double>(confusion_[c][c]) / support(c);
}

double Evaluation::f1(std::size_t c) const {
  double p = precision(c), r = recall(c);
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double Evaluation::macro_f1() const {
  double sum = 0;
  int counted = 0;
  for (std::size_t c = 0; c < labels_.size(); ++c) {
    if (support(c) == 0 && predicted(c) == 0) continue;
    sum += f1(c);
    ++counted;
  }
  return counted == 0 ? 0.0 : sum / counted;
}

}  // namespace sanwang::classify
