#!/usr/bin/python3
"""Raw SQLite baseline for the POST /api/v1/cases benchmark (bench/http/run.sh).

Copies the cases that the POST run filed (rows of `cases` with id > FIRST_ID, and their
rows of `case_events`) out of SOURCE, then inserts them again into TARGET, a fresh copy
of the same demo database, one transaction per case (the case row and its events, as the
server writes them), with the server's durability settings: WAL and synchronous=FULL.
It repeats the list until DURATION seconds have passed, and prints

    RAW_RESULT <cases> <seconds> <cases per second> <p50 us> <p90 us> <p99 us>

Usage: raw_sqlite_insert.py SOURCE FIRST_ID TARGET DURATION
"""
import sqlite3
import sys
import time


def load_cases(source, first_id):
    db = sqlite3.connect(source)
    case_columns = [r[1] for r in db.execute("PRAGMA table_info(cases)") if r[1] != "id"]
    event_columns = [r[1] for r in db.execute("PRAGMA table_info(case_events)") if r[1] not in ("id", "case_id")]
    cases = []
    for row in db.execute(f"SELECT id, {', '.join(case_columns)} FROM cases WHERE id > ? ORDER BY id", (first_id,)):
        events = db.execute(f"SELECT {', '.join(event_columns)} FROM case_events WHERE case_id = ? ORDER BY id",
                            (row[0],)).fetchall()
        cases.append((row[1:], events))
    db.close()
    return case_columns, event_columns, cases


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p * len(sorted_values)))]


def main():
    source, first_id, target, duration = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    case_columns, event_columns, cases = load_cases(source, first_id)
    if not cases:
        sys.exit("no cases to copy")
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    insert_case = f"INSERT INTO cases ({', '.join(case_columns)}) VALUES ({', '.join('?' * len(case_columns))})"
    insert_event = (f"INSERT INTO case_events (case_id, {', '.join(event_columns)}) "
                    f"VALUES (?, {', '.join('?' * len(event_columns))})")
    latencies = []
    started = time.perf_counter()
    i = 0
    while time.perf_counter() - started < duration:
        values, events = cases[i % len(cases)]
        t0 = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        case_id = db.execute(insert_case, values).lastrowid
        for e in events:
            db.execute(insert_event, (case_id, *e))
        db.execute("COMMIT")
        latencies.append(time.perf_counter() - t0)
        i += 1
    seconds = time.perf_counter() - started
    latencies.sort()
    us = [round(percentile(latencies, p) * 1e6) for p in (0.5, 0.9, 0.99)]
    print(f"RAW_RESULT {i} {seconds:.3f} {i / seconds:.1f} {us[0]} {us[1]} {us[2]}")


if __name__ == "__main__":
    main()
