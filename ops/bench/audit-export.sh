#!/usr/bin/env bash
# Audit benchmark: loads 1 M audit rows into the embedded PostgreSQL, exports them through
# GET /api/v1/audit/export.csv (rows/s, peak heap), and measures audit write throughput
# (AuditTrail.record -> Artemis -> audit-writer -> PostgreSQL). Figures go to stdout and to
# ops/bench/audit-export/last-run.txt.
#
#   ops/bench/audit-export.sh                 # 1 M rows, 50 k write events, 512 MB heap
#   ROWS=200000 HEAP=256m ops/bench/audit-export.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ROWS="${ROWS:-1000000}"
WRITE_EVENTS="${WRITE_EVENTS:-50000}"
HEAP="${HEAP:-512m}"
OFFLINE="${OFFLINE:--o}"

./mvnw -B ${OFFLINE} -q -Dquick -pl routes -am test \
  -Dgroups=bench -Dbench.excludedGroups=none \
  -Dtest=AuditBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jvmArgs="-Xmx${HEAP} -Dbench.rows=${ROWS} -Dbench.write-events=${WRITE_EVENTS}" \
  | grep '^BENCH ' || true

result=routes/target/bench/audit-export.txt
if [[ ! -s "$result" ]]; then
  echo "benchmark failed: see routes/target/surefire-reports/" >&2
  exit 1
fi
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) rows=${ROWS} write-events=${WRITE_EVENTS} heap=${HEAP} cores=$(nproc)"
  cat "$result"
} | tee ops/bench/audit-export/last-run.txt
