#!/usr/bin/python3
"""Turn CDO seasonal outputs (NetCDF, written with -b F64) into a reference CSV.

Usage:
  cdo_to_csv.py seas|clim MEAN.nc STEPS.nc VALID.nc VAR[,VAR...] OUT.csv

MEAN.nc   cdo seasmean / yseasmean output (the values)
STEPS.nc  cdo seassum / yseassum of a field of ones (-addc,1 -mulc,0): time steps per season
VALID.nc  cdo seassum / yseassum of -setmisstoc,0 -gtc,-1e36: non-missing values per cell

Rows: one per (season[, year], lat, lon), seasons in time order, then lat and lon in file
order (C order). Columns: season,[year,]lat,lon,count,VAR,VAR_valid,... Values are printed
with Python's repr (shortest string that reads back as the same double); a missing mean is NaN.
season/year of a seasmean record come from CDO's time stamp (the middle of its steps):
December -> DJF of the next year, Jan/Feb -> DJF, Mar-May MAM, Jun-Aug JJA, Sep-Nov SON.
yseasmean records are identified by position (DJF, MAM, JJA, SON), because CDO 2.1.1 sometimes
writes garbage time stamps for them.
"""
import csv
import sys

import cftime
import netCDF4
import numpy as np

SEASONS = ["DJF", "MAM", "JJA", "SON"]


def season_year(stamp):
    if stamp.month == 12:
        return "DJF", stamp.year + 1
    return SEASONS[stamp.month // 3], stamp.year


def labels(ds, mode, var):
    n = var.shape[0]
    if mode == "clim":
        if n != 4:
            sys.exit("expected 4 climatology records, got %d" % n)
        return [(s, None) for s in SEASONS]
    t = ds[var.dimensions[0]]
    stamps = cftime.num2date(t[:], t.units, getattr(t, "calendar", "standard"))
    return [season_year(s) for s in stamps]


def fmt(x):
    return "NaN" if np.ma.is_masked(x) else repr(float(x))


def main(mode, mean_path, steps_path, valid_path, names, out):
    names = names.split(",")
    mean, steps, valid = (netCDF4.Dataset(p) for p in (mean_path, steps_path, valid_path))
    for d in (mean, steps, valid):
        d.set_auto_maskandscale(True)
    first = mean[names[0]]
    _, ydim, xdim = first.dimensions
    lat, lon = mean[ydim][:], mean[xdim][:]
    count = steps[steps.variables[names[0]].name][:]
    means = {v: mean[v][:] for v in names}
    valids = {v: valid[v][:] for v in names}
    rows = labels(mean, mode, first)
    header = ["season"] + ([] if mode == "clim" else ["year"]) + ["lat", "lon", "count"]
    for v in names:
        header += [v, v + "_valid"]
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
                    for v in names:
                        vv = valids[v][t, i, j]
                        row += [fmt(means[v][t, i, j]), 0 if np.ma.is_masked(vv) else int(vv)]
                    w.writerow(row)


if __name__ == "__main__":
    if len(sys.argv) != 7 or sys.argv[1] not in ("seas", "clim"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
