#!/usr/bin/python3
"""Prints bench/run.sh's results (a TSV: row, tool, median_s, min_s, max_s, peak_rss_MB, rows, note) as a
Markdown table, one line per tool and row, with Sluice's time as a ratio of each peer's and the notes
(agreement checks, rows not available) under it.

  report.py RESULTS.tsv
"""
import csv
import sys


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def main():
    with open(sys.argv[1], newline="") as f:
        lines = [r + [""] * (8 - len(r)) for r in csv.reader(f, delimiter="\t")]
    order = []
    for r in lines:
        if r[0] not in order:
            order.append(r[0])
    print("| row | tool | median s | min-max s | peak RSS MB | rows/s | Sluice time / tool's |")
    print("|---|---|---|---|---|---|---|")
    notes = []
    for row in order:
        entries = [r for r in lines if r[0] == row]
        timed = {r[1]: r for r in entries if number(r[2]) is not None}
        sluice = number(timed["sluice"][2]) if "sluice" in timed else None
        for tool, r in timed.items():
            median, rows = number(r[2]), number(r[6])
            rate = "%.2fM" % (rows / median / 1e6) if rows and median else "-"
            ratio = "%.2f" % (sluice / median) if sluice and tool != "sluice" else "-"
            print("| %s | %s | %.2f | %s-%s | %s | %s | %s |" % (row, tool, median, r[3], r[4], r[5], rate, ratio))
        for r in entries:
            if r[7]:
                notes.append("- %s, %s: %s" % (row, r[1], r[7]))
        if {"sluice-p1", "sluice-p2"} <= timed.keys():
            notes.append("- %s: speed-up from 1 to 2 workers: %.2fx" % (
                row, number(timed["sluice-p1"][2]) / number(timed["sluice-p2"][2])))
        for heap in ("", "-Xmx256m"):
            if {"sluice-D3" + heap, "sluice-X4" + heap} <= timed.keys():
                d3, x4 = timed["sluice-D3" + heap], timed["sluice-X4" + heap]
                notes.append("- %s: input 4x larger%s: peak RSS x%.2f (%s MB -> %s MB), time x%.2f" % (
                    row, " with " + heap[1:] if heap else " (default heap)", number(x4[5]) / number(d3[5]),
                    d3[5], x4[5], number(x4[2]) / number(d3[2])))
    print()
    print("\n".join(notes))


if __name__ == "__main__":
    main()
