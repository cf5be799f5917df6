#!/usr/bin/env bash
# Formulation board benchmark (issue 15): two Stepline nodes on one PostgreSQL (Debian's server, started here on a
# free loopback port), BOARDS boards at once, each with the practitioner on node A and the patient on node B, both
# writing an entry every EVERY_MS; measures edit-to-other-screen latency (bench/FormulationLoad.java) and the
# servers' CPU and memory over the measured period. Everything stops by itself. See docs/benchmarks.md.
#
#   bench/formulation.sh                          # 200 boards, every 2 s, 20 s warm-up, 60 s measured
#   BOARDS=20 WARMUP=5 MEASURE=15 bench/formulation.sh
#   PROFILE=/tmp/prof bench/formulation.sh        # also records each node with Java Flight Recorder into PROFILE
set -euo pipefail
cd "$(dirname "$0")/.."

BOARDS=${BOARDS:-200}
EVERY_MS=${EVERY_MS:-2000}
WARMUP=${WARMUP:-20}
MEASURE=${MEASURE:-60}
PROFILE=${PROFILE:-}
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

if [[ ! -f target/stepline.jar ]]; then
    echo "Building target/stepline.jar"
    ./mvnw -B -ntp -q -DskipTests package
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/stepline-formulation.XXXXXX")
chmod 755 "$WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done; done
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Machine"
echo "date:   $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "cores:  $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
"$JAVA" -version 2>&1 | head -1 | sed 's/^/java:   /'
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

PGPORT=$(free_port)
mkdir -p "$WORK/pg" "$WORK/sock" && chown postgres "$WORK/pg" "$WORK/sock"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $WORK/sock -c max_connections=100" >/dev/null
echo "postgres: $("$PGBIN/postgres" --version), port $PGPORT"

export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/postgres" SPRING_DATASOURCE_USERNAME=postgres
STEPLINE_DEMO_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export STEPLINE_DEMO_PASSWORD
start_node() { # name port extra...
    local name=$1 port=$2; shift 2
    local jfr=()
    [[ -n "$PROFILE" ]] && mkdir -p "$PROFILE" && jfr=(-XX:StartFlightRecording=settings=profile,filename="$PROFILE/$name.jfr")
    "$JAVA" -Xmx768m "${jfr[@]}" -jar target/stepline.jar --server.address=127.0.0.1 --server.port="$port" \
        --stepline.formulation.join-attempts-per-address=100000 "$@" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 600); do
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "$name did not start"; tail -20 "$WORK/$name.log"; exit 1
}
PORT_A=$(free_port); PORT_B=$(free_port)
echo "== Starting node A (with the demo service) and node B on one database"
start_node node-a "$PORT_A" --demo
NODE_A=${PIDS[0]}
start_node node-b "$PORT_B" --stepline.messaging.enabled=false
NODE_B=${PIDS[1]}

"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc "
    select r.id || ' ' || to_char(p.date_of_birth, 'DD/MM/YYYY') from referral r
    join patient p on p.id = r.patient_id join staff_user s on s.team_id = r.team_id
    where s.username = 'practitioner' and p.date_of_birth is not null order by r.id limit $BOARDS" >"$WORK/boards.txt"
echo "boards: $(wc -l <"$WORK/boards.txt") referrals of the practitioner's team"

ticks() { # utime+stime of a pid, or of every postgres process
    if [[ $1 == postgres ]]; then
        local pm; pm=$(head -1 "$WORK/pg/postmaster.pid")
        for p in $pm $(pgrep -u postgres -P "$pm"); do
            awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null; done | awk '{s += $1} END {print s + 0}'
    else awk '{print $14 + $15}' "/proc/$1/stat"; fi
}
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$1/status"; }
pg_rss() { for p in $(pgrep -u postgres -P "$(head -1 "$WORK/pg/postmaster.pid")") "$(head -1 "$WORK/pg/postmaster.pid")"; do
    awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null; done | awk '{s += $1} END {print int(s / 1024)}'; }

"$JAVA" bench/FormulationLoad.java --practitioner "http://127.0.0.1:$PORT_A" --patient "http://127.0.0.1:$PORT_B" \
    --user practitioner --boards "$WORK/boards.txt" --every-ms "$EVERY_MS" --warmup "$WARMUP" --measure "$MEASURE" \
    >"$WORK/driver.log" 2>&1 &
DRIVER=$!
until grep -q "all boards shared" "$WORK/driver.log" || ! kill -0 $DRIVER 2>/dev/null; do sleep 0.5; done
cat "$WORK/driver.log"
sleep "$WARMUP"
a0=$(ticks $NODE_A); b0=$(ticks $NODE_B); p0=$(ticks postgres); d0=$(ticks $DRIVER); t0=$(date +%s.%N)
max_a=0; max_b=0; max_p=0
end=$(( $(date +%s) + MEASURE ))
while (( $(date +%s) < end )); do
    ra=$(rss $NODE_A); rb=$(rss $NODE_B); rp=$(pg_rss)
    (( ra > max_a )) && max_a=$ra; (( rb > max_b )) && max_b=$rb; (( rp > max_p )) && max_p=$rp
    sleep 2
done
a1=$(ticks $NODE_A); b1=$(ticks $NODE_B); p1=$(ticks postgres); d1=$(ticks $DRIVER); t1=$(date +%s.%N)
wait $DRIVER || true
sed -n '/== Results/,$p' "$WORK/driver.log"
hz=$(getconf CLK_TCK)
awk -v a="$((a1 - a0))" -v b="$((b1 - b0))" -v p="$((p1 - p0))" -v d="$((d1 - d0))" -v t0="$t0" -v t1="$t1" -v hz="$hz" \
    -v ma="$max_a" -v mb="$max_b" -v mp="$max_p" 'BEGIN {
    s = t1 - t0;
    printf "CPU over the measured period (%% of one core): node A %.0f %%, node B %.0f %%, PostgreSQL %.0f %%\n", 100*a/hz/s, 100*b/hz/s, 100*p/hz/s;
    printf "CPU of the load generator (%% of one core): %.0f %%\n", 100*d/hz/s;
    printf "resident memory, highest: node A %d MiB, node B %d MiB, PostgreSQL (all processes) %d MiB\n", ma, mb, mp }'
