#!/usr/bin/env bash
# Throughput benchmark (issue 19): the framework's own template (`dotnet new webapp --auth Individual`, its login page)
# against CcHc's plan page and home page signed in as clerk.camson, wrk on loopback, 64 connections, alternating.
# The template is created in a temporary folder and never committed. Needs wrk (Debian: apt-get install wrk).
# Usage: bash scripts/bench-throughput.sh [seconds per run] [rounds]     Results go in docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
rounds=${2:-2}
tport=5193
cport=5194
work=$(mktemp -d)
jar="$work/jar"
trap 'kill "${tpl:-0}" "${app:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

(cd "$work" && dotnet new webapp --auth Individual -o template >/dev/null && dotnet build template -c Release -v q -nologo >/dev/null)
dotnet build src/CcHc.Web -c Release -v q -nologo >/dev/null
(cd "$work/template" && ASPNETCORE_ENVIRONMENT=Production dotnet bin/Release/net10.0/template.dll --urls "http://127.0.0.1:$tport" >"$work/template.log" 2>&1) &
tpl=$!
mkdir -p "$work/data"
ASPNETCORE_ENVIRONMENT=Development Serilog__MinimumLevel__Default=Warning Storage__DataDirectory="$work/data" \
  dotnet src/CcHc.Web/bin/Release/net10.0/CcHc.Web.dll --urls "http://127.0.0.1:$cport" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$cport/healthz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$tport/Identity/Account/Login" >/dev/null 2>&1 && break; sleep 1; done

base="http://127.0.0.1:$cport"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.UserName=clerk.camson&Input.Password=Demo%4012345&__RequestVerificationToken=$token" "$base/Account/Login"
cookie=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {sub("#HttpOnly_", "", $1); printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")
plan=$(sqlite3 "$work/data/cchc.db" "select lower(p.Id) from Plans p join Communes c on c.Id = p.CommuneId where c.Name = 'xã Cẩm Sơn' limit 1")
curl -s -H "Cookie: $cookie" "$base/Plans/Details/$plan" | grep -q 'id="plan-status"' || { echo "not signed in" >&2; exit 1; }

run() { # name url [cookie]
  local out
  if [ -n "${3:-}" ]; then out=$(wrk -t2 -c64 -d"${seconds}s" --latency -H "Cookie: $3" "$2"); else out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$2"); fi
  printf '%-34s %8s req/s  p50 %8s  p99 %8s  errors: %s\n' "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)"
}
for round in $(seq 1 "$rounds"); do
  echo "== round $round (${seconds}s each, 64 connections, wrk -t2)"
  run "template: login page" "http://127.0.0.1:$tport/Identity/Account/Login"
  run "CcHc: plan page (clerk.camson)" "$base/Plans/Details/$plan" "$cookie"
  run "CcHc: home page (clerk.camson)" "$base/" "$cookie"
done
echo "CcHc memory after the runs: $(ps -o rss= -p "$app" | awk '{printf "%.0f MB", $1 / 1024}'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
