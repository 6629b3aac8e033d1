#!/bin/bash
# Regenerates the xarray reference CSVs in this folder from fixtures in ../..
# Needs /usr/bin/python3 with python3-xarray (Debian 12: 2023.01), python3-netcdf4 and python3-cftime.
# Usage: bash make_reference.sh        (run from anywhere; writes next to this script)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../.." && pwd)
PY=/usr/bin/python3

for mode in clim seas; do
  "$PY" "$HERE/weighted_means.py" $mode "$DATA/monthly_packed.nc" psl,tas "$HERE/monthly_packed.weighted_$mode.csv"
  "$PY" "$HERE/weighted_means.py" $mode "$DATA/monthly_julian.nc" tas,pr "$HERE/monthly_julian.weighted_$mode.csv"
done
wc -l "$HERE"/*.csv
