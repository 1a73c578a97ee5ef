#!/usr/bin/env bash
# Startup time and memory of the local run, as reported in docs/benchmarks.md.
#   docs/benchmarks/startup.sh warm     # with ~/.m2 and .run/ as they are
#   docs/benchmarks/startup.sh cold     # empty Maven repository and no .run/ (downloads ~1 GB)
# Measures: seconds from `./mvnw -Prun` to a usable Keycloak login page behind the portal URL,
# then the resident memory of MariaDB, Keycloak and Payara after a demo user has logged in.
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-warm}
extra=()
if [ "$mode" = cold ]; then
  repo=$(mktemp -d /tmp/m2-cold.XXXX)
  rm -rf .run
  extra=(-Dmaven.repo.local="$repo")
fi
log=$(mktemp /tmp/portal-run.XXXX.log)
start=$(date +%s.%N)
setsid ./mvnw -Prun -B -ntp "${extra[@]}" >"$log" 2>&1 &
runner=$!
trap 'kill -TERM -- -$runner 2>/dev/null || true' EXIT

until curl -sfL http://localhost:8080/ 2>/dev/null | grep -q 'id="kc-login"\|name="username"'; do
  kill -0 $runner 2>/dev/null || { echo "run command died, see $log"; exit 1; }
  sleep 1
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
printf '%s start to usable login page: %.0f s\n' "$mode" "$ready"

python3 docs/benchmarks/login.py litai.user 'Demo@2026' http://localhost:8080 >/dev/null
sleep 5
rss() { ps -o rss= -p "$(pgrep -f "$1" | head -1)" | awk '{printf "%.0f", $1/1024}'; }
db=$(rss 'mariadbd.*\.run/db'); kc=$(rss 'kc.script.pid'); pa=$(rss 'glassfish.jar|ASMain')
printf 'RSS after login: MariaDB %s MB, Keycloak %s MB, Payara %s MB, total %s MB\n' \
  "$db" "$kc" "$pa" "$((db + kc + pa))"
