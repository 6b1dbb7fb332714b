// Measures of a classifier on held-out rows: the confusion matrix and, from it, accuracy,
// per-class precision, recall and F1, and macro-F1 (the unweighted mean of per-class F1
// over the classes that occur in the truth or the predictions, as scikit-learn computes
// it; a class never predicted has precision 0). A plain value.
#pragma once

#include <string>
#include <vector>

namespace sanwang::classify {

class Evaluation {
 public:
  explicit Evaluation(std::vector<std::string> labels);

  void Add(int truth, int predicted) {
    ++confusion_[static_cast<std::size_t>(truth)][static_cast<std::size_t>(predicted)];
  }

  const std::vector<std::string>& labels() const { return labels_; }
  // Rows are the true class, columns the predicted one.
  const std::vector<std::vector<int>>& confusion() const { return confusion_; }
  int total() const;
  int support(std::size_t c) const;    // rows truly of class c
  int predicted(std::size_t c) const;  // rows predicted as c
  double accuracy() const;
  double precision(std::size_t c) const;
  double recall(std::size_t c) const;
  double f1(std::size_t c) const;
  double macro_f1() const;

 private:
  std::vector<std::string> labels_;
  std::vector<std::vector<int>> confusion_;
};

}  // namespace sanwang::classify
