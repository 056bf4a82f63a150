#!/usr/bin/env bash
# The start stampede (issue 12): N students (default 2,000), launch sessions already issued, open the same quiz in
# the same second and start their attempts: on the two-node cluster through HAProxy, then on one node directly (node
# 1's own port; node 2 idles). Prints start p50/p99/max per target. Uses the cluster of cluster.sh if it is running,
# else starts it and stops it at the end.
# Usage: src/test/bench/stampede.sh [students=2000]
set -euo pipefail
cd "$(dirname "$0")/../../.."
students=${1:-2000}
cluster=src/test/bench/cluster.sh
if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' http://localhost:18080/article-quiz/api/health/ready)" != 200 ]; then
  trap '$cluster stop' EXIT
  $cluster start
fi
mvn -B -q -o test-compile
# The students' threads wait for the go with their connections open: 2,000 threads and sockets in this JVM.
ulimit -n 20000 2>/dev/null || true
mvn -B -q -o exec:java -Dexec.mainClass=org.articlequiz.bench.StartStampede -Dexec.classpathScope=test \
  -Darticlequiz.test.jdbcUrl=jdbc:postgresql://127.0.0.1:56000/postgres \
  -Dexec.args="$students cluster=http://localhost:18080/article-quiz/ one-node=http://127.0.0.1:9080/article-quiz/"
