#!/usr/bin/env sh
# Bookings/s and Odoo round trips per booking through the hub's booking guard, against the
# sandbox Odoo (stand-in) and the embedded PostgreSQL. Not part of `./mvnw verify` (tag "bench").
# Usage: ops/bench/odoo-booking/run.sh [bookings]   (default 200)
set -eu
cd "$(dirname "$0")/../../.."
./mvnw -B -q -Dquick -pl routes -am test \
  -Dtest=OdooBookingBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhub.test.excludedGroups=none -Dbench.bookings="${1:-200}" 2>&1 | grep "odoo-booking bench" || {
  echo "bench failed: see routes/target/surefire-reports" >&2; exit 1; }
