#!/usr/bin/env bash
# Two stateless Article Quiz nodes behind HAProxy and PgBouncer, on one durable PostgreSQL (issue 12), on loopback.
#
#   src/test/bench/cluster.sh            start everything, print the URL, and stop everything on Ctrl-C
#   src/test/bench/cluster.sh start      start everything and return once HAProxy has a ready node (for scripts)
#   src/test/bench/cluster.sh stop       stop everything this script started
#   src/test/bench/cluster.sh status     what runs, and each node's readiness
# Faults (used by faults.sh): kill-node N | start-node N | term-node N | pg-restart-fast | pg-kill | pg-start
#
# PostgreSQL 15 (Debian's, run as the postgres user) with fsync=on and synchronous_commit=on, on 127.0.0.1:56000.
# PgBouncer (Debian's 1.18) on 56001 in transaction pooling mode. PgBouncer supports protocol-level prepared
# statements only from 1.21 (max_prepared_statements); Debian 12 ships 1.18, so the nodes' JDBC URL sets
# prepareThreshold=0: pgjdbc then sends every statement unnamed (parse, bind, execute in one go), which works in
# transaction mode, at the cost of a parse per statement. With PgBouncer 1.21+ set max_prepared_statements instead.
# Ports below are the defaults; CLUSTER_PG_PORT, CLUSTER_PROXY_PORT and CLUSTER_NODE_OFFSETS change them.
# Two WildFly nodes from the provisioned target/server with the same WAR: node 1 at port offset 1000 (HTTP 9080),
# node 2 at 1100 (HTTP 9180). HAProxy on 18080: round-robin, no sticky sessions, health checks on the readiness URL.
# State, logs and configuration go to target/cluster; PostgreSQL's data to /tmp/articlequiz-cluster-56000 (it must
# belong to the postgres user). Needs root for apt-get (haproxy, pgbouncer) and runuser.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$(pwd)
dir=$root/target/cluster
# Ports from the environment, so that several clusters (or a cluster and CI's server on 8080/9990) can share a machine:
# CLUSTER_PG_PORT (PgBouncer listens on the next port), CLUSTER_PROXY_PORT, CLUSTER_NODE_OFFSETS (two port offsets).
pg_port=${CLUSTER_PG_PORT:-56000}
bouncer_port=$((pg_port + 1))
proxy_port=${CLUSTER_PROXY_PORT:-18080}
read -r -a offsets <<< "${CLUSTER_NODE_OFFSETS:-1000 1100}"
node_offsets=(0 "${offsets[@]}")
pgdata=/tmp/articlequiz-cluster-$pg_port/pgdata
# CLUSTER_NODES=1 starts node 1 alone (no HAProxy); CLUSTER_DB=direct points the nodes at PostgreSQL itself, with
# server-side prepared statements, instead of PgBouncer (answers.sh measures one node so); CLUSTER_POOL: connections
# per node.
nodes=${CLUSTER_NODES:-2}
node_db=${CLUSTER_DB:-bouncer}
pool=${CLUSTER_POOL:-40}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
admin_token=${ARTICLEQUIZ_ADMIN_TOKEN:-cluster-admin-token}
# Every node needs the same key encryption key (deploy/README.md); a fixed one for this loopback cluster.
key_encryption_key=${ARTICLEQUIZ_KEY_ENCRYPTION_KEY:-$(printf 'articlequiz-cluster-loopback-key' | base64)}
url=http://localhost:$proxy_port/article-quiz/

http_port() { echo $((8080 + node_offsets[$1])); }
say() { echo "[cluster] $*"; }

