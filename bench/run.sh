#!/usr/bin/env bash
# End-to-end benchmarks of Sluice against CDO, xarray (+dask) and DuckDB on the same inputs in the same run.
#
#   bench/run.sh [--scale full|small] [-r RUNS] [--work DIR] [--only REGEX]
#
# Generates the inputs deterministically (bench/make_dataset.py; kept in DIR/data and reused while their
# generator arguments are unchanged), builds Sluice and the benchmarks jar, then for every row of the report
# times Sluice and each installed peer with hyperfine (one warm-up run, then RUNS runs: the median is reported,
# the page cache is warm) under /usr/bin/time (peak resident memory, the largest of the runs), checks that the
# outputs agree and prints the table, also written to DIR/report.md. Ratio = Sluice's median / the peer's.
# A Sluice row whose pipeline does not validate in this build (a plugin type not built yet) prints
# "not available in this build" with validate's reason.
#
#   --scale full   D3 daily 30 y 73x144 tas+pr (0.92 GB), D4 = D3 as NetCDF-4 deflate 1, M3 monthly 30 y
#                  180x360 tas,pr,psl (int16 packed), S3 daily 3 y 73x144, X4 = D3 over 120 y (memory row),
#                  CSV10M 10 M rows (long, double, double, float, text); 5 runs unless -r
#   --scale small  the same shapes, much smaller (about 3 minutes; proves the suite works); 1 run unless -r
#   --only REGEX   only the rows whose id matches (ids: seasmean-D3 seasmean-D3-csv yseasmean-D3 seasmean-D4 splitseas-D3
#                  weighted-M3 nc2parquet-S3 nc2parquet-D3 nc2csv-S3 csv2parquet-CSV10M scaling-D3 memory-X4)
#   SLUICE_JAVA_OPTS  JVM options for Sluice (default: none, the product's defaults; the memory row also runs
#                  with -Xmx256m added)
#
# Needs: JDK 17+, Debian's /usr/bin/python3 with python3-netcdf4 and python3-pandas, GNU time and hyperfine
# (installed with apt-get when missing and run as root). Optional peers: cdo, python3-xarray (+ python3-dask),
# nccopy (netcdf-bin, for D4). Not part of the build or CI.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
bench="$root/bench"
py=/usr/bin/python3
scale=full runs="" work="" only="."
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    -r) runs="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^[^#]/{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown argument '$1'; see bench/run.sh --help" >&2; exit 2 ;;
  esac
