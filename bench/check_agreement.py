#!/usr/bin/python3
"""Checks that Sluice's outputs agree with the peers' outputs of the same job (bench/run.sh calls it).

  check_agreement.py seasmean SLUICE.csv CDO.nc       # per season-year means vs cdo seasmean, step by step
  check_agreement.py seasmean SLUICE.nc CDO.nc        # the same from Sluice's netcdf sink (also compares dates)
  check_agreement.py clim SLUICE.csv REFERENCE.nc     # climatology vs cdo yseasmean (seasons by position:
                                                      # DJF, MAM, JJA, SON) or xarray (its 'season' coordinate)
  check_agreement.py table SLUICE.csv XARRAY.csv      # NetCDF -> CSV rows vs xarray to_csv, value by value
  check_agreement.py split 'SLUICE_*.nc' 'CDO_*.nc'   # one file per season vs cdo splitseas

Prints one line: the job, what was compared and the largest absolute difference per variable; exits 1 when a
difference exceeds the tolerance (default 1e-4 in the variable's units; --tolerance), when missing values
are not in the same places, or when steps, seasons or rows do not match. 0 when they agree.
"""
import argparse
import glob
import sys

import netCDF4
import numpy as np
import pandas as pd

SEASONS = ["DJF", "MAM", "JJA", "SON"]
SEASON_OF_MONTH = {12: "DJF", 1: "DJF", 2: "DJF", 3: "MAM", 4: "MAM", 5: "MAM",
                   6: "JJA", 7: "JJA", 8: "JJA", 9: "SON", 10: "SON", 11: "SON"}
NOT_VALUES = {"season", "year", "month", "time", "lat", "lon", "count", "complete"}


def read_netcdf(path):
    """(dataset's grid variables as float64 arrays with NaN for missing, season names or None, lat, lon)."""
    with netCDF4.Dataset(path) as ds:
        values = {n: np.ma.filled(v[:].astype("f8"), np.nan) for n, v in ds.variables.items()
                  if v.ndim == 3 and n not in ("time_bnds", "climatology_bnds")}
        if "season" in ds.variables:
            seasons = [str(s) for s in ds["season"][:]]
        else:
            seasons = seasons_of_time(ds)
        return values, seasons, ds["lat"][:].astype("f8"), ds["lon"][:].astype("f8")


def seasons_of_time(ds):
    """The season of every time stamp, or None when the times cannot be decoded (CDO 2.1.1's yseasmean
    sometimes writes out-of-range times; its seasons are then DJF, MAM, JJA, SON by position)."""
    if "time" not in ds.variables:
        return None
    t = ds["time"]
    try:
        dates = netCDF4.num2date(t[:], t.units, getattr(t, "calendar", "standard"))
    except (OverflowError, ValueError):
        return None
    return [SEASON_OF_MONTH[d.month] for d in dates]


def sluice_steps(path, keys):
    """Sluice's CSV as {variable: (steps, lat, lon)} in the order the rows come, the step keys, lat, lon."""
    frame = pd.read_csv(path, keep_default_na=True)
    lat = np.unique(frame["lat"].to_numpy())
    lon = np.unique(frame["lon"].to_numpy())
    cells = len(lat) * len(lon)
    if len(frame) % cells:
        sys.exit("%s: %d rows are not a whole number of %d-cell grids" % (path, len(frame), cells))
    steps = len(frame) // cells
    step_keys = frame[keys].iloc[::cells].astype(str).agg("-".join, axis=1).tolist()
    values = {c: frame[c].to_numpy("f8").reshape(steps, len(lat), len(lon))
              for c in frame.columns if c not in NOT_VALUES}
    return values, step_keys, lat, lon


def compare(job, sluice, reference, tolerance):
    parts, ok = [], True
    for name in sorted(set(sluice) & set(reference)):
        a, b = sluice[name], reference[name]
        if a.shape != b.shape:
            return False, "%s: shapes differ %s vs %s" % (name, a.shape, b.shape)
        nan_mismatch = int(np.sum(np.isnan(a) != np.isnan(b)))
        both = ~np.isnan(a) & ~np.isnan(b)
        diff = float(np.max(np.abs(a[both] - b[both]))) if both.any() else 0.0
        ok = ok and nan_mismatch == 0 and diff <= tolerance
        parts.append("%s max|d| %.2g%s" % (name, diff, ", %d missing-value mismatches" % nan_mismatch
                                            if nan_mismatch else ""))
    if not parts:
        return False, "no variable in common (Sluice %s, reference %s)" % (sorted(sluice), sorted(reference))
    return ok, "; ".join(parts)


def same_grid(lat, lon, ref_lat, ref_lon):
    return (len(lat) == len(ref_lat) and len(lon) == len(ref_lon)
            and np.allclose(np.sort(lat), np.sort(ref_lat)) and np.allclose(np.sort(lon), np.sort(ref_lon)))


