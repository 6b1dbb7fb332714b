// Multinomial naive Bayes on TF-IDF vectors: the class likelihood of feature j is
// (Σ x_j over the class's rows + α) / (Σ all features of the class + α · features), the
// prior is Laplace-smoothed ((rows of the class + 1) / (rows + classes)) so that a class
// absent from a cross-validation fold is unlikely, not impossible. Trained in one pass.
// A pure function.
#pragma once

#include "classify/linear_model.h"

namespace sanwang::classify {

LinearModel TrainNaiveBayes(const TrainingSet& data, double alpha);

}  // namespace sanwang::classify
