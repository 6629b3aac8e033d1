#!/usr/bin/env bash
# Makes sure the tools the tests compare against are installed: CDO (seasonal statistics are checked against
# it live), netcdf-bin (nccopy makes a NetCDF-4 copy of a fixture; ncdump reads Sluice's NetCDF output) and
# Debian's python3 with xarray and netCDF4 (they read Sluice's NetCDF output back), `script` (runs the command line
# in a pseudo-terminal to check its progress bar) and Debian's chromium (a test opens a run's report.html headless,
# screenshots it and reads its DOM). Run by `./mvnw verify` before the tests;
# installs Debian's packages when they are missing and this user may (root), else says what to install.
set -euo pipefail
missing=()
command -v cdo >/dev/null 2>&1 || missing+=(cdo)
command -v nccopy >/dev/null 2>&1 || missing+=(netcdf-bin)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)   # util-linux's script: a pseudo-terminal for the progress bar test
/usr/bin/python3 -c 'import xarray' >/dev/null 2>&1 || missing+=(python3-xarray)
/usr/bin/python3 -c 'import netCDF4' >/dev/null 2>&1 || missing+=(python3-netcdf4)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} for the tests (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "the tests need ${missing[*]}: install them (Debian/Ubuntu: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
