#!/usr/bin/env bash
# Measures the production jar's start on embedded defaults: seconds until /actuator/health/readiness
# is UP (database and broker included) and the resident memory (RSS) once it is. Run 1 creates the
# data folder (initdb + migrations); later runs start on it as a restarted hub would.
# Usage: ops/bench/startup.sh [runs]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
jar=routes/target/dentalai-hub.jar
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 1; }
port=${PORT:-18080}
data=$(mktemp -d)
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  HUB_DATA_DIR="$data" SERVER_PORT=$port HUB_BOOTSTRAP_ADMIN_USER=admin HUB_BOOTSTRAP_ADMIN_PASSWORD=bench-only-password \
    java -jar "$jar" > "$data/hub-$i.log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(date +%s.%N); break
    fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$ready" ]; then echo "run $i: not ready (see $data/hub-$i.log)"; kill $pid 2>/dev/null || true; exit 1; fi
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  printf 'run %d: ready in %.1f s, RSS %d MB\n' "$i" "$(echo "$ready - $start" | bc)" "$((rss_kb / 1024))"
  kill $pid; wait $pid 2>/dev/null || true
done
echo "logs: $data/hub-*.log"
