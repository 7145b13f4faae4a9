#!/usr/bin/env bash
# Benchmark of the Nội vụ office page with many communes (docs/benchmarks.md, "Office page with 300 communes").
# Starts the app (Release build) on a fresh SQLite file with the demo data, stops it, adds N generated communes
# (default 300; tests/CcHc.DataGenerator, SyntheticOffice: scores for every criterion, issued plans with tasks and
# progress) under Phòng Nội vụ huyện Cẩm Xuyên, starts it again with EF Core's command log on, signs in as
# reviewer.camxuyen with curl and prints medians over R runs (default 20) of the office page (default sort and
# sorted by total), its .xlsx export, and the number of SQL commands one office page request runs.
# Also the framework's own reference (/healthz) and the page with the overview's filters (issue 16: 170 and 3,321
# communes under one office: bash scripts/bench-office.sh 170 20; bash scripts/bench-office.sh 3321 10).
# Usage: bash scripts/bench-office.sh [communes] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
communes=${1:-300}
runs=${2:-20}
port=${BENCH_PORT:-5189}
# BENCH_DATA=<directory> keeps the generated database there and reuses it on the next run with the same directory
# (generating 3,321 communes takes minutes); without it a temporary directory is used and removed.
if [ -n "${BENCH_DATA:-}" ]; then
  mkdir -p "$BENCH_DATA"; data=$(cd "$BENCH_DATA" && pwd); keep=1
else
  data=$(mktemp -d); keep=0
fi
jar=$(mktemp)
trap 'if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; fi; if [ "$keep" = 0 ]; then rm -rf "$data"; fi; rm -f "$jar"' EXIT
base="http://127.0.0.1:$port"

dotnet build src/CcHc.Web -c Release -v q -nologo >/dev/null
dotnet build tests/CcHc.DataGenerator -c Release -v q -nologo >/dev/null

start_app() {
  env ASPNETCORE_ENVIRONMENT=Development Storage__DataDirectory="$data" \
    "Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information" \
    dotnet src/CcHc.Web/bin/Release/net10.0/CcHc.Web.dll --urls "http://127.0.0.1:$port" >>"$data/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && return; sleep 1; done
  echo "the app did not start" >&2; exit 1
}

if [ ! -f "$data/generated-$communes" ]; then
  start_app
  kill "$app"; wait "$app" 2>/dev/null || true
  dotnet tests/CcHc.DataGenerator/bin/Release/net10.0/CcHc.DataGenerator.dll "$data" "$communes"
  touch "$data/generated-$communes"
fi
start_app

token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.UserName=reviewer.camxuyen&Input.Password=Demo%4012345&__RequestVerificationToken=$token" "$base/Account/Login"

# Median and 95th percentile (nearest rank) of the times in seconds, in ms: "median p95".
median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; r = int(NR * 0.95 + 0.999); if (r < 1) r = 1; printf "%.0f ms (p95 %.0f ms)", m * 1000, a[r] * 1000}'; }
time_get() { curl -s -b "$jar" -o "$2" -w '%{time_total}\n' "$base$1"; }

time_get "/Office" "$data/warm.html" >/dev/null
rows=$(grep -c '<tr data-commune=' "$data/warm.html")
before=$(grep -c 'Executed DbCommand' "$data/app.log" || true)
time_get "/Office" "$data/office.html" >/dev/null
sleep 1
after=$(grep -c 'Executed DbCommand' "$data/app.log" || true)

load_before=$(cut -d" " -f1-3 /proc/loadavg)
office=$(for _ in $(seq 1 "$runs"); do time_get "/Office" "$data/office.html"; done | median)
# The framework's own reference: the health endpoint (routing, middleware, no page, no database) over the same loopback.
reference=$(for _ in $(seq 1 "$runs"); do time_get "/healthz" "$data/healthz.txt"; done | median)
filtered=$(for _ in $(seq 1 "$runs"); do time_get "/Office?state=Issued&group=Xa" "$data/filtered.html"; done | median)
sorted=$(for _ in $(seq 1 "$runs"); do time_get "/Office?sort=total&dir=desc" "$data/sorted.html"; done | median)
xlsx=$(for _ in $(seq 1 "$runs"); do time_get "/Office?handler=Xlsx" "$data/office.xlsx"; done | median)

load_after=$(cut -d" " -f1-3 /proc/loadavg)
echo "communes generated: $communes, rows on the page: $rows, runs: $runs, load average before: $load_before, after: $load_after ($(nproc) cores)"
echo "SQL commands for one office page request: $((after - before))"
echo "Office page (median): ${office}, $(stat -c %s "$data/office.html") bytes"
echo "Office page filtered by state and group (median): ${filtered}"
echo "Framework reference, /healthz (median): ${reference}"
echo "Office page sorted by total, descending (median): ${sorted}"
echo "Office .xlsx export (median): ${xlsx}, $(stat -c %s "$data/office.xlsx") bytes"
