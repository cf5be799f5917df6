#!/usr/bin/env bash
# How Stepline grows (issue 19; not a test): see docs/scaling.md.
#
#   bench/scaling.sh [WORK_DIR]
#
# 1. For a quarter, half, one and two times national volume (SIZES, in pathways): generates the synthetic
#    extract, imports it with the heap capped at 1 GB into a fresh data directory (time, rows a second, the
#    JVM's peak resident memory), loads the same files with a bare PostgreSQL COPY (bench/BareCopy.java, the
#    anchor that makes runs on a busy machine comparable), and times the 12-month summary by treatment mode
#    (report --timing: median of RUNS runs in the running process).
# 2. For one and four times a service's size (SERVICES, in demo referrals; teams grow with it so that a
#    practitioner's caseload stays the same size): the caseload and supervision pages under USERS users
#    (bench/pages.sh, shorter periods).
# 3. Writes every figure to WORK_DIR/scaling.tsv and WORK_DIR/pages.tsv and draws docs/scaling.svg from them
#    (bench/scaling_chart.py).
#
# Settings (environment): HEAP (1g: the import's heap cap), SIZES ("450000 900000 1800000 3600000"), SERVICES ("20000 80000"), RUNS (3),
# USERS (20), WARMUP (10), MEASURE (30). Needs about 30 GB free in WORK_DIR (default /tmp/stepline-scaling);
# each size's files are removed before the next.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/stepline-scaling}
SIZES=${SIZES-450000 900000 1800000 3600000}
SERVICES=${SERVICES-20000 80000}
RUNS=${RUNS:-3}
HEAP=${HEAP:-1g}
USERS=${USERS:-20}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-30}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=target/stepline.jar
TSV="$WORK/scaling.tsv"

mkdir -p "$WORK"
[[ -f "$JAR" ]] || ./mvnw -B -ntp -q -DskipTests package
CLASSPATH_FILE="$WORK/classpath.txt"
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >/dev/null

echo "== Machine: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB," \
    "load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
printf 'kind\tsize\trows\tseconds\trows_per_second\tpeak_rss_mib\tbare_copy_seconds\tratio\tsummary_ms\tload\n' > "$TSV"

for pathways in $SIZES; do
    echo "== $pathways pathways"
    rm -rf "$WORK/extract" "$WORK/data" "$WORK/bare"
    "$JAVA" -jar "$JAR" generate --pathways "$pathways" --seed 42 --out "$WORK/extract" 2>/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f '%M' -o "$WORK/rss.txt" "$JAVA" -Xmx"$HEAP" -jar "$JAR" import --dataset "$WORK/extract" \
        --source "scaling-$pathways" --stepline.data-dir="$WORK/data" 2>"$WORK/import-errors.txt" | tee "$WORK/import.txt" | grep '^Imported' || true
    if ! grep -q '^Imported' "$WORK/import.txt"; then
        echo "   the import of $pathways pathways failed with the heap capped at $HEAP:"; grep -v ' rows (' "$WORK/import-errors.txt" | head -12
        printf 'import-failed\t%s\t\t\t\t%s\t\t\t\t%s\n' "$pathways" "$(( $(tail -1 "$WORK/rss.txt") / 1024 ))" "$load" >> "$TSV"
        continue
    fi
    seconds=$(sed -n 's/^Imported .* in \([0-9.]*\) s (.*/\1/p' "$WORK/import.txt")
    rows=$(sed -n 's/^Imported \([0-9,]*\) pathways, \([0-9,]*\) care contacts and \([0-9,]*\) assessments.*/\1+\2+\3/p' \
        "$WORK/import.txt" | tr -d ',')
    rows=$(python3 -c "print($rows)")
    rss=$(( $(tail -1 "$WORK/rss.txt") / 1024 ))
    bare=$("$JAVA" -cp "$(cat "$CLASSPATH_FILE")" bench/BareCopy.java "$WORK/extract" "$WORK/bare" 2>/dev/null \
        | sed -n 's/^bare COPY: \([0-9.]*\) s.*/\1/p')
    rm -rf "$WORK/bare"
    summary=$("$JAVA" -jar "$JAR" report --from 2024-04-01 --to 2025-03-31 --summary "$WORK/summary.json" \
        --timing "$RUNS" --stepline.data-dir="$WORK/data" 2>/dev/null | sed -n 's/.*: median \([0-9.]*\) ms.*/\1/p')
    python3 - "$TSV" "$pathways" "$rows" "$seconds" "$rss" "$bare" "$summary" "$load" <<'PY'
import sys
tsv, size, rows, seconds, rss, bare, summary, load = sys.argv[1:]
line = ["import", size, rows, seconds, str(round(int(rows) / float(seconds))), rss, bare,
        "%.1f" % (float(seconds) / float(bare)), summary, load]
print("   " + "  ".join(line[1:]))
open(tsv, "a").write("\t".join(line) + "\n")
PY
done
rm -rf "$WORK/extract" "$WORK/data"

PAGES_TSV="$WORK/pages.tsv"
printf 'pages\treferrals\tteams\tpage\tcount\terrors\tmedian_ms\tp95_ms\tp99_ms\tmax_ms\treq_per_s\tload\n' > "$PAGES_TSV"
for referrals in $SERVICES; do
    teams=$(( 8 * referrals / 20000 ))
    for pages in caseload supervision; do
        echo "== $pages pages, $referrals referrals in $teams teams"
        load=$(cut -d' ' -f1 /proc/loadavg)
        out="$WORK/pages-$pages-$referrals.txt"
        REFERRALS=$referrals TEAMS=$teams USERS=$USERS WARMUP=$WARMUP MEASURE=$MEASURE PAGES=$pages \
            bench/pages.sh > "$out" 2>&1 || { tail -20 "$out"; exit 1; }
        # PageLoad's table: page count errors median p95 p99 max req/s (the header and sign-in rows are left out)
        awk -v pages="$pages" -v referrals="$referrals" -v teams="$teams" -v load="$load" '
            /^page +count/ { table = 1; next }
            table && NF == 8 && $2 ~ /^[0-9]+$/ {
                printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", pages, referrals, teams, $1, $2, $3, $4, $5, $6, $7, $8, load }
            /^\(milliseconds/ { table = 0 }' "$out" | tee -a "$PAGES_TSV"
    done
done

python3 bench/scaling_chart.py "$TSV" "$PAGES_TSV" docs/scaling.svg
echo "Figures in $TSV and $PAGES_TSV; chart in docs/scaling.svg"