done
case "$scale" in full|small) ;; *) echo "bench/run.sh: --scale '$scale': expected full or small" >&2; exit 2 ;; esac
[ -n "$runs" ] || { [ "$scale" = full ] && runs=5 || runs=1; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: -r '$runs': expected a number of runs >= 1" >&2; exit 2; }
work="${work:-/tmp/sluice-bench-$scale}"
mkdir -p "$work/data" "$work/out" "$work/runs" "$work/pipelines"
data="$work/data" out="$work/out" logs="$work/runs"
rm -rf "${out:?}"/* "${logs:?}"/*     # outputs of an earlier run must not pass this run's agreement checks
results="$work/results.tsv"
: > "$results"

say() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# ---- tools -----------------------------------------------------------------------------------------------
install_missing() {   # install_missing COMMAND DEBIAN_PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $2 (apt-get)"
    apt-get install -y -q "$2" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1
}
install_missing /usr/bin/time time || { say "bench/run.sh: GNU time is needed: apt-get install time"; exit 1; }
install_missing hyperfine hyperfine || { say "bench/run.sh: hyperfine is needed: apt-get install hyperfine"; exit 1; }
"$py" -c 'import netCDF4, pandas' 2>/dev/null \
  || { say "bench/run.sh: $py needs netCDF4 and pandas: apt-get install python3-netcdf4 python3-pandas"; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
pyhas() { "$py" -c "import $1" >/dev/null 2>&1; }

# ---- build -----------------------------------------------------------------------------------------------
say "building Sluice and the benchmarks jar"
(cd "$root" && ./mvnw -q -B -DskipTests -pl cli,benchmarks -am package) >&2
"$root/sluice" --version >/dev/null                        # the launcher records its class data archive
duck=(java -cp "$root/benchmarks/target/benchmarks.jar" io.sluice.benchmarks.DuckdbPeer)

# ---- inputs ----------------------------------------------------------------------------------------------
if [ "$scale" = full ]; then
  grid="--nlat 73 --nlon 144"; d3y=30; s3y=3; x4y=120; m3="--years 30 --nlat 180 --nlon 360"; csv_rows=10000000
else
  grid="--nlat 37 --nlon 72"; d3y=4; s3y=1; x4y=16; m3="--years 5 --nlat 45 --nlon 90"; csv_rows=200000
fi
generate() {   # generate NAME EXTENSION MAKE_DATASET_ARGS...: reuse the file while the arguments are the same
  local name=$1 ext=$2; shift 2
  local file="$data/$name.$ext" stamp="$data/$name.args"
  if [ -f "$file" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$*" ]; then return 0; fi
  say "generating $name: make_dataset.py $*"
  rm -f "$file" "$stamp"
  "$py" "$bench/make_dataset.py" "$1" "$file.tmp" "${@:2}" && mv "$file.tmp" "$file" && printf '%s' "$*" > "$stamp"
}
# shellcheck disable=SC2086
{
  generate D3 nc netcdf --freq daily --years $d3y $grid
  generate S3 nc netcdf --freq daily --years $s3y $grid
  generate X4 nc netcdf --freq daily --years $x4y $grid
  generate M3 nc netcdf --freq monthly $m3 --vars tas,pr,psl
  generate CSV10M csv csv --rows $csv_rows
}
if have nccopy; then
  if [ ! -f "$data/D4.nc" ] || [ "$data/D3.nc" -nt "$data/D4.nc" ]; then
    nlat=$(echo $grid | cut -d' ' -f2) nlon=$(echo $grid | cut -d' ' -f4)
    say "generating D4: nccopy -k nc4 -d 1 -c time/1,lat/$nlat,lon/$nlon D3.nc D4.nc"
    nccopy -k nc4 -d 1 -c "time/1,lat/$nlat,lon/$nlon" "$data/D3.nc" "$data/D4.nc.tmp" && mv "$data/D4.nc.tmp" "$data/D4.nc"
  fi
else
  say "nccopy not installed (apt-get install netcdf-bin): no D4 rows"
fi
cells() { "$py" -c "import netCDF4,sys; d=netCDF4.Dataset(sys.argv[1]); print(len(d['time'])*len(d['lat'])*len(d['lon']))" "$1"; }
cp "$bench"/pipelines/*.yaml "$work/pipelines/"

# ---- measuring -------------------------------------------------------------------------------------------
# results.tsv: row  tool  median_s  min_s  max_s  peak_rss_MB  rows  note
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$results"; }

measure() {   # measure ROW TOOL ROWS COMMAND...  (COMMAND is split on spaces by hyperfine: no quoting)
  local row=$1 tool=$2 rows=$3; shift 3
  local tag="$row.$tool"
  rm -f "$logs/$tag.rss"
  say "  $tool: $* (load $(load))"
  if hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$logs/$tag.json" \
       "/usr/bin/time -f %M -a -o $logs/$tag.rss $*" > "$logs/$tag.log" 2>&1; then
    local stats rss
    stats=$("$py" -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f\t%.3f\t%.3f" % (r["median"], r["min"], r["max"]))' "$logs/$tag.json")
    rss=$(grep -E '^[0-9]+$' "$logs/$tag.rss" | sort -n | tail -1)
    record "$row" "$tool" "$stats" "$((rss / 1024))" "$rows" ""
  else
    record "$row" "$tool" - - - - "$rows" "FAILED (see $logs/$tag.log)"
    say "  $tool FAILED: $(tail -3 "$logs/$tag.log" | tr '\n' ' ')"
  fi
}

available() {   # available PIPELINE ROW: whether this build can run it; otherwise records why not
  local msg
  if msg=$("$root/sluice" validate "$work/pipelines/$1" 2>&1); then return 0; fi
  record "$2" sluice - - - - - "not available in this build: $(printf '%s' "$msg" | head -1 | sed 's/^[^ ]* //')"
  say "  sluice: not available in this build: $(printf '%s' "$msg" | head -1)"
  return 1
}

sluice() { echo "$root/sluice run $work/pipelines/$1 ${2:-}"; }
agree() {   # agree ROW WHAT COMMAND...: runs a check, records its one-line verdict
  local row=$1 what=$2 verdict; shift 2
  verdict=$("$@" 2>&1 | tail -1) || true
  record "$row" "check" - - - - - "$what: $verdict"
  say "  check $what: $verdict"
}
row() { [[ "$1" =~ $only ]] && { say "row $1"; return 0; }; return 1; }
peer_missing() { record "$1" "$2" - - - - - "peer not installed: $3"; }

export JAVA_OPTS="${SLUICE_JAVA_OPTS:-}"
check="$py $bench/check_agreement.py"
start_load=$(load)
say "work folder $work, $runs run(s) per job, load average $start_load"

if row seasmean-D3; then
  available seasmean_D3.yaml seasmean-D3 && measure seasmean-D3 sluice - $(sluice seasmean_D3.yaml)
  if have cdo; then measure seasmean-D3 cdo - cdo -s -O seasmean "$data/D3.nc" "$out/cdo_seasmean_D3.nc"
  else peer_missing seasmean-D3 cdo "apt-get install cdo"; fi
  [ -f "$out/sluice_seasmean_D3.nc" ] && [ -f "$out/cdo_seasmean_D3.nc" ] && \
    agree seasmean-D3 "Sluice vs cdo seasmean" $check seasmean "$out/sluice_seasmean_D3.nc" "$out/cdo_seasmean_D3.nc"
fi

if row seasmean-D3-csv; then   # the same job written as 1.27 M CSV rows of doubles: what the CSV sink adds
  available seasmean_D3_csv.yaml seasmean-D3-csv && measure seasmean-D3-csv sluice - $(sluice seasmean_D3_csv.yaml)
  [ -f "$out/sluice_seasmean_D3.csv" ] && [ -f "$out/cdo_seasmean_D3.nc" ] && \
    agree seasmean-D3-csv "Sluice CSV vs cdo seasmean" $check seasmean "$out/sluice_seasmean_D3.csv" "$out/cdo_seasmean_D3.nc"
fi

if row yseasmean-D3; then
  available yseasmean_D3.yaml yseasmean-D3 && measure yseasmean-D3 sluice - $(sluice yseasmean_D3.yaml)
  if have cdo; then measure yseasmean-D3 cdo - cdo -s -O yseasmean "$data/D3.nc" "$out/cdo_yseasmean_D3.nc"
  else peer_missing yseasmean-D3 cdo "apt-get install cdo"; fi
  if pyhas xarray && pyhas dask; then
    measure yseasmean-D3 xarray+dask - "$py" "$bench/xr_jobs.py" clim "$data/D3.nc" "$out/xr_clim_D3.nc" --dask 365
  else peer_missing yseasmean-D3 xarray+dask "apt-get install python3-xarray python3-dask"; fi
  s="$out/sluice_yseasmean_D3.nc"
  [ -f "$s" ] && [ -f "$out/cdo_yseasmean_D3.nc" ] && \
    agree yseasmean-D3 "Sluice vs cdo yseasmean" $check clim "$s" "$out/cdo_yseasmean_D3.nc"
  # xarray sums float32 data in float32 (CDO and Sluice in double): 1e-3 K, as measured between CDO and xarray
  [ -f "$s" ] && [ -f "$out/xr_clim_D3.nc" ] && \
    agree yseasmean-D3 "Sluice vs xarray+dask (tolerance 1e-3)" $check clim "$s" "$out/xr_clim_D3.nc" --tolerance 1e-3
fi

if row seasmean-D4 && [ -f "$data/D4.nc" ]; then
  available seasmean_D4.yaml seasmean-D4 && measure seasmean-D4 sluice - $(sluice seasmean_D4.yaml)
  if have cdo; then measure seasmean-D4 cdo - cdo -s -O seasmean "$data/D4.nc" "$out/cdo_seasmean_D4.nc"
  else peer_missing seasmean-D4 cdo "apt-get install cdo"; fi
  [ -f "$out/sluice_seasmean_D4.nc" ] && [ -f "$out/cdo_seasmean_D4.nc" ] && \
    agree seasmean-D4 "Sluice vs cdo seasmean" $check seasmean "$out/sluice_seasmean_D4.nc" "$out/cdo_seasmean_D4.nc"
fi

if row splitseas-D3; then
  available splitseas_D3.yaml splitseas-D3 && measure splitseas-D3 sluice - $(sluice splitseas_D3.yaml)
  if have cdo; then measure splitseas-D3 cdo - cdo -s -O splitseas "$data/D3.nc" "$out/cdo_split_"
  else peer_missing splitseas-D3 cdo "apt-get install cdo"; fi
  ls "$out"/sluice_split_*.nc >/dev/null 2>&1 && ls "$out"/cdo_split_*.nc >/dev/null 2>&1 && \
    agree splitseas-D3 "Sluice vs cdo splitseas" $check split "$out/sluice_split_*.nc" "$out/cdo_split_*.nc"
fi

if row weighted-M3; then
  available weighted_M3.yaml weighted-M3 && measure weighted-M3 sluice - $(sluice weighted_M3.yaml)
  if pyhas xarray; then measure weighted-M3 xarray - "$py" "$bench/xr_jobs.py" weighted "$data/M3.nc" "$out/xr_weighted_M3.nc"
  else peer_missing weighted-M3 xarray "apt-get install python3-xarray"; fi
  [ -f "$out/sluice_weighted_M3.csv" ] && [ -f "$out/xr_weighted_M3.nc" ] && \
    agree weighted-M3 "Sluice vs xarray's documented recipe" $check clim "$out/sluice_weighted_M3.csv" "$out/xr_weighted_M3.nc"
fi

for k in S3 D3; do
  if row "nc2parquet-$k"; then
    n=$(cells "$data/$k.nc")
    available "nc2parquet_$k.yaml" "nc2parquet-$k" && measure "nc2parquet-$k" sluice "$n" $(sluice "nc2parquet_$k.yaml")
    if [ -f "$out/sluice_$k.parquet" ]; then
      got=$("${duck[@]}" rows "$out/sluice_$k.parquet" 2>&1 | tail -1)
      record "nc2parquet-$k" check - - - - - "rows read back by DuckDB: $got, expected $n"
      rm -f "$out/sluice_$k.parquet"
    fi
  fi
done

if row nc2csv-S3; then
  n=$(cells "$data/S3.nc")
  available nc2csv_S3.yaml nc2csv-S3 && measure nc2csv-S3 sluice "$n" $(sluice nc2csv_S3.yaml)
  if pyhas xarray; then measure nc2csv-S3 xarray "$n" "$py" "$bench/xr_jobs.py" csv "$data/S3.nc" "$out/xr_S3.csv"
  else peer_missing nc2csv-S3 xarray "apt-get install python3-xarray"; fi
  [ -f "$out/sluice_S3.csv" ] && [ -f "$out/xr_S3.csv" ] && \
    agree nc2csv-S3 "Sluice vs xarray to_csv, every value" $check table "$out/sluice_S3.csv" "$out/xr_S3.csv" --tolerance 0
  rm -f "$out/sluice_S3.csv" "$out/xr_S3.csv"
fi

if row csv2parquet-CSV10M; then
  available csv2parquet_CSV10M.yaml csv2parquet-CSV10M && \
    measure csv2parquet-CSV10M sluice "$csv_rows" $(sluice csv2parquet_CSV10M.yaml)
  measure csv2parquet-CSV10M duckdb "$csv_rows" "${duck[@]}" copy "$data/CSV10M.csv" "$out/duckdb_CSV10M.parquet"
  [ -f "$out/sluice_CSV10M.parquet" ] && [ -f "$out/duckdb_CSV10M.parquet" ] && \
    agree csv2parquet-CSV10M "Sluice vs DuckDB, row by row" "${duck[@]}" compare "$out/sluice_CSV10M.parquet" "$out/duckdb_CSV10M.parquet"
fi

if row scaling-D3 && available yseasmean_D3.yaml scaling-D3; then
  measure scaling-D3 "sluice-p1" - $(sluice yseasmean_D3.yaml "--parallelism 1")
  measure scaling-D3 "sluice-p2" - $(sluice yseasmean_D3.yaml "--parallelism 2")
fi

if row memory-X4 && available yseasmean_X4.yaml memory-X4; then
  measure memory-X4 "sluice-D3" - $(sluice yseasmean_D3.yaml)
  measure memory-X4 "sluice-X4" - $(sluice yseasmean_X4.yaml)
  JAVA_OPTS="$JAVA_OPTS -Xmx256m" measure memory-X4 "sluice-D3-Xmx256m" - $(sluice yseasmean_D3.yaml)
  JAVA_OPTS="$JAVA_OPTS -Xmx256m" measure memory-X4 "sluice-X4-Xmx256m" - $(sluice yseasmean_X4.yaml)
  have cdo && measure memory-X4 "cdo-X4" - cdo -s -O yseasmean "$data/X4.nc" "$out/cdo_yseasmean_X4.nc"
fi

# ---- report ----------------------------------------------------------------------------------------------
{
  echo "Sluice end-to-end benchmarks, scale $scale, $runs run(s) per job after one warm-up, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) CPUs ($(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)), $(free -g | awk '/^Mem:/{print $2}') GiB;" \
       "load average at start $start_load, at end $(load)"
  echo "java: $(java -version 2>&1 | head -1); sluice: $("$root/sluice" --version 2>/dev/null | head -1) ($(git -C "$root" rev-parse --short HEAD))" \
       "; cdo: $(cdo --version 2>&1 | head -1 | sed 's/.*version \([0-9.]*\).*/\1/' || echo -)" \
       "; xarray: $(dpkg-query -W -f '${Version}' python3-xarray 2>/dev/null || echo -)" \
       "; dask: $(dpkg-query -W -f '${Version}' python3-dask 2>/dev/null || echo -)" \
       "; duckdb_jdbc: $(sed -n 's:.*<duckdb.version>\(.*\)</duckdb.version>.*:\1:p' "$root/benchmarks/pom.xml")"
  echo "inputs: $(for f in D3 D4 M3 S3 X4; do [ -f "$data/$f.nc" ] && printf '%s %s MB, ' "$f" $(( $(stat -c %s "$data/$f.nc") / 1000000 )); done)CSV10M $csv_rows rows $(( $(stat -c %s "$data/CSV10M.csv") / 1000000 )) MB"
  echo
  "$py" "$bench/report.py" "$results"
} | tee "$work/report.md"
