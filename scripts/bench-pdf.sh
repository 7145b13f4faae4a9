#!/usr/bin/env bash
# Benchmark of PDF printing (issue 19): CcHc's printer against Chromium's own print of the same HTML on a reused page,
# alternating in one process (tests/CcHc.Benchmarks), then through the app: an unchanged draft (served from the cache)
# and a changed one (a full stop added to an item's cause between requests, on a throwaway database), and four PDFs at once.
# Usage: bash scripts/bench-pdf.sh [runs]     Results go in docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
port=5188
data=$(mktemp -d)
jar=$(mktemp)
trap 'kill "${app:-0}" 2>/dev/null || true; rm -rf "$data" "$jar"' EXIT

dotnet build src/CcHc.Web -c Release -v q -nologo >/dev/null
dotnet build tests/CcHc.Benchmarks -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Storage__DataDirectory="$data" \
  dotnet src/CcHc.Web/bin/Release/net10.0/CcHc.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 1; done

base="http://127.0.0.1:$port"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.UserName=chairman.camson&Input.Password=Demo%4012345&__RequestVerificationToken=$token" "$base/Account/Login"
plan=$(sqlite3 "$data/cchc.db" "select lower(p.Id) from Plans p join Communes c on c.Id = p.CommuneId where c.Name = 'xã Cẩm Sơn' limit 1")
item=$(sqlite3 "$data/cchc.db" "select Id from PlanItems where PlanId = upper('$plan') or PlanId = '$plan' order by \"Order\" limit 1")

median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.0f", m * 1000}'; }
time_get() { curl -s -b "$jar" -o "$2" -w '%{time_total}\n' "$base$1"; }

curl -s -b "$jar" -o "$data/plan.html" "$base/Plans/Document/$plan"
[ -n "$item" ] || { echo "no plan item found for $plan" >&2; exit 1; }
echo "== In one process (tests/CcHc.Benchmarks), $runs runs alternating"
dotnet tests/CcHc.Benchmarks/bin/Release/net10.0/CcHc.Benchmarks.dll pdf "$data/plan.html" "$runs"

echo "== Through the app (/Plans/Pdf, the Cẩm Sơn draft, 7 pages)"
first=$(time_get "/Plans/Pdf/$plan" "$data/first.pdf" | awk '{printf "%.0f", $1 * 1000}')
unchanged=$(for _ in $(seq 1 "$runs"); do time_get "/Plans/Pdf/$plan" "$data/same.pdf"; done | median)
changed=$(for i in $(seq 1 "$runs"); do
  sqlite3 "$data/cchc.db" "update PlanItems set Cause = coalesce(Cause, '') || '.' where Id = '$item'" >/dev/null
  time_get "/Plans/Pdf/$plan" "$data/changed.pdf"
done | median)
sqlite3 "$data/cchc.db" "update PlanItems set Cause = coalesce(Cause, '') || '.' where Id = '$item'" >/dev/null
start=$(date +%s.%N)
pids=()
for i in 1 2 3 4; do curl -s -b "$jar" -o "$data/four-$i.pdf" -w '%{http_code}\n' "$base/Plans/Pdf/$plan" >"$data/four-$i.txt" & pids+=($!); done
wait "${pids[@]}"   # not a bare wait: the app is a child too
cat "$data"/four-*.txt > "$data/four.txt"
four=$(echo "($(date +%s.%N) - $start) * 1000" | bc | awk '{printf "%.0f", $1}')
echo "first request (browser start included): ${first} ms"
echo "unchanged draft, from the cache (median): ${unchanged} ms"
echo "changed draft, printed (median): ${changed} ms ($(cmp -s "$data/first.pdf" "$data/changed.pdf" && echo "SAME bytes as the first: the edit did not reach the document" || echo "bytes differ from the first"))"
echo "four requests at once for a changed draft (one print, shared): ${four} ms, statuses: $(sort "$data/four.txt" | uniq -c | tr '\n' ' ')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
