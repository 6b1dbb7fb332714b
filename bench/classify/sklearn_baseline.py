#!/usr/bin/env python3
"""scikit-learn's TfidfVectorizer + LinearSVC on exactly the folds `sanwang classify eval`
used (its --folds-out file), for comparison with Sanwang's own classifier.

    python3 sklearn_baseline.py DATA.csv FOLDS.csv --text COL[,COL...] --label COL

The text of a row is its non-blank text fields, trimmed and joined with one space, as
Sanwang joins them. Predictions of all folds are pooled before scoring, as Sanwang does.
Settings: scikit-learn's defaults (word tokens by regular expression, which on unsegmented
Chinese yields whole phrases); character 1-2 and 1-3 grams with sublinear tf, the usual
choice for Chinese without a segmenter; and character 1-2 grams with Sanwang's SVM
settings (C=2, balanced class weights), so that what remains different is the features.

Prediction time: time.perf_counter around `vectorizer.transform([text])` and
`model.predict(...)` for one held-out text at a time (the top label only: no top 3, no
confidences), reported as mean, p50 and p99 (nearest rank) over all held-out texts.
"""
import argparse
import csv
import math
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC

CHAR_1_2 = dict(analyzer="char", ngram_range=(1, 2), sublinear_tf=True)
SETTINGS = [  # name, TfidfVectorizer options, LinearSVC options
    ("defaults (word regex)", dict(), dict()),
    ("char 1-2 grams", CHAR_1_2, dict()),
    ("char 1-3 grams", dict(CHAR_1_2, ngram_range=(1, 3)), dict()),
    ("char 1-2, C=2, balanced", CHAR_1_2, dict(C=2.0, class_weight="balanced")),
]


def read_rows(path, text_columns, label_column):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = [" ".join(r[c].strip() for c in text_columns if r[c].strip()) for r in rows]
    labels = [r[label_column].strip() for r in rows]
    return texts, labels


def read_folds(path, labels):
    rows, folds = [], []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            row = int(r["row"])
            if labels[row] != r["label"]:
                sys.exit(f"fold file and data disagree at row {row}")
            rows.append(row)
            folds.append(int(r["fold"]))
    return rows, folds


def percentile(sorted_values, q):
    """Nearest rank, as `sanwang classify eval` computes it."""
    rank = min(max(math.ceil(q * len(sorted_values)), 1), len(sorted_values))
    return sorted_values[rank - 1]


def evaluate(texts, labels, folds, vectorizer_options, svc_options):
    truth, predicted, predict_seconds = [], [], []
    train_seconds = 0.0
    for k in sorted(set(folds)):
        train = [i for i, f in enumerate(folds) if f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        started = time.perf_counter()
        vectorizer = TfidfVectorizer(**vectorizer_options)
        x = vectorizer.fit_transform([texts[i] for i in train])
        model = LinearSVC(**svc_options).fit(x, [labels[i] for i in train])
        train_seconds += time.perf_counter() - started
        for i in test:  # one text at a time, as a resident's request arrives
            started = time.perf_counter()
            predicted.append(model.predict(vectorizer.transform([texts[i]]))[0])
            predict_seconds.append(time.perf_counter() - started)
            truth.append(labels[i])
    micros = sorted(s * 1e6 for s in predict_seconds)
    latency = (sum(micros) / len(micros), percentile(micros, 0.5), percentile(micros, 0.99))
    return truth, predicted, train_seconds, latency


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("folds")
    parser.add_argument("--text", required=True)
    parser.add_argument("--label", required=True)
    args = parser.parse_args()
    all_texts, all_labels = read_rows(args.data, args.text.split(","), args.label)
    rows, folds = read_folds(args.folds, all_labels)
    texts = [all_texts[i] for i in rows]
    labels = [all_labels[i] for i in rows]
    print(f"scikit-learn TfidfVectorizer + LinearSVC, {len(rows)} rows, {len(set(folds))} folds (Sanwang's)")
    for name, vectorizer_options, svc_options in SETTINGS:
        truth, predicted, train_seconds, micros = evaluate(texts, labels, folds, vectorizer_options, svc_options)
        accuracy = accuracy_score(truth, predicted)
        macro_f1 = f1_score(truth, predicted, average="macro")
        print(f"  {name:<30} accuracy {accuracy:.4f} macro_f1 {macro_f1:.4f}  "
              f"training {train_seconds:.3f} s (all folds)  prediction {micros[0]:.0f} µs per text "
              f"(mean; p50 {micros[1]:.0f} µs, p99 {micros[2]:.0f} µs)")


if __name__ == "__main__":
    main()
