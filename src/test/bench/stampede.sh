#!/usr/bin/env bash
# The start stampede (issue 12): N students (default 2,000), launch sessions already issued, open the same quiz in
# the same second and start their attempts: on the two-node cluster through HAProxy, then on one node directly (node
# 1's own port; node 2 idles). Prints start p50/p99/max per target. Uses the cluster of cluster.sh if it is running,
# else starts it and stops it at the end. Ports as cluster.sh (CLUSTER_PG_PORT, CLUSTER_PROXY_PORT,
# CLUSTER_NODE_OFFSETS).
# Usage: src/test/bench/stampede.sh [students=2000] [targets=cluster,one-node]
set -euo pipefail
cd "$(dirname "$0")/../../.."
students=${1:-2000}
targets=${2:-cluster,one-node}
pg_port=${CLUSTER_PG_PORT:-56000}
proxy_port=${CLUSTER_PROXY_PORT:-18080}
read -r -a offsets <<< "${CLUSTER_NODE_OFFSETS:-1000 1100}"
cluster=src/test/bench/cluster.sh
if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://localhost:$proxy_port/article-quiz/api/health/ready")" != 200 ]; then
  trap '$cluster stop' EXIT
  $cluster start
fi
mvn -B -q -o test-compile
args=()
for t in ${targets//,/ }; do
  case $t in
    cluster) args+=("cluster=http://localhost:$proxy_port/article-quiz/") ;;
    one-node) args+=("one-node=http://127.0.0.1:$((8080 + offsets[0]))/article-quiz/") ;;
    *) echo "unknown target $t (cluster, one-node)" >&2; exit 2 ;;
  esac
done
# The students' threads wait for the go with their connections open: 2,000 threads and sockets in this JVM.
ulimit -n 20000 2>/dev/null || true
# CPU per start is charged to these processes: the nodes, PostgreSQL (its postmaster's children) and PgBouncer.
dir=target/cluster
# (A part that does not run, such as node 2 of a one-node cluster, is left out: `|| true` keeps set -e from stopping here.)
pids="node1=$(cat $dir/node1.pid 2>/dev/null || true);node2=$(cat $dir/node2.pid 2>/dev/null || true)"
pids="$pids;postgres=$(head -1 /tmp/articlequiz-cluster-$pg_port/pgdata/postmaster.pid 2>/dev/null || true)"
pids="$pids;pgbouncer=$(cat $dir/pgbouncer.pid 2>/dev/null || true)"
mvn -B -q -o exec:java -Dexec.mainClass=org.articlequiz.bench.StartStampede -Dexec.classpathScope=test \
  -Darticlequiz.test.jdbcUrl=jdbc:postgresql://127.0.0.1:$pg_port/postgres -Dbench.pids="$pids" \
  -Dexec.args="$students ${args[*]}"
