#!/usr/bin/python3
"""Deterministic synthetic inputs of the end-to-end benchmarks (bench/run.sh).

Run with Debian's /usr/bin/python3 (apt-get install python3-netcdf4 python3-pandas).

  make_dataset.py netcdf OUT.nc --freq daily --years 30 --nlat 73 --nlon 144 [--vars tas,pr,psl]
  make_dataset.py csv OUT.csv --rows 10000000

NetCDF (CF-1.8, NetCDF-3 64-bit offset, time UNLIMITED so the variables are interleaved records, standard
calendar from 1981-01-01, "days since 1850-01-01"; daily steps at noon, monthly steps mid-month):
  tas  K, float32: 258 + 40 cos^2(lat) + 3 sin(2 lon) cos(lat), a hemispheric seasonal cycle of amplitude
       15 sin(lat) coldest in the north about 25 January, a trend of 0.02 K per year, N(0, 3) daily noise
       (N(0, 1) monthly)
  pr   kg m-2 s-1, float32 >= 0 (gamma noise), _FillValue = missing_value = 1e20f on --missing of the values
  psl  Pa, int16 packed (scale_factor 0.5, add_offset 101325, _FillValue -32767): 101325 + 1500 sin(2 lat)
       cos(season) + 800 cos(lon) + N(0, 600) daily (N(0, 200) monthly)
CSV: columns id (long), x, y (double), f (float32), s (text 'station-N'); x, y, f uniform, 1 % of f empty.

One numpy Generator seeded with --seed (default 42) draws everything in a fixed order, so the same arguments
and the same numpy give the same bytes.
"""
import argparse
import datetime

import netCDF4
import numpy as np

EPOCH = datetime.date(1850, 1, 1).toordinal()
FILL = np.float32(1e20)
PSL_FILL = np.int16(-32767)


def day(y, m, d):
    return datetime.date(y, m, d).toordinal() - EPOCH


def steps_of_year(year, freq):
    """Time bounds (n, 2) in days since 1850-01-01 and the fraction of the year at each step's middle."""
    start, end = day(year, 1, 1), day(year + 1, 1, 1)
    if freq == "daily":
        lower = np.arange(start, end, dtype="f8")
        bounds = np.stack([lower, lower + 1], axis=1)
    else:
        edges = np.array([day(year, m, 1) for m in range(1, 13)] + [end], dtype="f8")
        bounds = np.stack([edges[:-1], edges[1:]], axis=1)
    return bounds, (bounds.mean(axis=1) - start) / (end - start)


def year_fields(names, frac, years_since_start, lat, lon, rng, a):
    shape = (len(frac), len(lat), len(lon))
    phi = np.deg2rad(lat)[None, :, None]
    lam = np.deg2rad(lon)[None, None, :]
    phase = 2 * np.pi * frac[:, None, None]
    daily = a.freq == "daily"
    out = {}
    if "tas" in names:
        cycle = -15.0 * np.sin(phi) * np.cos(phase - 2 * np.pi * 25 / 365.0)
        mean = 258.0 + 40.0 * np.cos(phi) ** 2 + 3.0 * np.sin(2 * lam) * np.cos(phi) + cycle
        out["tas"] = (mean + 0.02 * years_since_start + rng.normal(0.0, 3.0 if daily else 1.0, shape))
    if "pr" in names:
        wet = 1.0 + 0.8 * np.cos(3 * phi) ** 2 + 0.5 * np.sin(phase + lam)
        pr = 3.0e-5 * wet * rng.gamma(0.8, 1.25, shape)
        pr[rng.random(shape) < a.missing] = FILL
        out["pr"] = pr
    if "psl" in names:
        mean = 101325.0 + 1500.0 * np.sin(2 * phi) * np.cos(phase) + 800.0 * np.cos(lam)
        out["psl"] = mean + rng.normal(0.0, 600.0 if daily else 200.0, shape)
    return out


