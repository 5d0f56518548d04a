#!/usr/bin/env bash
# Odoo client overhead per call over the raw HTTP round trip, on a loopback Odoo stand-in.
# Usage: ops/bench/odoo-client.sh [iterations=5000] [warmup=2000]
# Runs outside surefire so the JVM gets its full JIT (surefire here runs C1 only).
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFLINE=${OFFLINE:--o}
./mvnw -B -q $OFFLINE -Dquick -pl connectors -am test-compile
CP_FILE=connectors/target/bench.classpath
./mvnw -B -q $OFFLINE -pl connectors dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
exec java -cp "connectors/target/test-classes:connectors/target/classes:domain/target/classes:$(cat "$CP_FILE")" \
  com.dentalai.hub.connectors.odoo.bench.OdooClientBench "${1:-5000}" "${2:-2000}"
