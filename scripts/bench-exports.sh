#!/usr/bin/env bash
# Benchmark of the plan exports (issue 6): PDF cold and warm, XLSX, and Chromium's own printing of the same HTML.
# Starts the app (Release build, fresh SQLite file with the demo data) on a loopback port, signs in as the Cẩm Sơn
# chairman with curl, and prints medians over N runs (default 20). Results go in docs/benchmarks.md by hand.
# Usage: bash scripts/bench-exports.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
port=5187
data=$(mktemp -d)
jar=$(mktemp)
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$data" "$jar"' EXIT

dotnet build src/CcHc.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Storage__DataDirectory="$data" \
  dotnet src/CcHc.Web/bin/Release/net10.0/CcHc.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done

base="http://127.0.0.1:$port"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.UserName=chairman.camson&Input.Password=Demo%4012345&__RequestVerificationToken=$token" "$base/Account/Login"
plan=$(sqlite3 "$data/cchc.db" "select lower(p.Id) from Plans p join Communes c on c.Id = p.CommuneId where c.Name = 'xã Cẩm Sơn' limit 1")

median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.0f", m * 1000}'; }
time_get() { curl -s -b "$jar" -o "$2" -w '%{time_total}\n' "$base$1"; }

cold=$(time_get "/Plans/Pdf/$plan" "$data/cold.pdf" | awk '{printf "%.0f", $1 * 1000}')
warm=$(for _ in $(seq 1 "$runs"); do time_get "/Plans/Pdf/$plan" "$data/warm.pdf"; done | median)
xlsx=$(for _ in $(seq 1 "$runs"); do time_get "/Plans/Xlsx/$plan" "$data/plan.xlsx"; done | median)
html=$(for _ in $(seq 1 "$runs"); do time_get "/Plans/Document/$plan" "$data/plan.html"; done | median)

# Chromium's own printing of the same HTML, one process per run (what a naive exporter would do).
chromium_own=$(for _ in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$data/profile" --no-pdf-header-footer \
    --print-to-pdf="$data/own.pdf" "file://$data/plan.html" >/dev/null 2>&1
  echo "$(date +%s.%N) - $start" | bc
done | median)

echo "runs: $runs"
echo "PDF cold (first request, browser start included): ${cold} ms"
echo "PDF warm (median): ${warm} ms"
echo "HTML of the same document (median): ${html} ms"
echo "XLSX (median): ${xlsx} ms"
echo "Chromium --print-to-pdf of the same HTML, new process each time (median): ${chromium_own} ms"
echo "PDF size: $(stat -c %s "$data/warm.pdf") bytes, pages: $(pdfinfo "$data/warm.pdf" | awk '/^Pages:/ {print $2}')"
