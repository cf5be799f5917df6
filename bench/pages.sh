#!/usr/bin/env bash
# Page benchmark on a service-sized database: starts Stepline with a large demo service on a fresh data
# directory and a free loopback port, signs in as many practitioners at once and measures the caseload and
# patient record pages (bench/PageLoad.java), then stops the server. See docs/benchmarks.md.
#
#   bench/pages.sh                      # 20,000 referrals, 20 users, 20 s warm-up, 60 s measured
#   REFERRALS=2000 USERS=5 WARMUP=5 MEASURE=15 bench/pages.sh
#   PAGES=supervision bench/pages.sh    # the supervisor's /supervision and /supervision/{id}, 20 sessions
set -euo pipefail
cd "$(dirname "$0")/.."

REFERRALS=${REFERRALS:-20000}
TEAMS=${TEAMS:-8}
PER_TEAM=${PER_TEAM:-10}
USERS=${USERS:-20}
WARMUP=${WARMUP:-20}
MEASURE=${MEASURE:-60}
THINK_MS=${THINK_MS:-0}
PAGES=${PAGES:-caseload}
START_TIMEOUT=${START_TIMEOUT:-600}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f target/stepline.jar ]]; then
    echo "Building target/stepline.jar"
    ./mvnw -B -ntp -q -DskipTests package
fi

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

STEPLINE_DEMO_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export STEPLINE_DEMO_PASSWORD

echo "== Machine"
echo "date:   $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "cores:  $(nproc)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
"$JAVA" -version 2>&1 | sed 's/^/java:   /'
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

echo "== Starting Stepline with a demo service of $REFERRALS referrals, $TEAMS teams of $PER_TEAM practitioners"
started=$(date +%s)
"$JAVA" -jar target/stepline.jar --demo \
    --stepline.demo.referrals="$REFERRALS" --stepline.demo.teams="$TEAMS" \
    --stepline.demo.practitioners-per-team="$PER_TEAM" \
    --stepline.data-dir="$DATA/data" --server.address=127.0.0.1 --server.port=0 >"$LOG" 2>&1 &
SERVER=$!

port=""
for _ in $(seq 1 "$START_TIMEOUT"); do
    kill -0 "$SERVER" 2>/dev/null || { echo "Stepline stopped during start:"; tail -40 "$LOG"; exit 1; }
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$LOG" | head -1)
    grep -q "Demo service loaded\|demo service is already loaded" "$LOG" && [[ -n "$port" ]] && break
    sleep 1
done
[[ -n "$port" ]] || { echo "Stepline did not start within $START_TIMEOUT s"; tail -40 "$LOG"; exit 1; }
echo "ready in $(( $(date +%s) - started )) s on port $port"
grep -o "Started SteplineApplication in [0-9.]* seconds" "$LOG" || true
grep -o "Demo service loaded in [0-9]* ms" "$LOG" || true

echo "== Rows written by the demo loader"
sed -n 's/.*Demo service: \(.*\) (\(.*\))$/  \1\n  (\2)/p' "$LOG"

# the practitioner account, then other practitioners (not the supervisor or manager), one per user
accounts=$(sed -n 's/.*Demo accounts ([^)]*): //p' "$LOG" | head -1 | tr -d ' ')
users=$(echo "$accounts" | awk -v RS=',' -v n="$USERS" '
    $1 != "supervisor" && $1 != "manager" && $1 != "" && picked < n { printf "%s%s", (picked++ ? "," : ""), $1 }')
count=$(echo "$users" | awk -F, '{ print NF }')
if (( count < USERS )); then
    echo "Only $count practitioners to sign in as; raise TEAMS or PER_TEAM"; exit 1
fi

page_options=()
if [[ "$PAGES" == supervision ]]; then
    # the team's supervisor, signed in USERS times over: the team page, then a practitioner's page linked from it
    users=$(printf 'supervisor%.0s,' $(seq 1 "$USERS")); users=${users%,}
    page_options=(--list /supervision --record '/supervision/{id}' --link '/supervision/(\d+)')
fi

echo "== Load: $USERS users ($PAGES pages), each on their own session"
"$JAVA" bench/PageLoad.java --base "http://127.0.0.1:$port" --users "$users" "${page_options[@]}" \
    --warmup "$WARMUP" --measure "$MEASURE" --think-ms "$THINK_MS" --wait-seconds 120

echo "== Server"
grep -c " ERROR " "$LOG" | sed 's/^/errors in the server log: /' || true
