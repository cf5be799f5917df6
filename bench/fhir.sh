#!/usr/bin/env bash
# FHIR API benchmark (issue 18; not a test): starts Stepline on a fresh data directory and a free loopback port,
# either with a demo service or on the database of an imported extract, registers a system as an administrator
# would, and measures (bench/FhirLoad.java) a patient's Observation search with CLIENTS systems at once and a
# whole-service $export. See docs/benchmarks.md.
#
#   bench/fhir.sh                                  # demo service of 20,000 referrals in 8 teams (as bench/pages.sh), 20 clients, 10 s + 30 s, $export
#   EXTRACT=/tmp/extract SEARCH=no bench/fhir.sh   # imports the extract first (the heap capped at HEAP), then $export
#   REFERRALS=2000 CLIENTS=5 bench/fhir.sh         # a quick run
set -euo pipefail
cd "$(dirname "$0")/.."

REFERRALS=${REFERRALS:-20000}
TEAMS=${TEAMS:-8}
PER_TEAM=${PER_TEAM:-10}
CLIENTS=${CLIENTS:-20}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
EXPORT=${EXPORT:-yes}
SEARCH=${SEARCH:-yes}
EXTRACT=${EXTRACT:-}
HEAP=${HEAP:-1g}
START_TIMEOUT=${START_TIMEOUT:-900}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

[[ -f target/stepline.jar ]] || ./mvnw -B -ntp -q -DskipTests package
DATA=$(mktemp -d "${TMPDIR:-/tmp}/stepline-bench.XXXXXX")
LOG="$DATA/server.log"
SERVER=""
stop_server() {
    if [[ -n "$SERVER" ]] && kill -0 "$SERVER" 2>/dev/null; then
        kill "$SERVER" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$SERVER" 2>/dev/null || break; sleep 1; done
        kill -9 "$SERVER" 2>/dev/null || true
    fi
    rm -rf "$DATA"
}
trap stop_server EXIT
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$DATA/classpath.txt" >/dev/null

STEPLINE_ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
STEPLINE_DEMO_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export STEPLINE_ADMIN_PASSWORD STEPLINE_DEMO_PASSWORD

echo "== Machine: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
"$JAVA" -version 2>&1 | head -1

if [[ -n "$EXTRACT" ]]; then
    echo "== Importing $EXTRACT"
    "$JAVA" -Xmx"$HEAP" -jar target/stepline.jar import --dataset "$EXTRACT" --source fhir-bench \
        --stepline.data-dir="$DATA/data" 2>/dev/null | grep '^Imported'
    start_args=()
    ready="Started SteplineApplication"
else
    start_args=(--demo --stepline.demo.referrals="$REFERRALS" --stepline.demo.teams="$TEAMS"
        --stepline.demo.practitioners-per-team="$PER_TEAM")
    ready="Demo service loaded\|demo service is already loaded"
fi

echo "== Starting Stepline ${start_args[*]}"
"$JAVA" -jar target/stepline.jar "${start_args[@]}" --stepline.data-dir="$DATA/data" \
    --server.address=127.0.0.1 --server.port=0 >"$LOG" 2>&1 &
SERVER=$!
port=""
for _ in $(seq 1 "$START_TIMEOUT"); do
    kill -0 "$SERVER" 2>/dev/null || { echo "Stepline stopped during start:"; tail -40 "$LOG"; exit 1; }
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$LOG" | head -1)
    grep -q "$ready" "$LOG" && [[ -n "$port" ]] && break
    sleep 1
done
[[ -n "$port" ]] || { echo "Stepline did not start within $START_TIMEOUT s"; tail -40 "$LOG"; exit 1; }
grep -o "Demo service: .*" "$LOG" | head -1 || true

clients=$CLIENTS
[[ "$SEARCH" == yes ]] || clients=0
echo "== Load"
"$JAVA" -cp "$(cat "$DATA/classpath.txt")" bench/FhirLoad.java "http://127.0.0.1:$port" "$STEPLINE_ADMIN_PASSWORD" \
    "$clients" "$WARMUP" "$MEASURE" "$EXPORT"
echo "== Server: $(grep -c ' ERROR ' "$LOG" || true) errors in its log; peak resident $(awk '/VmHWM/ {printf "%d MiB", $2/1024}' /proc/$SERVER/status)"
