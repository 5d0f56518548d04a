#!/usr/bin/env bash
# Conversation benchmark: signed WhatsApp webhooks → hub (queue, Dana, gated tools, Odoo stand-in
# answering after ODOO_LATENCY_MS per call) → reply at the Graph API stand-in. Prints p50/p90/p99
# webhook-receipt→reply-sent per kind of turn and messages/s, with the JVM pinned to CORES cores.
# Figures go to stdout and to ops/bench/conversation/last-run.txt.
#
#   ops/bench/conversation.sh                          # 2 cores, 24 patients, 200 warm-up + 1200 measured
#   USERS=48 MESSAGES=3000 ODOO_LATENCY_MS=20 ops/bench/conversation.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CORES="${CORES:-2}"
USERS="${USERS:-24}"
WARMUP="${WARMUP:-200}"
MESSAGES="${MESSAGES:-1200}"
ODOO_LATENCY_MS="${ODOO_LATENCY_MS:-20}"
HEAP="${HEAP:-768m}"
OFFLINE="${OFFLINE:--o}"

rm -f routes/target/bench/conversation.txt
mkdir -p ops/bench/conversation
# bench.jvmArgs replaces the tests' C1-only flag: the measured code gets its full JIT
./mvnw -B ${OFFLINE} -q -Dquick -pl routes -am test \
  -Dgroups=bench -Dbench.excludedGroups=none \
  -Dtest=ConversationBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jvmArgs="-Xmx${HEAP} -XX:ActiveProcessorCount=${CORES} -Dbench.users=${USERS} -Dbench.warmup=${WARMUP} -Dbench.messages=${MESSAGES} -Dbench.odooLatencyMs=${ODOO_LATENCY_MS}" \
  | grep '^BENCH ' || true

result=routes/target/bench/conversation.txt
if [[ ! -s "$result" ]]; then
  echo "benchmark failed: see routes/target/surefire-reports/" >&2
  exit 1
fi
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) cores=${CORES} (machine: $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)) heap=${HEAP}"
  cat "$result"
} | tee ops/bench/conversation/last-run.txt
