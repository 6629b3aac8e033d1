#!/usr/bin/python3
"""Month-length weighted seasonal means with xarray, as in xarray's documentation example
https://docs.xarray.dev/en/stable/examples/monthly-means.html ("Calculating Seasonal Averages from
Time Series of Monthly Means"), written to a CSV for Sluice's tests.

Usage:
  weighted_means.py clim|seas IN.nc VAR[,VAR...] OUT.csv

clim: one row per (season, lat, lon), seasons DJF, MAM, JJA, SON: ds.groupby("time.season").
seas: one row per (season, year, lat, lon) in time order: ds.groupby(period), where period = 10 * year +
      season index (DJF 0, MAM 1, JJA 2, SON 3) and year is the year the season ends (December belongs to
      the next year's DJF); the same groups as resample(time="QS-DEC"), whose result xarray 2023.01
      cannot divide by in the recipe's grouped division.

Columns: season,[year,]lat,lon, then per variable VAR_xarray,VAR_renormalised:
  VAR_xarray       the documented recipe: weights = month_length / (sum of month_length over the
                   period's time steps), result = sum(ds * weights), missing values adding nothing;
                   so a cell with a missing month is not renormalised (biased towards 0).
  VAR_renormalised sum(ds * month_length) / sum(month_length where ds is valid): the weighted mean of
                   the valid months.
A cell with no valid value in the period is NaN in both (xarray's sum would give 0 there; the
documentation's plots mask it with ds_unweighted.notnull(), and so do we).
Numbers are Python repr of the float64 results (the shortest text that reads back the same double).
"""
import csv
import sys

import numpy as np
import xarray as xr

ORDER = ["DJF", "MAM", "JJA", "SON"]


def groups(obj, mode):
    if mode == "clim":
        return obj.groupby("time.season")
    month, year = obj.time.dt.month, obj.time.dt.year
    period = (10 * (year + (month == 12)) + (month % 12) // 3).rename("period")
    return obj.groupby(period)


def weighted(ds, mode):
    month_length = ds.time.dt.days_in_month
    # the documentation's recipe, verbatim apart from the grouping
    weights = groups(month_length, mode) / groups(month_length, mode).sum()
    documented = groups(ds * weights, mode).sum(dim="time")
    valid_weights = month_length.where(ds.notnull())
    renormalised = groups(ds * month_length, mode).sum(dim="time") / groups(valid_weights, mode).sum(dim="time")
    unweighted = groups(ds, mode).mean(dim="time")
    return documented.where(unweighted.notnull()), renormalised.where(unweighted.notnull())


def labels(result, mode):
    if mode == "clim":
        seasons = [str(s) for s in result.season.values]
        return [(s, None, seasons.index(s)) for s in ORDER if s in seasons]
    return [(ORDER[int(p) % 10], int(p) // 10, i) for i, p in enumerate(result.period.values)]


def fmt(x):
    return "NaN" if np.isnan(x) else repr(float(x))


def main(mode, path, names, out):
    names = names.split(",")
    ds = xr.open_dataset(path, use_cftime=True)[names]
    documented, renormalised = weighted(ds, mode)
    dim = "season" if mode == "clim" else "period"
    first = ds[names[0]]
    ydim, xdim = first.dims[1], first.dims[2]
    lat, lon = ds[ydim].values, ds[xdim].values
    header = ["season"] + ([] if mode == "clim" else ["year"]) + ["lat", "lon"]
    for v in names:
        header += [v + "_xarray", v + "_renormalised"]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for season, year, index in labels(documented, mode):
            d = {v: documented[v].isel({dim: index}).transpose(ydim, xdim).values for v in names}
            r = {v: renormalised[v].isel({dim: index}).transpose(ydim, xdim).values for v in names}
            for i in range(len(lat)):
                for j in range(len(lon)):
                    row = [season] + ([] if mode == "clim" else [year]) + [repr(float(lat[i])), repr(float(lon[j]))]
                    for v in names:
                        row += [fmt(d[v][i, j]), fmt(r[v][i, j])]
                    w.writerow(row)


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("clim", "seas"):
        sys.exit(__doc__)
    main(*sys.argv[1:])
