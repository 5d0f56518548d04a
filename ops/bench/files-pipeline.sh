#!/usr/bin/env bash
# Files pipeline benchmark: milliseconds from a presigned PUT completing to the attachment being
# present in the Odoo stand-in, for a 2 MP photo-like JPEG, through the whole hub (S3 webhook,
# Artemis, sniff, thumbnail + preview + de-identified copy, Odoo registration, audit) on the
# in-JVM stand-ins. Sequential (one in flight) and burst (all at once) figures; p50/p90/p99.
# The JVM is pinned to CORES cores. Figures go to stdout and to ops/bench/files-pipeline/last-run.txt.
#
#   ops/bench/files-pipeline.sh                 # 2 cores, 5 warm-up + 40 measured uploads
#   CORES=1 UPLOADS=20 ops/bench/files-pipeline.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CORES="${CORES:-2}"
WARMUP="${WARMUP:-5}"
UPLOADS="${UPLOADS:-40}"
HEAP="${HEAP:-1g}"
OFFLINE="${OFFLINE:--o}"

rm -f routes/target/bench/files-pipeline.txt
# bench.jvmArgs replaces the tests' C1-only flag: the measured code gets its full JIT
./mvnw -B ${OFFLINE} -q -Dquick -pl routes -am test \
  -Dgroups=bench -Dbench.excludedGroups=none \
  -Dtest=FilesPipelineBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jvmArgs="-Xmx${HEAP} -XX:ActiveProcessorCount=${CORES} -Dbench.warmup=${WARMUP} -Dbench.uploads=${UPLOADS}" \
  | grep '^BENCH ' || true

result=routes/target/bench/files-pipeline.txt
if [[ ! -s "$result" ]]; then
  echo "benchmark failed: see routes/target/surefire-reports/" >&2
  exit 1
fi
mkdir -p ops/bench/files-pipeline
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) cores=${CORES} (machine: $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)) heap=${HEAP}"
  cat "$result"
} | tee ops/bench/files-pipeline/last-run.txt