def write_netcdf(a):
    names = [v for v in a.vars.split(",") if v]
    unknown = set(names) - {"tas", "pr", "psl"}
    if unknown:
        raise SystemExit("make_dataset.py: --vars %s: unknown %s; expected tas, pr, psl" % (a.vars, sorted(unknown)))
    rng = np.random.default_rng(a.seed)
    lat = -90 + (np.arange(a.nlat) + 0.5) * 180.0 / a.nlat
    lon = np.arange(a.nlon) * 360.0 / a.nlon
    ds = netCDF4.Dataset(a.out, "w", format="NETCDF3_64BIT_OFFSET")
    ds.setncatts({"Conventions": "CF-1.8", "title": "Sluice benchmark input (synthetic)",
                  "source": "bench/make_dataset.py seed=%d" % a.seed})
    ds.createDimension("time", None)
    ds.createDimension("bnds", 2)
    ds.createDimension("lat", a.nlat)
    ds.createDimension("lon", a.nlon)

    def variable(name, dtype, dims, attrs, **kw):
        v = ds.createVariable(name, dtype, dims, **kw)
        v.setncatts(attrs)
        return v

    time = variable("time", "f8", ("time",), {"standard_name": "time", "units": "days since 1850-01-01",
                                             "calendar": "standard", "axis": "T", "bounds": "time_bnds"})
    time_bnds = variable("time_bnds", "f8", ("time", "bnds"), {})
    variable("lat", "f8", ("lat",), {"standard_name": "latitude", "units": "degrees_north", "axis": "Y"})[:] = lat
    variable("lon", "f8", ("lon",), {"standard_name": "longitude", "units": "degrees_east", "axis": "X"})[:] = lon
    grid = ("time", "lat", "lon")
    cell = {"cell_methods": "time: mean"}
    out = {}
    if "tas" in names:
        out["tas"] = variable("tas", "f4", grid, {"standard_name": "air_temperature", "units": "K", **cell})
    if "pr" in names:
        out["pr"] = variable("pr", "f4", grid, {"standard_name": "precipitation_flux", "units": "kg m-2 s-1",
                                                 "missing_value": FILL, **cell}, fill_value=FILL)
    if "psl" in names:
        out["psl"] = variable("psl", "i2", grid, {"standard_name": "air_pressure_at_sea_level", "units": "Pa",
                                                  "scale_factor": np.float32(0.5),
                                                  "add_offset": np.float32(101325.0),
                                                  "missing_value": PSL_FILL, **cell}, fill_value=PSL_FILL)
    at = 0
    for k in range(a.years):
        bounds, frac = steps_of_year(a.start_year + k, a.freq)
        n = len(frac)
        time_bnds[at:at + n] = bounds
        time[at:at + n] = bounds.mean(axis=1)
        fields = year_fields(names, frac, k, lat, lon, rng, a)
        for name in names:  # netCDF4 packs psl on write: round((value - add_offset) / scale_factor)
            out[name][at:at + n] = fields[name].astype("f4") if name != "psl" else fields[name]
        at += n
    ds.close()


def write_csv(a):
    import pandas as pd
    rng = np.random.default_rng(a.seed)
    block = 1_000_000
    with open(a.out, "w", newline="") as f:
        for start in range(0, a.rows, block):
            n = min(block, a.rows - start)
            ids = np.arange(start, start + n, dtype="i8")
            f32 = rng.random(n).astype("f4") * np.float32(100)
            frame = pd.DataFrame({"id": ids, "x": rng.random(n) * 360.0 - 180.0, "y": rng.normal(0.0, 1.0, n),
                                  "f": pd.Series(f32).mask(rng.random(n) < 0.01),
                                  "s": np.char.add("station-", (ids % 1000).astype("U4"))})
            frame.to_csv(f, header=start == 0, index=False, lineterminator="\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="kind", required=True)
    nc = sub.add_parser("netcdf", help="a NetCDF-3 grid")
    nc.add_argument("out")
    nc.add_argument("--freq", choices=["daily", "monthly"], default="daily")
    nc.add_argument("--years", type=int, default=30)
    nc.add_argument("--start-year", type=int, default=1981)
    nc.add_argument("--nlat", type=int, default=73)
    nc.add_argument("--nlon", type=int, default=144)
    nc.add_argument("--vars", default="tas,pr")
    nc.add_argument("--missing", type=float, default=0.02, help="share of pr values missing (default 0.02)")
    nc.add_argument("--seed", type=int, default=42)
    csv = sub.add_parser("csv", help="a table of long, double, double, float, text")
    csv.add_argument("out")
    csv.add_argument("--rows", type=int, default=10_000_000)
    csv.add_argument("--seed", type=int, default=42)
    a = p.parse_args()
    (write_netcdf if a.kind == "netcdf" else write_csv)(a)


if __name__ == "__main__":
    main()
