#!/usr/bin/env python3
"""Writes a work-order export as an old 12345 hotline system would give it, for
bench/import/run.sh: N rows over ten years (more in summer, fewer at the Spring Festival,
growing year on year), categories of the real catalog under the old system's own names (and
one in twenty under a name the mapping does not know), the handling units by their names,
states and ratings as such a system ends them, GCJ-02 points over Weidu District, in the order they were filed. Saved in
GB18030, as Excel in China saves CSV, with the mapping file beside it.

    python3 make_export.py N OUT_DIR CATALOG_CSV STREETS_CSV
"""
import csv
import datetime as dt
import io
import os
import random
import sys

SEED = 20261207
START = dt.datetime(2016, 12, 1, 0, 0)
YEARS = 10
END = dt.datetime(2026, 12, 1, 0, 0)  # the day the export was taken
STATES = [("已办结", 0.86), ("已办理", 0.06), ("办理中", 0.05), ("待签收", 0.03)]
RATINGS = [("满意", 0.78), ("基本满意", 0.14), ("不满意", 0.08)]
# Summer is the busiest; February holds the Spring Festival.
MONTH_WEIGHT = [0.7, 0.55, 0.85, 0.95, 1.05, 1.2, 1.3, 1.3, 1.1, 1.0, 0.95, 0.85]


def pick(rng, weighted):
    x = rng.random()
    for value, weight in weighted:
        x -= weight
        if x <= 0:
            return value
    return weighted[-1][0]


def filing_time(rng):
    while True:
        year = int(rng.random() ** 0.8 * YEARS)  # later years hold more cases
        day = rng.randrange(365)
        t = START + dt.timedelta(days=365 * year + day)
        if rng.random() < MONTH_WEIGHT[t.month - 1] / 1.3:
            return t + dt.timedelta(seconds=rng.randrange(7 * 3600, 21 * 3600))


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") if t else ""


def main():
    n, out_dir, catalog_csv, streets_csv = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    rng = random.Random(SEED)
    with open(catalog_csv, encoding="utf-8") as f:
        items = [r for r in csv.DictReader(f) if r["tier"] != "online"]
    with open(streets_csv, encoding="utf-8") as f:
        streets = [r["name"] for r in csv.DictReader(f) if r["areaCode"] == "411002"]
    units = streets + ["区城市管理局", "区住房和城乡建设局"]
    header = ["工单编号", "受理时间", "诉求标题", "诉求内容", "诉求类别", "事发地址", "经度", "纬度",
              "来电人", "联系电话", "承办单位", "办理状态", "签收时间", "办结时间", "回访时间", "办理结果", "满意度"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    rows = []
    for i in range(n):
        item = rng.choice(items)
        category = "其他类" if rng.random() < 0.05 else "旧-" + item["name_zh"]
        created = filing_time(rng)
        state = pick(rng, STATES)
        accepted = created + dt.timedelta(minutes=rng.randrange(5, 240)) if state != "待签收" else None
        hours = int(item["sla_hours"] or 16)
        resolved = (accepted + dt.timedelta(hours=rng.random() * hours * 2)
                    if state in ("已办结", "已办理") else None)
        visited = resolved + dt.timedelta(hours=rng.randrange(2, 72)) if state == "已办结" else None
        # Nothing after the export's end: a visit or resolution still to come leaves it open.
        if visited and visited >= END:
            state, visited = "已办理", None
        if resolved and resolved >= END:
            state, resolved = "办理中", None
        rating = pick(rng, RATINGS) if visited and rng.random() < 0.9 else ""
        lon = 113.80 + rng.random() * 0.06
        lat = 34.00 + rng.random() * 0.05
        rows.append([
            f"XC12345-{created:%Y%m%d}-{i:07d}", fmt(created), item["name_zh"] + "，请尽快处理",
            f"市民来电反映：{item['name_zh']}，位置在魏都区，已持续多日，希望有关部门尽快处理。",
            category, "许昌市魏都区", f"{lon:.6f}", f"{lat:.6f}", "王先生",
            f"13{rng.randrange(10**9):09d}", rng.choice(units), state, fmt(accepted), fmt(resolved),
            fmt(visited), "已联系来电人并处理完毕。" if resolved else "", rating])
    rows.sort(key=lambda r: r[1])  # as such a system exports: by the time each was filed
    w.writerows(rows)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "export.csv"), "wb") as f:
        f.write(buf.getvalue().encode("gb18030"))
    with open(os.path.join(out_dir, "export-utf8.csv"), "wb") as f:
        f.write(buf.getvalue().encode("utf-8"))
    mapping = [
        'system = "xuchang-12345"', 'coordinates = "gcj02"', "", "[columns]",
        'id = "工单编号"', 'created_at = "受理时间"', 'title = "诉求标题"', 'description = "诉求内容"',
        'category = "诉求类别"', 'address = "事发地址"', 'lon = "经度"', 'lat = "纬度"',
        'reporter_name = "来电人"', 'reporter_phone = "联系电话"', 'unit = "承办单位"', 'state = "办理状态"',
        'accepted_at = "签收时间"', 'resolved_at = "办结时间"', 'closed_at = "回访时间"', 'answer = "办理结果"',
        'rating = "满意度"', "", "[categories]"]
    mapping += [f'"旧-{r["name_zh"]}" = "{r["code"]}"' for r in items]
    mapping += ["", "[states]", '"已办结" = "closed"', '"已办理" = "resolved"', '"办理中" = "accepted"',
                '"待签收" = "dispatched"', "", "[ratings]", '"满意" = 5', '"基本满意" = 4', '"不满意" = 1', ""]
    with open(os.path.join(out_dir, "mapping.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(mapping))


if __name__ == "__main__":
    main()
