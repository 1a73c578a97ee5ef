#!/usr/bin/env bash
# The conflict check and submission benchmark of docs/benchmarks.md ("Conflict check in the
# database"): builds the EAR, starts a stack of its own in portal-ear/target/bench-stack, loads
# synthetic customers and registrations, measures through the API and stops the stack.
#   docs/benchmarks/conflict-check.sh [SIZES] [extra Maven arguments, e.g. ports]
#   docs/benchmarks/conflict-check.sh 10000,100000,1000000 -Dit.portal.http.port=22080 ...
# The availability check allows 20 checks an hour per user: the measurement needs thousands, so the
# limits are raised here through configuration (environment variables the server reads).
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes="${1:-10000,100000,1000000}"
shift || true
export PORTAL_REGISTRATION_AVAILABILITY_PER_USER_PER_HOUR=1000000
export PORTAL_REGISTRATION_AVAILABILITY_PER_USER_PER_DAY=1000000
export PORTAL_REGISTRATION_AVAILABILITY_PER_HOUR=1000000
exec ./mvnw -B -ntp -Pbench -DskipTests -pl portal-ear -am verify -Dbench.sizes="$sizes" "$@"
