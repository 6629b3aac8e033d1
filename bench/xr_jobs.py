#!/usr/bin/python3
"""The xarray side of the end-to-end benchmarks: one job per process, so that bench/run.sh can time it and
read its peak memory from outside (the import of xarray is part of the job, as it is for a user).

  xr_jobs.py clim IN.nc OUT.nc [--dask STEPS]   # ds.groupby('time.season').mean('time')
  xr_jobs.py weighted IN.nc OUT.nc              # the month-length weighted seasonal climatology of the xarray
                                                # documentation ("Calculating Seasonal Averages from Time Series
                                                # of Monthly Means"), verbatim
  xr_jobs.py csv IN.nc OUT.csv                  # ds.to_dataframe().to_csv(), one row per (time, lat, lon)

--dask STEPS opens the file with chunks={'time': STEPS} and computes on dask's threaded scheduler with two
workers. Statistics are written as NetCDF (float64, NaN for missing) for bench/check_agreement.py.
"""
import argparse
import sys

import xarray as xr


def grid_variables(ds):
    return ds[[v for v in ds.data_vars if ds[v].dims == ("time", "lat", "lon")]]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("job", choices=["clim", "weighted", "csv"])
    p.add_argument("inp")
    p.add_argument("out")
    p.add_argument("--dask", type=int, default=0, metavar="STEPS")
    a = p.parse_args()
    if a.dask:
        import dask
        dask.config.set(scheduler="threads", num_workers=2)
        ds = xr.open_dataset(a.inp, chunks={"time": a.dask})
    else:
        ds = xr.open_dataset(a.inp)
    ds = grid_variables(ds)
    if a.job == "csv":
        frame = ds.to_dataframe()
        frame.to_csv(a.out)
        print("rows %d" % len(frame), file=sys.stderr)
        return
    if a.job == "clim":
        result = ds.groupby("time.season").mean("time")
    else:
        month_length = ds.time.dt.days_in_month
        weights = month_length.groupby("time.season") / month_length.groupby("time.season").sum()
        result = (ds * weights).groupby("time.season").sum(dim="time")
    result = result.compute().astype("f8")
    for v in result.data_vars:
        result[v].encoding = {"_FillValue": float("nan")}
    result.to_netcdf(a.out)


if __name__ == "__main__":
    main()
