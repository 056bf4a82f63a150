#!/usr/bin/env bash
# Answer-storage benchmark (issue 2): starts the product (WildFly + embedded PostgreSQL, as `mvn -Prun` does, with
# its own data folder), runs AnswerBenchmark against it, then stops everything.
# Usage: src/test/bench/answers.sh [students=500] [items=20] [pgbench-seconds=20] [think-ms=0]
# It runs warm-up rounds until the rate stops climbing (minutes on 2 cores: the JIT), three capacity rounds in a
# closed loop (each student answers the moment the last answer is acknowledged), whose median is compared with
# pgbench, then class-load rounds in which each student waits between answers: waits that offer a quarter and half
# of the measured capacity, or think-ms (mean) if given.
set -euo pipefail
cd "$(dirname "$0")/../../.."
students=${1:-500}
items=${2:-20}
pgbench_seconds=${3:-20}
think_ms=${4:-0}
if ! command -v pgbench >/dev/null 2>&1; then
  echo "Installing pgbench (Debian's postgresql-client)..."
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-client >/dev/null
fi
log=target/bench-server.log
# A fresh database and server state for every run: a run that was killed must not leave its deployment behind.
rm -rf target/pgdata-bench target/run-base
mkdir -p target
mvn -B -q package -DskipTests
# Its own process group, so that stopping it stops Maven, WildFly and PostgreSQL together (as Ctrl-C does).
setsid mvn -B -Prun -Ddb.run.dir=target/pgdata-bench > "$log" 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
# Ready when the API answers (401 without a session), not merely when WildFly has booted.
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/article-quiz/api/quizzes)" = "401" ] && break
  if ! kill -0 $server 2>/dev/null; then echo "server did not start; see $log" >&2; exit 1; fi
  sleep 1
done
mvn -B -q exec:java -Dexec.mainClass=org.articlequiz.bench.AnswerBenchmark -Dexec.classpathScope=test \
  -Darticlequiz.test.jdbcUrl=jdbc:postgresql://localhost:55433/postgres \
  -Dexec.args="http://localhost:8080/article-quiz/ $students $items $pgbench_seconds $think_ms"
