#!/usr/bin/python3
"""Turn several CDO seasonal statistics of the same variables (NetCDF, written with -b F64) into one
reference CSV.

Usage:
  cdo_stats_to_csv.py seas|clim STEPS.nc VAR[,VAR...] OUT.csv NAME=FILE.nc [NAME=FILE.nc ...]

STEPS.nc  cdo seassum / yseassum of a field of ones (-addc,1 -mulc,0): time steps per season
NAME=FILE one statistic per file, e.g. std=seasstd.nc; the column VAR_NAME holds FILE's VAR

Rows: one per (season[, year], lat, lon), seasons in time order, then lat and lon in file order (C order).
Columns: season,[year,]lat,lon,count,VAR_NAME... (for each VAR, each NAME in the order given). Values are
printed with Python's repr; a missing value is NaN. Labels as in cdo_to_csv.py: seasmean-style records
from the first FILE's time stamps, yseas records by position (DJF, MAM, JJA, SON).
"""
import csv
import sys

import netCDF4

from cdo_to_csv import fmt, labels


def main(mode, steps_path, names, out, *columns):
    names = names.split(",")
    files = []
    for c in columns:
        stat, path = c.split("=", 1)
        d = netCDF4.Dataset(path)
        d.set_auto_maskandscale(True)
        files.append((stat, d))
    steps = netCDF4.Dataset(steps_path)
    first = files[0][1][names[0]]
    _, ydim, xdim = first.dimensions
    lat, lon = files[0][1][ydim][:], files[0][1][xdim][:]
    count = steps[names[0]][:]
    values = {(v, s): d[v][:] for v in names for s, d in files}
    rows = labels(files[0][1], mode, first)
    header = ["season"] + ([] if mode == "clim" else ["year"]) + ["lat", "lon", "count"]
    header += [v + "_" + s for v in names for s, _ in files]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for t, (season, year) in enumerate(rows):
            n = int(count[t].max())
            if int(count[t].min()) != n:
                sys.exit("step count differs between cells in record %d" % t)
            for i in range(len(lat)):
                for j in range(len(lon)):
                    row = [season] + ([] if mode == "clim" else [year]) + [repr(float(lat[i])), repr(float(lon[j])), n]
                    row += [fmt(values[(v, s)][t, i, j]) for v in names for s, _ in files]
                    w.writerow(row)


if __name__ == "__main__":
    if len(sys.argv) < 6 or sys.argv[1] not in ("seas", "clim"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
