#!/usr/bin/env bash
# Answer-storage benchmark (issues 2 and 12): one node (cluster.sh's node 1 alone, pointed at PostgreSQL directly with
# server-side prepared statements) on Debian's PostgreSQL with fsync=on and synchronous_commit=on, as production runs:
# an acknowledged answer survives a crash. Runs AnswerBenchmark against it, pgbench's one-row inserts against the same
# PostgreSQL in the same run (as many clients as its max_connections admits: the output says how many and why), then
# stops everything. Ports as cluster.sh (CLUSTER_PG_PORT, CLUSTER_NODE_OFFSETS); BUILD=0 skips the Maven package.
# Usage: src/test/bench/answers.sh [students=500] [items=20] [pgbench-seconds=20] [think-ms=0]
# It runs warm-up rounds until the rate stops climbing (minutes on 2 cores: the JIT; at most WARMUPS rounds, default
# 20), three capacity rounds in a closed loop (each student answers the moment the last answer is acknowledged), whose
# median is compared with pgbench, then class-load rounds in which each student waits between answers: waits that
# offer a quarter and half of the measured capacity, or think-ms (mean) if given.
set -euo pipefail
cd "$(dirname "$0")/../../.."
students=${1:-500}
items=${2:-20}
pgbench_seconds=${3:-20}
think_ms=${4:-0}
pg_port=${CLUSTER_PG_PORT:-56000}
read -r -a offsets <<< "${CLUSTER_NODE_OFFSETS:-1000 1100}"
export CLUSTER_NODES=1 CLUSTER_DB=direct CLUSTER_POOL=${CLUSTER_POOL:-60}
cluster=src/test/bench/cluster.sh
trap '$cluster stop' EXIT
$cluster start
mvn -B -q -o test-compile
dir=target/cluster
pids="server=$(cat $dir/node1.pid);postgres=$(head -1 /tmp/articlequiz-cluster-$pg_port/pgdata/postmaster.pid)"
mvn -B -q -o exec:java -Dexec.mainClass=org.articlequiz.bench.AnswerBenchmark -Dexec.classpathScope=test \
  -Darticlequiz.test.jdbcUrl=jdbc:postgresql://127.0.0.1:$pg_port/postgres -Dbench.pids="$pids" \
  -Dbench.warmups="${WARMUPS:-20}" \
  -Dexec.args="http://127.0.0.1:$((8080 + offsets[0]))/article-quiz/ $students $items $pgbench_seconds $think_ms"
