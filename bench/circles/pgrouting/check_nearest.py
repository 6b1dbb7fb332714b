#!/usr/bin/env python3
"""Compares `sanwang circles analyze --out DIR` nearest.csv with pgRouting's walks.

Every home and facility type must agree within 0.01 m of walking: both beyond the largest
circle, or both within it and the same distance. A walk within a hair of the circle's edge
may fall either side under rounding and is counted apart.

usage: check_nearest.py nearest.csv pgrouting.csv params.csv
"""
import csv
import sys

TOLERANCE_M = 0.01


def main(sanwang_file, pg_file, params_file):
    with open(params_file, newline="") as f:
        rows = list(csv.DictReader(f))
    speed = float(rows[0]["walk_speed_mps"])
    largest = max(float(r["circle_seconds"]) for r in rows)
    sanwang = {}
    with open(sanwang_file, newline="") as f:
        for r in csv.DictReader(f):
            sanwang[(r["home_id"], r["type"])] = float(r["seconds"]) * speed if r["seconds"] else None
    pg = {}
    with open(pg_file, newline="") as f:
        for r in csv.reader(f):
            metres = float(r[2])
            if metres / speed <= largest:
                key = (r[0], r[1])
                pg[key] = min(metres, pg.get(key, metres))
    agree = edge = 0
    disagree = []
    for key, ours in sanwang.items():
        theirs = pg.get(key)
        if ours is None and theirs is None:
            agree += 1
        elif ours is not None and theirs is not None and abs(ours - theirs) <= TOLERANCE_M:
            agree += 1
        elif abs((ours if ours is not None else theirs) / speed - largest) * speed <= TOLERANCE_M:
            edge += 1
        else:
            disagree.append((key, ours, theirs))
    missing = [k for k in pg if k not in sanwang]
    print(f"compared {len(sanwang)} home-type pairs: {agree} agree within {TOLERANCE_M} m, "
          f"{edge} on the circle's edge, {len(disagree)} disagree, {len(missing)} only in pgRouting")
    for key, ours, theirs in disagree[:10]:
        print(f"  {key}: sanwang {ours} m, pgRouting {theirs} m")
    return 0 if not disagree and not missing else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
