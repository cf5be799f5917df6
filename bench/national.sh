#!/usr/bin/env bash
# National-volume benchmark (not a test): see docs/benchmarks-outcomes.md.
#
#   bench/national.sh [WORK_DIR]
#
# 1. generates a synthetic extract of 1.8 million pathways (PATHWAYS) with the contacts and scores that implies;
# 2. imports it into a fresh Stepline data directory with the heap capped at 1 GB, and reports rows a second;
#    then loads the same three files with a bare PostgreSQL COPY (bench/BareCopy.java: the same PostgreSQL, text
#    tables with no index or check, one backend) and prints Stepline's import time as a multiple of it;
# 3. times the 12-month summary by treatment mode through Stepline (report --timing: the median of RUNS runs of
#    OutcomeReports.summary alone) and writes Stepline's summary and per-pathway table;
# 4. loads the same extract into DuckDB and computes the same summary there (bench/DuckDbSummary.java);
# 5. compares the two summaries count by count, prints any difference and fails if there is one.
#
# Settings (environment): PATHWAYS (1800000), SEED (42), FROM (2024-04-01), TO (2025-03-31), RUNS (5),
# CASELOAD=1 to generate the extract with patients.csv and every optional column (generate --caseload),
# SKIP_STEPLINE_SUMMARY=1 to run the rest where the build has no outcomes engine (steps 3 and 5 are then skipped).
# Needs about 20 GB of free disk in WORK_DIR (default /tmp/stepline-bench), Java 21+, python3, and the DuckDB JDBC
# jar from Maven Central (fetched into ~/.m2 with ./mvnw dependency:get when missing; never an application
# dependency).
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${1:-${BENCH_DIR:-/tmp/stepline-bench}}
PATHWAYS=${PATHWAYS:-1800000}
SEED=${SEED:-42}
FROM=${FROM:-2024-04-01}
TO=${TO:-2025-03-31}
RUNS=${RUNS:-5}
DUCKDB_VERSION=2.0.0.1
DUCKDB_JAR="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=target/stepline.jar

mkdir -p "$WORK"
EXTRACT="$WORK/extract"
DATA="$WORK/data"
RESULTS="$WORK/results"

say() { printf '\n== %s\n' "$*"; }

say "Machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:   $(nproc)"
echo "memory:  $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min averages; other work on the machine slows every figure)"
echo "java:    $("$JAVA" -version 2>&1 | head -1)"
echo "disk:    $(df -h "$WORK" | awk 'NR==2 {print $4 " free in " $6}')"
free_gb=$(df -BG --output=avail "$WORK" | tail -1 | tr -dc '0-9')
if [ "$free_gb" -lt 20 ]; then
    echo "Not enough disk: the benchmark needs about 20 GB free in $WORK, and there are ${free_gb} GB." >&2
    exit 1
fi

if [ ! -f "$JAR" ]; then
    say "Building Stepline"
    ./mvnw -B -ntp -q -DskipTests package
fi
if [ ! -f "$DUCKDB_JAR" ]; then
    say "Fetching the DuckDB JDBC driver $DUCKDB_VERSION (benchmark only)"
    ./mvnw -B -ntp -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION
fi

say "1. Generate $PATHWAYS pathways (seed $SEED${CASELOAD:+, caseload $CASELOAD})"
rm -rf "$EXTRACT"
GENERATE_OPTIONS=()
if [ "${CASELOAD:-0}" = 1 ]; then
    GENERATE_OPTIONS+=(--caseload)
