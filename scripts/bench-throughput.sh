#!/usr/bin/env bash
# Throughput benchmark (issue 19): the framework's own template (`dotnet new webapp --auth Individual`, its login page)
# against CcHc's plan page and home page signed in as clerk.camson, wrk on loopback, 64 connections, alternating.
# The template is created in a temporary folder and never committed. Needs wrk (Debian: apt-get install wrk).
# Usage: bash scripts/bench-throughput.sh [seconds per run] [rounds]     Results go in docs/benchmarks.md by hand.
#        SOAK_SECONDS=600 bash scripts/bench-throughput.sh 20 1           … then the plan page for ten minutes, memory watched.
# Besides wrk's figures it prints each server's CPU time per request (from /proc), steadier than requests per second
# on a machine shared with other work.
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
(cd "$work/template" && ASPNETCORE_ENVIRONMENT=Production exec dotnet bin/Release/net10.0/template.dll --urls "http://127.0.0.1:$tport" >"$work/template.log" 2>&1) &
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

# A browser keeps the cookie the app renews (Identity re-issues it once a minute): so does wrk, through this script.
cat >"$work/cookies.lua" <<'LUA'
local jar = {}
init = function(args)
  for name, value in string.gmatch(args[1] or "", "([^=;%s]+)=([^;]*)") do jar[name] = value end
end
request = function()
  local parts = {}
  for name, value in pairs(jar) do parts[#parts + 1] = name .. "=" .. value end
  wrk.headers["Cookie"] = table.concat(parts, "; ")
  return wrk.format()
end
response = function(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then
    local name, value = string.match(set, "^([^=;%s]+)=([^;]*)")
    if name then jar[name] = value end
  end
end
LUA

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # name pid url [cookie]
  local out before after requests
  before=$(cpu_ticks "$2")
  if [ -n "${4:-}" ]; then out=$(wrk -t2 -c64 -d"${seconds}s" --latency -s "$work/cookies.lua" "$3" -- "$4"); else out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$3"); fi
  after=$(cpu_ticks "$2")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  printf '%-34s %8s req/s  p50 %8s  p99 %8s  server CPU %6s ms/request  errors: %s\n' "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "50%" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" \
    "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')" \
    "$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)"
}
for round in $(seq 1 "$rounds"); do
  echo "== round $round (${seconds}s each, 64 connections, wrk -t2)"
  run "template: login page" "$tpl" "http://127.0.0.1:$tport/Identity/Account/Login"
  run "CcHc: plan page (clerk.camson)" "$app" "$base/Plans/Details/$plan" "$cookie"
  run "CcHc: home page (clerk.camson)" "$app" "$base/" "$cookie"
done
if [ "${SOAK_SECONDS:-0}" -gt 0 ]; then
  # The long run: the plan page for SOAK_SECONDS at 64 connections, the app's resident memory every 30 s.
  echo "== soak: plan page, ${SOAK_SECONDS}s, 64 connections; resident memory (MB) every 30 s:"
  before=$(cpu_ticks "$app")
  wrk -t2 -c64 -d"${SOAK_SECONDS}s" --latency -s "$work/cookies.lua" "$base/Plans/Details/$plan" -- "$cookie" >"$work/soak.txt" &
  soak=$!
  while kill -0 "$soak" 2>/dev/null; do printf '%s ' "$(ps -o rss= -p "$app" | awk '{printf "%.0f", $1 / 1024}')"; sleep 30; done; echo
  wait "$soak" || true
  after=$(cpu_ticks "$app")
  awk '/Requests\/sec|requests in|Non-2xx|Socket errors/ || $1 == "50%" || $1 == "99%"' "$work/soak.txt"
  awk -v t=$((after - before)) -v n="$(awk '/requests in/ {print $1}' "$work/soak.txt")" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "server CPU %.2f ms/request\n", t * 1000 / hz / n}'
fi
echo "CcHc memory after the runs: $(ps -o rss= -p "$app" | awk '{printf "%.0f MB", $1 / 1024}'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
