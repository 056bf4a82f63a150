#!/usr/bin/env bash
# A class under faults (issue 12): starts the two-node cluster (cluster.sh: PostgreSQL with fsync and synchronous
# commit, PgBouncer, two WildFly nodes, HAProxy), then for each fault a class of N students takes a 20-item quiz
# through HAProxy while, in turn: node 1 is killed (SIGKILL) and started again; PostgreSQL is restarted with a fast
# shutdown; PostgreSQL is killed (SIGKILL) and started; the gradebook (the sandbox platform) answers 503 for a window;
# it refuses connections for a window; node 2 is stopped (SIGTERM) and started again. Prints per fault what was
# acknowledged, stored, lost, duplicated and retried, scores submitted against the gradebook, and p50/p99 of save and
# submit before, during and after. Exits non-zero on any loss, duplicate or missing score. Loopback only; bounded
# (at most 90 minutes, each call given up after 4 minutes); stops the cluster when it ends, as on Ctrl-C.
# Usage: src/test/bench/faults.sh [students=500] [items=20] [think-ms=4000] [gradebook-window-s=40] [faults=all]
#   faults: a comma-separated subset of node-kill,pg-restart-fast,pg-kill,gradebook-503,gradebook-refused,node-term
# The gradebook window is real time; the nodes' outbox retries after 1 s, 2 s, 4 s … (ARTICLEQUIZ_LTI_OUTBOX_BACKOFF_MS
# 1000, where production's default is 5000), so a 40 s window plays the part of a longer maintenance window.
set -euo pipefail
cd "$(dirname "$0")/../../.."
students=${1:-500}
items=${2:-20}
think_ms=${3:-4000}
window_s=${4:-40}
faults=${5:-node-kill,pg-restart-fast,pg-kill,gradebook-503,gradebook-refused,node-term}
# Ports as cluster.sh (CLUSTER_PG_PORT, CLUSTER_PROXY_PORT, CLUSTER_NODE_OFFSETS); the sandbox platform on FAULTS_PLATFORM_PORT.
pg_port=${CLUSTER_PG_PORT:-56000}
proxy_port=${CLUSTER_PROXY_PORT:-18080}
platform_port=${FAULTS_PLATFORM_PORT:-19002}
cluster=src/test/bench/cluster.sh
trap '$cluster stop' EXIT
$cluster start
mvn -B -q -o test-compile
timeout --signal=TERM 90m mvn -B -q -o exec:java -Dexec.mainClass=org.articlequiz.bench.FaultBenchmark -Dexec.classpathScope=test \
  -Darticlequiz.test.jdbcUrl=jdbc:postgresql://127.0.0.1:$pg_port/postgres \
  -Dexec.args="http://localhost:$proxy_port/article-quiz/ $(pwd)/$cluster $students $items $think_ms $window_s $platform_port ${ARTICLEQUIZ_ADMIN_TOKEN:-cluster-admin-token} $faults"