fi
"$JAVA" -jar "$JAR" generate --pathways "$PATHWAYS" --seed "$SEED" --out "$EXTRACT" "${GENERATE_OPTIONS[@]}" 2>/dev/null
wc -l "$EXTRACT"/*.csv | sed 's/^/    /'

say "2. Import with -Xmx1g into a fresh data directory"
rm -rf "$DATA" "$RESULTS"
mkdir -p "$RESULTS"
import_started=$(date +%s.%N)
"$JAVA" -Xmx1g -jar "$JAR" import --dataset "$EXTRACT" --source "national-$SEED" --stepline.data-dir="$DATA" \
    2> >(grep --line-buffered -v ' rows (' >&2) | tee "$RESULTS/import.txt"
import_wall=$(python3 -c "import sys; print(float(sys.argv[1]) - float(sys.argv[2]))" "$(date +%s.%N)" "$import_started")

say "2b. The anchor: a bare PostgreSQL COPY of the same files"
CLASSPATH_FILE="$WORK/classpath.txt"
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null
rm -rf "$WORK/bare"
"$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/BareCopy.java "$EXTRACT" "$WORK/bare" | tee "$RESULTS/bare-copy.txt"
rm -rf "$WORK/bare"
import_s=$(sed -n 's/.* in \([0-9.]*\) s (.*/\1/p' "$RESULTS/import.txt" | head -1)
bare_s=$(sed -n 's/^bare COPY: \([0-9.]*\) s.*/\1/p' "$RESULTS/bare-copy.txt")
printf 'Stepline import %s s (whole command, start-up and migration included: %.1f s); bare COPY %s s.\n' \
    "$import_s" "$import_wall" "$bare_s" | tee -a "$RESULTS/bare-copy.txt"
printf 'Stepline import as a multiple of bare COPY: %.1fx (whole command: %.1fx)\n' \
    "$(python3 -c "import sys; print(float(sys.argv[1]) / float(sys.argv[2]))" "$import_s" "$bare_s")" \
    "$(python3 -c "import sys; print(float(sys.argv[1]) / float(sys.argv[2]))" "$import_wall" "$bare_s")" | tee -a "$RESULTS/bare-copy.txt"

if [ "${SKIP_STEPLINE_SUMMARY:-0}" != 1 ]; then
    say "3. Stepline: summary from $FROM to $TO by treatment mode"
    "$JAVA" -jar "$JAR" report --from "$FROM" --to "$TO" --pathways "$RESULTS/stepline-pathways.csv" \
        --summary "$RESULTS/stepline-summary.json" --timing "$RUNS" --stepline.data-dir="$DATA" | tee "$RESULTS/stepline.txt"
else
    say "3. Stepline summary skipped (SKIP_STEPLINE_SUMMARY=1)"
fi

say "4. DuckDB: load the same extract and compute the same summary"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$DUCKDB_JAR" bench/DuckDbSummary.java "$EXTRACT" "$FROM" "$TO" \
    "$RESULTS/duckdb-summary.json" "$RESULTS/duckdb-pathways.csv" "$RUNS" | tee "$RESULTS/duckdb.txt"

if [ "${SKIP_STEPLINE_SUMMARY:-0}" = 1 ]; then
    say "5. Comparison skipped: no Stepline summary"
    exit 0
fi

say "5. Do Stepline and DuckDB agree on every count?"
if ! python3 - "$RESULTS/stepline-summary.json" "$RESULTS/duckdb-summary.json" <<'PY'
import json, sys
stepline, duckdb = (json.load(open(f)) for f in sys.argv[1:3])
groups = lambda s: {"all": s["all"], **{"mode " + k: v for k, v in s["byTreatmentMode"].items()}}
a, b = groups(stepline), groups(duckdb)
differences = []
for group in sorted(set(a) | set(b)):
    for count in sorted(set(a.get(group, {})) | set(b.get(group, {}))):
        # rates follow from the counts; counts Stepline suppressed (small numbers) are not compared
        if count.endswith("Rate") or count == "suppressed" or count in a.get(group, {}).get("suppressed", []):
            continue
        x, y = a.get(group, {}).get(count), b.get(group, {}).get(count)
        if x != y:
            differences.append(f"{group:12} {count:28} Stepline {x}   DuckDB {y}")
if differences:
    print("They differ:")
    print("\n".join(differences))
    sys.exit(1)
print(f"They agree on every count ({len(a)} groups).")
PY
then
    echo "First pathways that differ (sorted per-pathway tables, Stepline < > DuckDB):"
    diff <(tail -n +2 "$RESULTS/stepline-pathways.csv" | sort) <(tail -n +2 "$RESULTS/duckdb-pathways.csv" | sort) | head -20 || true
    exit 1
fi
grep -h 'median' "$RESULTS/stepline.txt" "$RESULTS/duckdb.txt"
