#!/usr/bin/env bash
# Stepline as a service runs it, on this machine without containers: Debian's PostgreSQL in a temporary folder, two
# Stepline nodes on it, and HAProxy in front of them, round-robin (deploy/haproxy.cfg). Runs until stopped
# (Ctrl-C or SIGTERM), then stops everything and removes the temporary folder.
#
#   ./mvnw -DskipTests package && scripts/two-nodes.sh
#   STEPLINE_DEMO=1 STEPLINE_ADMIN_PASSWORD='a long password' scripts/two-nodes.sh
#
# Needs Debian's postgresql (initdb, pg_ctl, psql in /usr/lib/postgresql/N/bin) and haproxy. Environment:
#   STEPLINE_JAR            the jar to run (default target/stepline.jar), or
#   STEPLINE_CLASSPATH      a class path to run org.stepline.SteplineApplication from instead (the tests)
#   STEPLINE_JAVA_OPTIONS   the nodes' JVM options (default -Xmx512m)
#   STEPLINE_DEMO=1         node a loads the demo service at its first start (STEPLINE_DEMO_PASSWORD to choose its password)
#   STEPLINE_TWO_NODES_DIR  the folder to work in (default: a new temporary one, removed at the end; a given one
#                           keeps its logs, and the database is made afresh each time)
#   LB_PORT, NODE_A_PORT, NODE_B_PORT, STATS_PORT, PG_PORT   the ports (default: free ones; STATS_PORT is
#                           HAProxy's status page, /stats)
#   PG_BIN, HAPROXY         where PostgreSQL's programs and haproxy are (default: found)
# Any other setting (STEPLINE_ADMIN_PASSWORD, STEPLINE_METRICS_TOKEN, …) passes through to both nodes.
# It writes $STEPLINE_TWO_NODES_DIR/two-nodes.env (ports, process ids, the application role's password) and logs
# (node-a.log, node-b.log, haproxy.log, postgresql.log) there.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

fail() { echo "two-nodes: $*" >&2; exit 1; }

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] && [ -x "$PG_BIN/psql" ] \
  || fail "Debian's PostgreSQL is not installed (no initdb, pg_ctl, psql in /usr/lib/postgresql/*/bin): apt-get install postgresql"
HAPROXY=${HAPROXY:-$(command -v haproxy || echo /usr/sbin/haproxy)}
[ -x "$HAPROXY" ] || fail "HAProxy is not installed: apt-get install haproxy"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ -n "${STEPLINE_CLASSPATH:-}" ]; then
  run_stepline=(-cp "$STEPLINE_CLASSPATH" org.stepline.SteplineApplication)
else
  jar=${STEPLINE_JAR:-target/stepline.jar}
  [ -f "$jar" ] || fail "no $jar: build it first with ./mvnw -DskipTests package (or set STEPLINE_JAR)"
  run_stepline=(-jar "$jar")
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if port_free "$port" && [[ " ${taken:-} " != *" $port "* ]]; then taken="${taken:-} $port"; echo "$port"; return; fi
  done
  fail "found no free port"
}
taken=""
LB_PORT=${LB_PORT:-$(free_port)}; taken="$taken $LB_PORT"
NODE_A_PORT=${NODE_A_PORT:-$(free_port)}; taken="$taken $NODE_A_PORT"
NODE_B_PORT=${NODE_B_PORT:-$(free_port)}; taken="$taken $NODE_B_PORT"
STATS_PORT=${STATS_PORT:-$(free_port)}; taken="$taken $STATS_PORT"
PG_PORT=${PG_PORT:-$(free_port)}
secret() { od -An -tx1 -N18 /dev/urandom | tr -d ' \n'; }

if [ -n "${STEPLINE_TWO_NODES_DIR:-}" ]; then
  work=$STEPLINE_TWO_NODES_DIR; mkdir -p "$work"; remove_work=false
else
  work=$(mktemp -d -t stepline-two-nodes.XXXXXX); remove_work=true
fi
work=$(cd "$work" && pwd)
chmod 755 "$work" # the postgres user must reach its data folder inside

# PostgreSQL runs as the postgres user when this script runs as root (it refuses to run as root)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  [ -f "$work/pg/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work/pg" # made afresh at every start
  if $remove_work; then rm -rf "$work"; fi
  echo "two-nodes: stopped"
}
trap stop_all EXIT
trap 'exit 0' INT TERM

