#!/usr/bin/env bash
# Reminders benchmark: reminders/s one dispatcher sends to the WhatsApp Graph stand-in (claim, Odoo
# read of the patient's phone over XML-RPC, template POST, settle), and the change-feed lag from a
# staff write in the Odoo stand-in to the reminder row at the tests' 300 ms poll interval.
# Figures go to stdout and to ops/bench/reminders/last-run.txt.
#
#   ops/bench/reminders.sh                    # 300 reminders, 10 lag samples
#   REMINDERS=1000 SAMPLES=20 ops/bench/reminders.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

REMINDERS="${REMINDERS:-300}"
SAMPLES="${SAMPLES:-10}"
HEAP="${HEAP:-768m}"
OFFLINE="${OFFLINE:--o}"

rm -f routes/target/bench/reminders.txt
./mvnw -B ${OFFLINE} -q -Dquick -pl routes -am test \
  -Dgroups=bench -Dbench.excludedGroups=none \
  -Dtest=RemindersBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jvmArgs="-Xmx${HEAP} -Dbench.reminders=${REMINDERS} -Dbench.lag-samples=${SAMPLES}" \
  | grep '^BENCH ' || true

result=routes/target/bench/reminders.txt
if [[ ! -s "$result" ]]; then
  echo "benchmark failed: see routes/target/surefire-reports/" >&2
  exit 1
fi
mkdir -p ops/bench/reminders
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) (machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) heap=${HEAP}"
  cat "$result"
} | tee ops/bench/reminders/last-run.txt
