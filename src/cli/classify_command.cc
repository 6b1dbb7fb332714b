// sanwang classify train|eval|predict (docs/architecture.md §4 "Classification", §11): train a text
// classifier on a labelled CSV file, or on the district's own past cases (--from-db, the
// final catalog item as the label), and store it as the district's active model; measure
// one by k-fold cross-validation; or ask the active one for the top 3 labels of a text.
#include <fmt/format.h>

#include <chrono>
#include <iostream>

#include "classify/case_training_set.h"
#include "classify/cross_validation.h"
#include "classify/model_registry.h"
#include "classify/stratified_folds.h"
#include "classify/training_data.h"
#include "cli/command.h"
#include "cli/context.h"
#include "core/csv.h"
#include "core/files.h"
#include "core/time.h"
#include "store/catalog_repository.h"

namespace sanwang::cli {
namespace {

struct ClassifyOptions {
  std::string file;
  std::string text_columns;
  std::string label_column;
  std::string model = std::string(classify::ModelKindName(classify::kDefaultModel));
  int train_folds = 0;  // train: cross-validate first and record the figures (0: skip)
  int eval_folds = 5;
  std::string folds_out;  // eval: write each row's fold here (for the scikit-learn baseline)
  std::uint64_t seed = 1;
  std::string text;      // predict
  bool from_db = false;  // train, eval: the district's past cases instead of FILE
  std::string since;     // with --from-db: cases filed on or after this date (YYYY-MM-DD)
  int min_per_class = 5;
  int max_per_class = 0;
};

// Default folds of `train --from-db`, which always reports a cross-validated accuracy.
constexpr int kFromDbTrainFolds = 5;

struct Dataset {
  classify::LabelledData data;
  std::vector<std::string> labels;
};

Result<Dataset> ReadDataset(const ClassifyOptions& o) {
  SW_ASSIGN_OR_RETURN(std::vector<std::string> columns, classify::ParseColumnList(o.text_columns));
  SW_ASSIGN_OR_RETURN(std::string csv, ReadFileToString(o.file));
  auto data = classify::ExamplesFromCsv(csv, columns, o.label_column);
  if (!data.ok()) return data.status().WithContext(o.file);
  Dataset d{std::move(data).value(), {}};
  d.labels = classify::DistinctLabels(d.data.examples);
  std::cout << fmt::format("{}: {} rows with {} labels ({} rows without text or label skipped)\n", o.file,
                           d.data.examples.size(), d.labels.size(), d.data.skipped);
  return d;
}

// FILE with --text and --label, or --from-db: exactly one source of rows.
Status CheckSource(const ClassifyOptions& o) {
  if (o.from_db) {
    if (!o.file.empty()) return InvalidArgument("give FILE or --from-db, not both");
    if (!o.text_columns.empty() || !o.label_column.empty())
      return InvalidArgument("--text and --label name CSV columns; --from-db uses the cases' text and item");
    return Status::Ok();
  }
  if (o.file.empty()) {
    return InvalidArgument("give a CSV FILE, or --from-db to use the district's past cases");
  }
  if (o.text_columns.empty() || o.label_column.empty()) {
    return InvalidArgument("FILE needs --text and --label");
  }
  if (!o.since.empty() || o.min_per_class != 5 || o.max_per_class != 0) {
    return InvalidArgument("--since, --min-per-class and --max-per-class go with --from-db");
  }
  return Status::Ok();
}

int RowsOf(const std::map<std::string, int>& counts) {
  int rows = 0;
  for (const auto& [label, n] : counts) rows += n;
  return rows;
}

void PrintClassCounts(const classify::CaseTrainingSet& set) {
  std::cout << fmt::format("{:>6}  {}\n", "cases", "catalog item");
  for (const auto& [label, n] : set.class_counts) std::cout << fmt::format("{:>6}  {}\n", n, label);
  for (const auto& [label, n] : set.dropped_classes) {
    std::cout << fmt::format("{:>6}  {} (left out: fewer than --min-per-class)\n", n, label);
  }
}

Result<Dataset> ReadCases(store::Database& db, const Config& config, const ClassifyOptions& o) {
  classify::CaseTrainingOptions options;
  options.min_per_class = o.min_per_class;
  options.max_per_class = o.max_per_class;
  if (!o.since.empty()) {
    auto day = ParseDate(o.since);
    if (!day.ok()) {
      return InvalidArgument("--since must be a date YYYY-MM-DD, got '" + o.since + "'", "since");
    }
    options.since = StartOfLocalDay(*day);
  }
  SW_ASSIGN_OR_RETURN(classify::CaseTrainingSet set,
                      classify::LoadCaseTrainingSet(db, config.district_code, options));
  int dropped = RowsOf(set.dropped_classes);
  std::cout << fmt::format("district {}: {} cases with {} catalog items{}\n", config.district_code,
                           set.examples.size(), set.class_counts.size(),
                           o.since.empty() ? "" : " filed since " + o.since);
  std::cout << fmt::format(
      "left out: {} automatically classified and not yet signed for, {} without text, {} of {} items with "
      "fewer than {} cases, {} older cases of items over --max-per-class\n",
      set.unconfirmed, set.without_text, dropped, set.dropped_classes.size(), o.min_per_class, set.over_cap);
  PrintClassCounts(set);
  Dataset d;
  d.data.examples = std::move(set.examples);
  for (store::Id id : set.case_ids) d.data.rows.push_back(static_cast<std::size_t>(id));
  d.labels = classify::DistinctLabels(d.data.examples);
  return d;
}

Result<classify::TrainOptions> TrainOptionsFrom(const ClassifyOptions& o) {
  classify::TrainOptions options;
  SW_ASSIGN_OR_RETURN(options.kind, classify::ParseModelKind(o.model));
  options.seed = o.seed;
  return options;
}

std::vector<int> ClassesOf(const Dataset& d) {
  std::vector<int> classes;
  for (const auto& e : d.data.examples) {
    classes.push_back(
        static_cast<int>(std::lower_bound(d.labels.begin(), d.labels.end(), e.label) - d.labels.begin()));
  }
  return classes;
}

Status WriteFolds(const std::string& path, const Dataset& d, const std::vector<int>& folds) {
  std::string out = "row,fold,label\n";
  for (std::size_t i = 0; i < folds.size(); ++i) {
    out +=
        CsvLine({std::to_string(d.data.rows[i]), std::to_string(folds[i]), d.data.examples[i].label}) + "\n";
  }
  return WriteFileAtomically(path, out);
}

void PrintPerClass(const classify::Evaluation& e) {
  std::cout << fmt::format("\n{:>3}  {:<16} {:>9} {:>7} {:>7} {:>8}\n", "#", "label", "precision", "recall",
                           "f1", "support");
  for (std::size_t c = 0; c < e.labels().size(); ++c) {
    std::cout << fmt::format("{:>3}  {:<16} {:>9.4f} {:>7.4f} {:>7.4f} {:>8}\n", c + 1, e.labels()[c],
                             e.precision(c), e.recall(c), e.f1(c), e.support(c));
  }
}

void PrintConfusion(const classify::Evaluation& e) {
  std::cout << "\nconfusion matrix (rows: true label #, columns: predicted label #)\n     ";
  for (std::size_t c = 0; c < e.labels().size(); ++c) std::cout << fmt::format("{:>5}", c + 1);
  std::cout << "\n";
  for (std::size_t t = 0; t < e.labels().size(); ++t) {
    std::cout << fmt::format("{:>5}", t + 1);
    for (int n : e.confusion()[t]) std::cout << fmt::format("{:>5}", n);
    std::cout << "\n";
  }
}

void PrintCrossValidation(const classify::CrossValidation& cv) {
  PrintPerClass(cv.evaluation);
  PrintConfusion(cv.evaluation);
  std::cout << fmt::format("\ntraining time        {:.3f} s for {} folds ({:.3f} s per fold)\n",
                           cv.train_seconds, cv.folds, cv.train_seconds / std::max(cv.folds, 1));
  std::cout << fmt::format(
      "prediction latency   {:.1f} µs per text (mean; p50 {:.1f} µs, p99 {:.1f} µs; raw text to top 3)\n",
      cv.predict_micros, cv.predict_p50_micros, cv.predict_p99_micros);
  std::cout << fmt::format("top-3 accuracy       {:.4f}\n", cv.top3_accuracy);
  std::cout << fmt::format("mean top confidence  {:.4f} (calibrated: near the accuracy)\n",
                           cv.mean_confidence);
}

Result<classify::CrossValidation> RunCrossValidation(const Dataset& d, int k,
                                                     const classify::TrainOptions& options,
                                                     const std::string& folds_out) {
  SW_ASSIGN_OR_RETURN(std::vector<int> folds, classify::StratifiedFolds(ClassesOf(d), k, options.seed));
  if (!folds_out.empty()) SW_RETURN_IF_ERROR(WriteFolds(folds_out, d, folds));
  std::cout << fmt::format("{}-fold stratified cross-validation of the {} model (seed {})\n", k,
                           classify::ModelKindName(options.kind), options.seed);
  return classify::CrossValidate(d.data.examples, folds, options);
}

Status Eval(const Config& config, const ClassifyOptions& o) {
  SW_RETURN_IF_ERROR(CheckSource(o));
  SW_ASSIGN_OR_RETURN(classify::TrainOptions options, TrainOptionsFrom(o));
  Dataset d;
  if (o.from_db) {
    SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
    SW_ASSIGN_OR_RETURN(d, ReadCases(ctx->db(), config, o));
  } else {
    SW_ASSIGN_OR_RETURN(d, ReadDataset(o));
  }
  SW_ASSIGN_OR_RETURN(classify::CrossValidation cv,
                      RunCrossValidation(d, o.eval_folds, options, o.folds_out));
  PrintCrossValidation(cv);
  std::cout << fmt::format("accuracy {:.4f} macro_f1 {:.4f}\n", cv.evaluation.accuracy(),
                           cv.evaluation.macro_f1());
  return Status::Ok();
}

Status Train(const Config& config, const ClassifyOptions& o) {
  SW_RETURN_IF_ERROR(CheckSource(o));
  SW_ASSIGN_OR_RETURN(classify::TrainOptions options, TrainOptionsFrom(o));
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  Dataset d;
  if (o.from_db) {
    SW_ASSIGN_OR_RETURN(d, ReadCases(ctx->db(), config, o));
  } else {
    SW_ASSIGN_OR_RETURN(d, ReadDataset(o));
  }
  classify::ModelFacts facts;
  facts.training_rows = static_cast<int>(d.data.examples.size());
  int folds = o.train_folds > 0 ? o.train_folds : o.from_db ? kFromDbTrainFolds : 0;
  if (folds > 0) {
    SW_ASSIGN_OR_RETURN(classify::CrossValidation cv, RunCrossValidation(d, folds, options, ""));
    facts.cv_accuracy = cv.evaluation.accuracy();
    facts.cv_macro_f1 = cv.evaluation.macro_f1();
    std::cout << fmt::format("accuracy {:.4f} macro_f1 {:.4f}\n", *facts.cv_accuracy, *facts.cv_macro_f1);
  }
  auto started = std::chrono::steady_clock::now();
  SW_ASSIGN_OR_RETURN(classify::Classifier model, classify::Classifier::Train(d.data.examples, options));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  SW_ASSIGN_OR_RETURN(
      auto stored, classify::StoreModel(ctx->db(), config.district_code, model, facts, ctx->clock().Now()));
  std::cout << fmt::format("trained the {} model on {} rows, {} labels in {:.3f} s\n", stored.kind,
                           stored.training_rows, stored.labels, seconds);
  std::cout << fmt::format("stored as classifier version {} of district {}, now active\n", stored.version,
                           config.district_code);
  return Status::Ok();
}

Status Predict(const Config& config, const ClassifyOptions& o) {
  SW_ASSIGN_OR_RETURN(auto ctx, Context::Open(config));
  SW_ASSIGN_OR_RETURN(auto active, classify::LoadActiveModel(ctx->db(), config.district_code));
  if (!active)
    return Unavailable("no classifier has been trained for district " + config.district_code +
                       ": run sanwang classify train first");
  store::CatalogRepository catalog(ctx->db());
  std::cout << fmt::format("classifier version {} ({})\n", active->version,
                           classify::ModelKindName(active->classifier.kind()));
  for (const classify::Prediction& p : active->classifier.Predict(o.text, 3)) {
    auto item = catalog.FindItem(config.district_code, p.label);
    std::string name = item.ok() && item->has_value() ? (*item)->name : "";
    std::cout << fmt::format("{:.4f}  {}{}\n", p.confidence, p.label, name.empty() ? "" : "  " + name);
  }
  return Status::Ok();
}

void AddDataOptions(CLI::App* cmd, ClassifyOptions& o) {
  cmd->add_option("file", o.file, "CSV file with a header row (or --from-db)");
  cmd->add_option("--text", o.text_columns,
                  "with FILE: text column(s), comma-separated; joined with a space");
  cmd->add_option("--label", o.label_column, "with FILE: label column (catalog item code, or category)");
  cmd->add_flag("--from-db", o.from_db,
                "instead of FILE: the district's past cases, title and description as the text and the "
                "final catalog item (after staff corrections) as the label");
  cmd->add_option("--since", o.since, "with --from-db: only cases filed on or after this date (YYYY-MM-DD)");
  cmd->add_option("--min-per-class", o.min_per_class,
                  "with --from-db: leave out items with fewer cases than this (default 5)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--max-per-class", o.max_per_class,
                  "with --from-db: keep at most this many of an item's cases, the newest (default: all)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--model", o.model, "nb (naive Bayes) or linear (linear SVM, the default)")
      ->check(CLI::IsMember({"nb", "linear"}));
  cmd->add_option("--seed", o.seed, "seed of the fold assignment and training order (default 1)");
}

}  // namespace

void RegisterClassify(CLI::App& app, Action* action) {
  auto o = std::make_shared<ClassifyOptions>();
  CLI::App* cmd =
      app.add_subcommand("classify", "train, evaluate and ask the text classifier (smart dispatch)");
  cmd->require_subcommand(1);

  CLI::App* train = cmd->add_subcommand(
      "train",
      "train on every row of FILE (or of the past cases, --from-db) and store the model as the active "
      "version; "
      "--from-db prints the class counts and a 5-fold cross-validated accuracy first");
  AddDataOptions(train, *o);
  train
      ->add_option("--folds", o->train_folds,
                   "cross-validate with this many folds first and record the figures")
      ->check(CLI::Range(0, 100));
  train->callback([action, o] { *action = [o](const Config& c) { return Train(c, *o); }; });

  CLI::App* eval = cmd->add_subcommand(
      "eval", "k-fold cross-validation on FILE (or --from-db); ends with 'accuracy A macro_f1 F'");
  AddDataOptions(eval, *o);
  eval->add_option("--folds", o->eval_folds, "number of folds (default 5)")->check(CLI::Range(2, 100));
  eval->add_option("--folds-out", o->folds_out,
                   "write each row's fold to this CSV (row,fold,label; row is the case id with --from-db)");
  eval->callback([action, o] { *action = [o](const Config& c) { return Eval(c, *o); }; });

  CLI::App* predict = cmd->add_subcommand("predict", "the top 3 labels of TEXT with calibrated confidence");
  predict->add_option("text", o->text, "the resident's text")->required();
  predict->callback([action, o] { *action = [o](const Config& c) { return Predict(c, *o); }; });
}

}  // namespace sanwang::cli
