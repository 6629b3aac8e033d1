#!/usr/bin/env bash
# Profiles one Sluice run with Java Flight Recorder and prints where the CPU samples fall.
#
#   bench/profile.sh PIPELINE.yaml [sluice run options...]
#
# Records PIPELINE's run with the "profile" settings into PIPELINE's folder (NAME.jfr), then summarises
# `jfr print --stack-depth 64 --events jdk.ExecutionSample` with bench/jfr_summary.py: the methods most often on top of the
# stack, and the Sluice methods most often the nearest Sluice frame (where Sluice code spends, including the
# JDK code it calls). Builds the jar first when needed, as ./sluice does.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
[ $# -ge 1 ] && [ -f "$1" ] || { echo "usage: bench/profile.sh PIPELINE.yaml [sluice run options...]" >&2; exit 2; }
pipeline="$(readlink -f "$1")"; shift
recording="${pipeline%.yaml}.jfr"
"$root/sluice" --version >/dev/null
java -XX:StartFlightRecording=filename="$recording",settings=profile ${SLUICE_JAVA_OPTS:-} \
     -jar "$root/cli/target/sluice.jar" run "$pipeline" "$@" 2>&1 | grep -v '^\[' || true
jfr print --stack-depth 64 --events jdk.ExecutionSample "$recording" | /usr/bin/python3 "$root/bench/jfr_summary.py"
echo "recording: $recording"