echo "two-nodes: PostgreSQL ($PG_BIN) on port $PG_PORT, in $work"
superuser_password=$(secret); owner_password=$(secret); app_password=$(secret)
mkdir -p "$work/pg" "$work/socket"
printf '%s\n' "$superuser_password" > "$work/pg.pw"
chmod 600 "$work/pg.pw"
if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg" "$work/socket" "$work/pg.pw"; fi
chmod 700 "$work/pg"
as_postgres "$PG_BIN/initdb" -D "$work/pg" -U postgres -A scram-sha-256 --pwfile="$work/pg.pw" -E UTF8 \
  --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || fail "initdb failed: see $work/initdb.log"
rm -f "$work/pg.pw"
touch "$work/postgresql.log"; [ "$(id -u)" = 0 ] && chown postgres "$work/postgresql.log"
as_postgres "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/postgresql.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$work/socket -c max_connections=100" \
  >/dev/null || fail "PostgreSQL did not start: see $work/postgresql.log"

# the two roles and the database, exactly as a DBA makes them (docs/external-database.sql)
PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGPASSWORD=$superuser_password PSQL=$PG_BIN/psql \
STEPLINE_OWNER_PASSWORD=$owner_password STEPLINE_APP_PASSWORD=$app_password \
  "$repo/deploy/make-roles.sh" >"$work/roles.log" 2>&1 || fail "could not make the roles: see $work/roles.log"

start_node() { # name port [extra arguments]; the node runs in the background ($!)
  local name=$1 port=$2; shift 2
  # shellcheck disable=SC2086
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/stepline" \
  SPRING_DATASOURCE_USERNAME=stepline_app SPRING_DATASOURCE_PASSWORD=$app_password \
  SPRING_FLYWAY_USER=stepline_owner SPRING_FLYWAY_PASSWORD=$owner_password \
  SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port \
    "$JAVA" ${STEPLINE_JAVA_OPTIONS:--Xmx512m} "${run_stepline[@]}" "$@" >"$work/node-$name.log" 2>&1 &
}
servers_up() { # how many nodes HAProxy sends requests to (its status page's /servers-up)
  (
    exec 3<>"/dev/tcp/127.0.0.1/$STATS_PORT" || exit 1
    printf 'GET /servers-up HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    tail -n 1 <&3
  ) 2>/dev/null || echo 0
}

echo "two-nodes: Stepline nodes a (port $NODE_A_PORT) and b (port $NODE_B_PORT)"
demo=(); [ "${STEPLINE_DEMO:-}" = 1 ] && demo=(--demo)
start_node a "$NODE_A_PORT" ${demo[@]+"${demo[@]}"}; node_a=$!
start_node b "$NODE_B_PORT"; node_b=$!
pids=("$node_a" "$node_b")
STEPLINE_LB_BIND=127.0.0.1:$LB_PORT STEPLINE_LB_STATS_BIND=127.0.0.1:$STATS_PORT STEPLINE_NODE_A=127.0.0.1:$NODE_A_PORT STEPLINE_NODE_B=127.0.0.1:$NODE_B_PORT \
  "$HAPROXY" -db -f "$repo/deploy/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
haproxy_pid=$!
pids+=("$haproxy_pid")

cat > "$work/two-nodes.env" <<ENV
LB_PORT=$LB_PORT
NODE_A_PORT=$NODE_A_PORT
NODE_B_PORT=$NODE_B_PORT
STATS_PORT=$STATS_PORT
NODE_A_PID=$node_a
NODE_B_PID=$node_b
HAPROXY_PID=$haproxy_pid
PG_PORT=$PG_PORT
PG_DATABASE=stepline
PG_APPLICATION_ROLE=stepline_app
PG_APPLICATION_PASSWORD=$app_password
ENV
chmod 600 "$work/two-nodes.env"

for _ in $(seq 1 600); do
  for pid in "$node_a" "$node_b" "$haproxy_pid"; do
    kill -0 "$pid" 2>/dev/null || fail "a process stopped while starting: see node-a.log, node-b.log, haproxy.log in $work"
  done
  # ready when HAProxy itself sends requests to both (its checks follow the nodes' readiness probes)
  if [ "$(servers_up)" = 2 ]; then break; fi
  sleep 0.5
done
[ "$(servers_up)" = 2 ] || fail "the nodes did not start within 5 minutes: see $work/node-*.log"
echo "two-nodes: Stepline is ready at http://127.0.0.1:$LB_PORT (HAProxy, round-robin over nodes a and b)"
[ -n "${STEPLINE_ADMIN_PASSWORD:-}" ] || echo "two-nodes: the admin's one-time password is in $work/node-*.log"

# until stopped; ends by itself once every node has stopped
while kill -0 "$node_a" 2>/dev/null || kill -0 "$node_b" 2>/dev/null; do
  sleep 1 & wait $! || true
done
echo "two-nodes: both nodes have stopped"
