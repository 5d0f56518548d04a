#!/usr/bin/env bash
# Files benchmark: thumbnails/s of Derivatives.thumbnail (Thumbnailator / PDFBox) on a 2 MP JPEG
# and a 1-page PDF, 256 px thumbnails and 1024 px previews, with the JVM pinned to CORES cores and
# as many worker threads. Figures go to stdout and to ops/bench/files/last-run.txt.
#
#   ops/bench/files.sh                    # 2 cores, 40 warm-up + 200 measured per case
#   CORES=1 ITERATIONS=100 ops/bench/files.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

CORES="${CORES:-2}"
WARMUP="${WARMUP:-40}"
ITERATIONS="${ITERATIONS:-200}"
HEAP="${HEAP:-512m}"
OFFLINE="${OFFLINE:--o}"

rm -f routes/target/bench/files.txt
# bench.jvmArgs replaces the tests' C1-only flag: the measured code gets its full JIT
./mvnw -B ${OFFLINE} -q -Dquick -pl routes -am test \
  -Dgroups=bench -Dbench.excludedGroups=none \
  -Dtest=DerivativesBenchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jvmArgs="-Xmx${HEAP} -XX:ActiveProcessorCount=${CORES} -Dbench.warmup=${WARMUP} -Dbench.iterations=${ITERATIONS}" \
  | grep '^BENCH ' || true

result=routes/target/bench/files.txt
if [[ ! -s "$result" ]]; then
  echo "benchmark failed: see routes/target/surefire-reports/" >&2
  exit 1
fi
{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) cores=${CORES} (machine: $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)) heap=${HEAP}"
  cat "$result"
} | tee ops/bench/files/last-run.txt