install_tools() {
  local missing=()
  command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
  command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
  [ -n "$pgbin" ] && [ -x "$pgbin/pgbench" ] || missing+=(postgresql postgresql-client)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (Debian packages)"
    apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

pg() { runuser -u postgres -- "$pgbin/$1" "${@:2}"; }

pg_start() {
  # After a SIGKILL the old backends notice their postmaster is gone and exit; until they have, a new one refuses.
  for _ in $(seq 1 30); do
    if pg pg_ctl -D "$pgdata" -l "$dir/postgres.log" -w -t 60 start >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  say "PostgreSQL did not start; see $dir/postgres.log"; return 1
}

start_postgres() {
  if [ ! -s "$pgdata/PG_VERSION" ]; then
    mkdir -p "$(dirname "$pgdata")" && chown postgres: "$(dirname "$pgdata")"
    pg initdb -D "$pgdata" -U postgres --auth=trust >/dev/null
    cat >> "$pgdata/postgresql.conf" <<EOF
# Article Quiz cluster (issue 12): durable, as production runs. An acknowledged answer survives a crash.
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '/tmp/articlequiz-cluster-$pg_port'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 200
shared_buffers = 256MB
EOF
  fi
  touch "$dir/postgres.log" && chown postgres: "$dir/postgres.log"
  pg_start
  runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p $pg_port -U postgres -qc "alter user postgres password 'postgres'" >/dev/null
}

start_pgbouncer() {
  cat > "$dir/pgbouncer.ini" <<EOF
[databases]
postgres = host=127.0.0.1 port=$pg_port dbname=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $bouncer_port
unix_socket_dir =
auth_type = trust
auth_file = $dir/pgbouncer.users
pool_mode = transaction
; the two nodes hold up to 2 x 40 client connections; 60 server connections are plenty for PostgreSQL on 2 cores
max_client_conn = 500
default_pool_size = 60
reserve_pool_size = 10
; pgjdbc sends extra_float_digits at start-up, which PgBouncer does not track
ignore_startup_parameters = extra_float_digits
server_reset_query =
; after PostgreSQL restarts, failed server connections are retried quickly
server_login_retry = 1
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
EOF
  echo '"postgres" "postgres"' > "$dir/pgbouncer.users"
  touch "$dir/pgbouncer.log"
  chown postgres: "$dir/pgbouncer.ini" "$dir/pgbouncer.users" "$dir/pgbouncer.log" "$dir"
  runuser -u postgres -- /usr/sbin/pgbouncer -d "$dir/pgbouncer.ini"
}

start_haproxy() {
  cat > "$dir/haproxy.cfg" <<EOF
global
    # two file descriptors per connection must fit the process's limit (ulimit -n)
    maxconn $(( $(ulimit -n) / 2 - 100 ))
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 60s
    timeout queue 60s
    timeout check 3s
    # Every call of the API may be sent again (a save carries its seq, a start resumes, a second submit returns the
    # same score), so a request that met a dead node or a node shutting down is sent to the other one.
    # A node that is stopping answers 503 while it suspends and its container's 404 page while it undeploys.
    option redispatch 1
    retries 2
    retry-on conn-failure empty-response 503 404
    option http-buffer-request
frontend articlequiz
    maxconn 10000
    bind 127.0.0.1:$proxy_port
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /article-quiz/api/health/ready
    http-check expect status 200
    # At most 150 requests at a time on a node; the rest wait here (timeout queue), so a stampede queues in HAProxy,
    # not in the node's worker threads, and the node's health check is not starved and taken for a dead node.
    default-server inter 1s fall 3 rise 2 maxconn 150
    server node1 127.0.0.1:$(http_port 1) check
    server node2 127.0.0.1:$(http_port 2) check
EOF
  /usr/sbin/haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
}

start_node() {
  local n=$1 base=$dir/node$1
  if [ ! -d "$base/configuration" ]; then
    mkdir -p "$base"
    cp -r "$root/target/server/standalone/configuration" "$base/"
    mkdir -p "$base/deployments"
  fi
  cp "${CLUSTER_WAR:-$root/target/article-quiz.war}" "$base/deployments/article-quiz.war"
  rm -f "$base/deployments/article-quiz.war.failed" "$base/deployments/article-quiz.war.deployed"
  # Own process group (setsid), so Ctrl-C in a terminal does not reach the nodes before this script stops them in order.
  local jdbc="jdbc:postgresql://127.0.0.1:$bouncer_port/postgres?prepareThreshold=0&connectTimeout=5"
  [ "$node_db" = direct ] && jdbc="jdbc:postgresql://127.0.0.1:$pg_port/postgres?connectTimeout=5"
  env POSTGRESQL_URL="$jdbc" \
    POSTGRESQL_DATABASE=postgres POSTGRESQL_USER=postgres POSTGRESQL_PASSWORD=postgres POSTGRESQL_MAX_POOL_SIZE=$pool \
    POSTGRESQL_VALIDATE_ON_MATCH=false POSTGRESQL_BACKGROUND_VALIDATION=true \
    ARTICLEQUIZ_DEMO=true ARTICLEQUIZ_PUBLIC_URL="http://localhost:$proxy_port/article-quiz" \
    ARTICLEQUIZ_ADMIN_TOKEN="$admin_token" ARTICLEQUIZ_KEY_ENCRYPTION_KEY="$key_encryption_key" \
    ARTICLEQUIZ_LTI_OUTBOX_POLL_MS=1000 ARTICLEQUIZ_LTI_OUTBOX_BACKOFF_MS=${OUTBOX_BACKOFF_MS:-1000} \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$dir/node$n.pid" \
    JAVA_OPTS="-Xms512m -Xmx2g -XX:+UseParallelGC -XX:TieredStopAtLevel=${TIER:-4} -Djava.net.preferIPv4Stack=true -Dorg.wildfly.sigterm.suspend.timeout=20 ${NODE_JAVA_OPTS:-}" \
    setsid "$root/target/server/bin/standalone.sh" -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset=${node_offsets[$n]} -b 127.0.0.1 >> "$dir/node$n.out" 2>&1 < /dev/null &
}

node_ready() { [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$(http_port "$1")/article-quiz/api/health/ready")" = 200 ]; }

wait_node() {
  for _ in $(seq 1 300); do
    node_ready "$1" && return 0
    sleep 1
  done
  say "node $1 did not become ready; see $dir/node$1/log/server.log"; return 1
}

node_pid() { [ -s "$dir/node$1.pid" ] && cat "$dir/node$1.pid"; }

signal_node() {
  local pid; pid=$(node_pid "$1" || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -"$2" "$pid"; fi
}

wait_gone() { for _ in $(seq 1 "${2:-60}"); do kill -0 "$1" 2>/dev/null || return 0; sleep 1; done; return 1; }

start_all() {
  install_tools
  mkdir -p "$dir"
  if [ ! -f target/article-quiz.war ] || [ ! -d target/server ] || [ "${BUILD:-1}" = 1 ]; then
    say "building the WAR and the server (mvn package)"
    mvn -B -q -o package -DskipTests
  fi
  say "PostgreSQL on 127.0.0.1:$pg_port (fsync=on, synchronous_commit=on)"
  start_postgres
  say "PgBouncer on 127.0.0.1:$bouncer_port (transaction pooling)"
  start_pgbouncer
  say "node 1 first (it migrates the schema), then node 2"
  start_node 1
  wait_node 1
  if [ "$nodes" = 1 ]; then
    say "ready: node 1 alone on http://127.0.0.1:$(http_port 1)/article-quiz/ (no HAProxy)"
    return 0
  fi
  start_node 2
  wait_node 2
  start_haproxy
  for _ in $(seq 1 30); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "${url}api/health/ready")" = 200 ] && break
    sleep 1
  done
  say "ready: open $url (HAProxy, round-robin over http://127.0.0.1:$(http_port 1)/ and http://127.0.0.1:$(http_port 2)/)"
}

stop_all() {
  say "stopping"
  [ -s "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for n in 1 2; do
    local pid; pid=$(node_pid $n || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"; wait_gone "$pid" 40 || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/node$n.pid"
  done
  [ -s "$dir/pgbouncer.pid" ] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
  [ -s "$pgdata/postmaster.pid" ] && pg pg_ctl -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  say "stopped"
}

case "${1:-run}" in
  run)
    trap 'stop_all; exit 0' INT TERM
    start_all
    say "Ctrl-C stops everything"
    while true; do sleep 3600 & wait $!; done
    ;;
  start) start_all ;;
  stop) stop_all ;;
  status)
    for n in 1 2; do echo "node $n: pid $(node_pid $n || echo -) ready: $(node_ready $n && echo yes || echo no)"; done
    echo "haproxy: $(curl -s -o /dev/null -m 2 -w '%{http_code}' "${url}api/health/ready")"
    ;;
  kill-node) signal_node "$2" KILL ;;
  term-node)
    pid=$(node_pid "$2" || true)
    signal_node "$2" TERM
    [ -n "$pid" ] && wait_gone "$pid" 60 || true
    ;;
  start-node) BUILD=0; start_node "$2"; wait_node "$2" ;;
  pg-restart-fast) pg pg_ctl -D "$pgdata" -m fast -w restart -l "$dir/postgres.log" >/dev/null ;;
  pg-kill) kill -KILL "$(head -1 "$pgdata/postmaster.pid")" ;;
  pg-start) pg_start ;;
  *) echo "usage: $0 [run|start|stop|status|kill-node N|start-node N|term-node N|pg-restart-fast|pg-kill|pg-start]" >&2; exit 2 ;;
esac
