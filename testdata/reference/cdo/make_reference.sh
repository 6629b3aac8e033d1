#!/bin/bash
# Regenerates the CDO reference CSVs in this folder from the fixtures in ../.. and ../../real.
# Needs cdo (Debian 12: cdo 2.1.1) and /usr/bin/python3 with netCDF4 and cftime (python3-netcdf4).
# Usage: bash make_reference.sh        (run from anywhere; writes next to this script)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$(cd "$HERE/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PY=/usr/bin/python3

# reference NAME INPUT VARS [CDO selection operators applied before the statistic]
reference() {
  local name=$1 input=$2 vars=$3; shift 3
  local sel=(-selname,"$vars" "$@")
  local first=${vars%%,*}
  for mode in seas clim; do
    local op=seas; [ "$mode" = clim ] && op=yseas
    cdo -s -b F64 ${op}mean "${sel[@]}" "$input" "$TMP/$name.${op}mean.nc"
    cdo -s -b F64 ${op}sum -addc,1 -mulc,0 -selname,"$first" "${@}" "$input" "$TMP/$name.${op}steps.nc"
    cdo -s -b F64 ${op}sum -setmisstoc,0 -gtc,-1e36 "${sel[@]}" "$input" "$TMP/$name.${op}valid.nc"
    "$PY" "$HERE/cdo_to_csv.py" "$mode" "$TMP/$name.${op}mean.nc" "$TMP/$name.${op}steps.nc" \
      "$TMP/$name.${op}valid.nc" "$vars" "$HERE/$name.${op}mean.csv"
    echo "wrote $name.${op}mean.csv ($(($(wc -l < "$HERE/$name.${op}mean.csv") - 1)) rows)"
  done
}

# statistics NAME INPUT VARS WEIGHTED [CDO selection operators]: min, max, sum, std, std1 (and, when WEIGHTED is
# "weighted", the month-length weighted mean) per season-year and as climatologies, into NAME.${op}stats.csv
statistics() {
  local name=$1 input=$2 vars=$3 weighted=$4; shift 4
  local sel=(-selname,"$vars" "$@")
  local first=${vars%%,*}
  for mode in seas clim; do
    local op=seas; [ "$mode" = clim ] && op=yseas
    local columns=()
    for stat in min max sum std std1; do
      cdo -s -b F64 ${op}${stat} "${sel[@]}" "$input" "$TMP/$name.${op}${stat}.nc"
      columns+=("$stat=$TMP/$name.${op}${stat}.nc")
    done
    if [ "$weighted" = weighted ]; then
      # on a double copy: on float input CDO keeps the chain's intermediate sums in float
      cdo -s -b F64 copy "${sel[@]}" "$input" "$TMP/$name.double.nc"
      cdo -s -b F64 div -${op}sum -muldpm "$TMP/$name.double.nc" -${op}sum -muldpm -gtc,-1e36 "$TMP/$name.double.nc" \
        "$TMP/$name.${op}weighted.nc"
      columns+=("weighted_mean=$TMP/$name.${op}weighted.nc")
    fi
    cdo -s -b F64 ${op}sum -addc,1 -mulc,0 -selname,"$first" "${@}" "$input" "$TMP/$name.${op}steps.nc"
    (cd "$HERE" && "$PY" cdo_stats_to_csv.py "$mode" "$TMP/$name.${op}steps.nc" "$vars" "$HERE/$name.${op}stats.csv" \
      "${columns[@]}")
    echo "wrote $name.${op}stats.csv ($(($(wc -l < "$HERE/$name.${op}stats.csv") - 1)) rows)"
  done
}

reference tas_daily_small     "$DATA/tas_daily_small.nc"     tas
reference multi_daily_small   "$DATA/multi_daily_small.nc"   tas,pr
reference tas_daily_noleap    "$DATA/tas_daily_noleap.nc"    tas
reference tas_daily_360day    "$DATA/tas_daily_360day.nc"    tas
reference tas_daily_proleptic "$DATA/tas_daily_proleptic.nc" tas
reference monthly_packed      "$DATA/monthly_packed.nc"      psl,tas
# real data: a 4 x 6 box (60-67.5E, 2.5S-10N; CDO 1-based indices lon 17-20, lat 36-41) keeps the CSV small
reference monthly_navy_winds  "$DATA/real/monthly_navy_winds.cdf" UWND -selindexbox,17,20,36,41
# real data: CMIP5 MPI-ESM-LR tas of 2005; a 6 x 5 box (CDO 1-based lon 1-6, lat 46-50: 0-9.375E, 4.7S-2.8N)
reference tas_rectilinear_grid_2D "$DATA/real/tas_rectilinear_grid_2D.nc" tas -selindexbox,1,6,46,50

statistics multi_daily_small   "$DATA/multi_daily_small.nc"   tas,pr none
statistics tas_daily_noleap    "$DATA/tas_daily_noleap.nc"    tas    none
statistics tas_daily_360day    "$DATA/tas_daily_360day.nc"    tas    none
statistics tas_daily_proleptic "$DATA/tas_daily_proleptic.nc" tas    none
statistics monthly_packed      "$DATA/monthly_packed.nc"      psl,tas weighted
statistics monthly_navy_winds  "$DATA/real/monthly_navy_winds.cdf" UWND weighted -selindexbox,17,20,36,41
statistics tas_rectilinear_grid_2D "$DATA/real/tas_rectilinear_grid_2D.nc" tas weighted -selindexbox,1,6,46,50