def step_dates(path):
    """The time stamps of a NetCDF file as ISO dates (yyyy-mm-dd), or None when they cannot be decoded."""
    with netCDF4.Dataset(path) as ds:
        t = ds["time"]
        try:
            return [d.strftime("%Y-%m-%d") for d in netCDF4.num2date(t[:], t.units, getattr(t, "calendar", "standard"))]
        except (OverflowError, ValueError):
            return None


def sluice_output(path, keys):
    """Sluice's output, CSV or NetCDF (its netcdf sink), as (values, step keys, lat, lon). From NetCDF the step keys
    are the seasons of its time stamps."""
    if not path.endswith(".nc"):
        return sluice_steps(path, keys)
    values, seasons, lat, lon = read_netcdf(path)
    if seasons is None:
        sys.exit("%s: the time stamps cannot be decoded" % path)
    return values, seasons, lat, lon


def seasmean(a):
    values, keys, lat, lon = sluice_output(a.sluice, ["season", "year"])
    ref, seasons, rlat, rlon = read_netcdf(a.reference)
    if not same_grid(lat, lon, rlat, rlon):
        return False, "grids differ"
    if seasons is None:
        return False, "%s: the time stamps cannot be decoded" % a.reference
    if len(keys) != len(seasons):
        return False, "%d season-years vs %d steps" % (len(keys), len(seasons))
    wrong = [k for k, s in zip(keys, seasons) if not k.startswith(s)]
    if wrong:
        return False, "seasons differ, first at %s" % wrong[0]
    ok, text = compare("seasmean", values, ref, a.tolerance)
    if a.sluice.endswith(".nc"):
        ours, theirs = step_dates(a.sluice), step_dates(a.reference)
        moved = sum(o != t for o, t in zip(ours, theirs))
        ok = ok and moved == 0
        text += "; dates %s .. %s, %d differ from the reference's" % (ours[0], ours[-1], moved)
    return ok, "%d season-years (%s .. %s); %s" % (len(keys), keys[0], keys[-1], text)


def clim(a):
    values, keys, lat, lon = sluice_output(a.sluice, ["season"])
    ref, seasons, rlat, rlon = read_netcdf(a.reference)
    if not same_grid(lat, lon, rlat, rlon):
        return False, "grids differ"
    with netCDF4.Dataset(a.reference) as ds:
        by_name = "season" in ds.variables
    if by_name:
        order = [seasons.index(k) for k in keys]
    else:  # CDO: DJF, MAM, JJA, SON, checked against the time stamps when they can be decoded
        order = list(range(len(keys)))
        if keys != SEASONS[:len(keys)] or (seasons is not None and seasons != keys):
            return False, "Sluice seasons %s vs the reference's %s" % (keys, seasons or SEASONS)
    ok, text = compare("clim", values, {n: v[order] for n, v in ref.items()}, a.tolerance)
    return ok, "%d seasons (%s); %s" % (len(keys), ",".join(keys), text)


def table(a):
    sluice = pd.read_csv(a.sluice)
    xarray = pd.read_csv(a.reference)
    if len(sluice) != len(xarray):
        return False, "%d rows vs %d" % (len(sluice), len(xarray))
    names = [c for c in sluice.columns if c not in NOT_VALUES]
    parts, ok = [], True
    for c in ["lat", "lon"] + names:
        x, y = sluice[c].to_numpy("f8"), xarray[c].to_numpy("f8")
        mismatch = int(np.sum(np.isnan(x) != np.isnan(y)))
        both = ~np.isnan(x) & ~np.isnan(y)
        diff = float(np.max(np.abs(x[both] - y[both]))) if both.any() else 0.0
        ok = ok and mismatch == 0 and diff <= a.tolerance
        parts.append("%s max|d| %.2g%s" % (c, diff, ", %d missing mismatches" % mismatch if mismatch else ""))
    return ok, "%d rows; %s" % (len(sluice), "; ".join(parts))


def split(a):
    ours, theirs = sorted(glob.glob(a.sluice)), sorted(glob.glob(a.reference))
    if len(ours) != len(theirs) or not ours:
        return False, "%d files vs %d" % (len(ours), len(theirs))
    parts, ok = [], True
    for o, t in zip(ours, theirs):
        ov, _, _, _ = read_netcdf(o)
        tv, _, _, _ = read_netcdf(t)
        good, text = compare("split", ov, tv, a.tolerance)
        steps = next(iter(ov.values())).shape[0]
        ok = ok and good
        parts.append("%s %d steps: %s" % (o.rsplit("/", 1)[-1], steps, text))
    return ok, "; ".join(parts)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("job", choices=["seasmean", "clim", "table", "split"])
    p.add_argument("sluice")
    p.add_argument("reference")
    p.add_argument("--tolerance", type=float, default=1e-4)
    a = p.parse_args()
    ok, text = {"seasmean": seasmean, "clim": clim, "table": table, "split": split}[a.job](a)
    print("%s %s: %s" % ("agree" if ok else "DISAGREE", a.job, text))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
