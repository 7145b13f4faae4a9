#!/usr/bin/env bash
# Benchmark of the Word export (issue 17): median of N (default 20) .docx exports of the demo's longest plans next to
# the XLSX export of the same plans, through the real pages. Starts the app (Release build, fresh SQLite file with the
# demo data) on a loopback port, signs in as the Cẩm Sơn clerk and the Hà Bắc clerk with curl. Both plans are drafts,
# so every request builds the file afresh (an issued version's files are frozen and only read back).
# Results go in docs/benchmarks.md ("## Word export") by hand.
# Usage: bash scripts/bench-docx.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
port=5191
data=$(mktemp -d)
trap 'if [ -n "${app:-}" ]; then kill "$app" 2>/dev/null || true; fi; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"

dotnet build src/CcHc.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development Storage__DataDirectory="$data" \
  dotnet src/CcHc.Web/bin/Release/net10.0/CcHc.Web.dll --urls "http://127.0.0.1:$port" >"$data/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done

sign_in() { # jar user
  local token
  token=$(curl -s -c "$1" -b "$1" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$1" -b "$1" -o /dev/null -d "Input.UserName=$2&Input.Password=Demo%4012345&__RequestVerificationToken=$token" "$base/Account/Login"
}
median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m * 1000}'; }
time_get() { curl -s -b "$1" -o "$3" -w '%{time_total}\n' "$base$2"; }

printf '%-14s %10s %10s %12s %12s %6s\n' "plan" "docx ms" "xlsx ms" "docx bytes" "xlsx bytes" "runs"
for pair in "xã Cẩm Sơn:clerk.camson:cam-son" "xã Hà Bắc:clerk.habac:ha-bac"; do
  IFS=: read -r commune user slug <<<"$pair"
  jar="$data/$slug.jar"
  sign_in "$jar" "$user"
  plan=$(sqlite3 "$data/cchc.db" "select lower(p.Id) from Plans p join Communes c on c.Id = p.CommuneId where c.Name = '$commune' order by p.VersionNumber desc limit 1")
  time_get "$jar" "/Plans/Docx/$plan" "$data/$slug.docx" >/dev/null # warm-up
  time_get "$jar" "/Plans/Xlsx/$plan" "$data/$slug.xlsx" >/dev/null
  docx=$(for _ in $(seq 1 "$runs"); do time_get "$jar" "/Plans/Docx/$plan" "$data/$slug.docx"; done | median)
  xlsx=$(for _ in $(seq 1 "$runs"); do time_get "$jar" "/Plans/Xlsx/$plan" "$data/$slug.xlsx"; done | median)
  printf '%-14s %10s %10s %12s %12s %6s\n' "$slug" "$docx" "$xlsx" "$(stat -c %s "$data/$slug.docx")" "$(stat -c %s "$data/$slug.xlsx")" "$runs"
done
