#!/usr/bin/env bash
# Rathaus against nginx on the same machine, in the same run, with the same load driver.
#
#   bench/run.sh                      build, start both, measure, print the comparison
#   CONCURRENCY=64 DURATION=30 bench/run.sh
#   SKIP_BUILD=1 bench/run.sh         reuse target/rathaus-*.jar
#   CATALOG_SIZE=0 bench/run.sh       without the generated services (default: 10,000 in Musterstadt)
#   SUBMISSION_CLIENTS=8 bench/run.sh  clients of the "submissions" scenario (default 8)
#
# Rathaus runs from its jar with a throw-away embedded database and the demo towns. Its rendered
# home page and stylesheets are saved to a temporary directory that nginx then serves as static
# files: the ceiling for "a page of that size over HTTP on this machine". The ratio of the two,
# measured back to back, is the number to watch; absolute figures depend on the machine.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

CONCURRENCY=${CONCURRENCY:-32}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
REQUESTS=${REQUESTS:-2000000}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DB_PORT=${DB_PORT:-18082}
CATALOG_SIZE=${CATALOG_SIZE:-10000}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

# What Rathaus is measured on: "label path [clients]", one per line. 127.0.0.1 is answered by the
# default town (Musterstadt). A capability adds its busiest anonymous page here. A path "@FILE"
# goes round the paths listed in FILE; clients defaults to CONCURRENCY. A path "!NAME" runs the
# function scenario_NAME instead, compared with its own ceiling instead of nginx.
SUBMISSION_CLIENTS=${SUBMISSION_CLIENTS:-8}
SCENARIOS=(
  "home /"
  "search @bench/search-queries.txt"
  "search-2-clients @bench/search-queries.txt 2"
  "submissions !submissions $SUBMISSION_CLIENTS"
)

if ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  echo "Needs Java 21 or newer: set JAVA_HOME" >&2
  exit 1
fi
if [ ! -x "$NGINX" ]; then
  echo "nginx not found: install it with 'apt-get install -y nginx' (it is only run from a temporary config)" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rathaus-bench.XXXXXX")
app_pid=""
nginx_pid=""
cleanup() {
  set +e # a stopped server's exit status must not keep the temporary files
  for pid in $nginx_pid $app_pid; do
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the jar ..."
  ./mvnw -B -q -DskipTests package
fi
jar=$(ls target/rathaus-*.jar | grep -v -- '-plain' | head -n 1)

echo "Starting Rathaus on 127.0.0.1:$APP_PORT (log: $work/rathaus.log) ..."
"$JAVA" -jar "$jar" \
  --server.address=127.0.0.1 \
  --server.port="$APP_PORT" \
  --rathaus.embedded-database.directory="$work/postgres" \
  --rathaus.embedded-database.temporary=true \
  --rathaus.embedded-database.port="$DB_PORT" \
  --rathaus.demo=true \
  --logging.level.root=WARN \
  >"$work/rathaus.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/rathaus.log" >&2; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null

if [ "$CATALOG_SIZE" -gt 0 ]; then
  echo "Publishing $CATALOG_SIZE generated services in Musterstadt (bench/catalog-10k.sql) ..."
  psql -q -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres \
    -v town=musterstadt -v count="$CATALOG_SIZE" -f bench/catalog-10k.sql
fi

# The same page as static files: the HTML links /css/rathaus.css and /theme.css by absolute path.
mkdir -p "$work/site/css" "$work/nginx"
curl -fs "http://127.0.0.1:$APP_PORT/" -o "$work/site/index.html"
curl -fs "http://127.0.0.1:$APP_PORT/css/rathaus.css" -o "$work/site/css/rathaus.css"
curl -fs "http://127.0.0.1:$APP_PORT/theme.css" -o "$work/site/theme.css"
# nginx's workers drop root and must be able to read the page
chmod 755 "$work"
chmod -R a+rX "$work/site"
echo "Saved the home page ($(wc -c <"$work/site/index.html") bytes) and its CSS to $work/site"

cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $work/nginx/client_body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/site;
    index index.html;
  }
}
EOF
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 20); do
  if curl -fs "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1; then break; fi
  sleep 0.5
done

# drive LABEL URL [CLIENTS]; a URL ending in "/@FILE" goes round the paths in FILE
drive() {
  local target=(--url "$2")
  if [[ "$2" == */@* ]]; then
    target=(--url "${2%%/@*}/" --paths "${2#*/@}")
  fi
  "$JAVA" bench/LoadDriver.java --label "$1" "${target[@]}" \
    --concurrency "${3:-$CONCURRENCY}" --warmup "$WARMUP" --duration "$DURATION" --requests "$REQUESTS" \
    | tee -a "$work/results.txt"
}
field() { grep "^RESULT label=$1 " "$work/results.txt" | sed -E "s/.* $2=([^ ]+).*/\1/"; }
psql_db() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres "$@"; }

# Durable applications per second through POST /api/v1/forms/{id}/submissions (a signed-in demo
# citizen sends "Fundsache melden": no proof of work, no rate limit, so the submission path is what
# is measured), against the raw INSERT rate of the same PostgreSQL in the same run (pgbench, one
# row per transaction into a copy of forms.submission). The embedded PostgreSQL runs with zonky's
# synchronous_commit=off; both sides are measured with it on, as a production server runs.
scenario_submissions() {
  local name=$1 clients=$2
  psql_db -c "alter role postgres set synchronous_commit = on"
  # the application's pooled connections started with it off: new ones take the role's setting
  psql_db -c "select count(pg_terminate_backend(pid)) from pg_stat_activity
              where backend_type = 'client backend' and pid <> pg_backend_pid()" >/dev/null
  for _ in $(seq 1 20); do curl -s "http://127.0.0.1:$APP_PORT/api/v1/forms" >/dev/null || true; done
  psql_db -c "create schema if not exists bench_raw; drop table if exists bench_raw.submission;
              create table bench_raw.submission (like forms.submission including all)"
  PGOPTIONS='-c synchronous_commit=on' pgbench -n -h 127.0.0.1 -p "$DB_PORT" -U postgres \
    -c "$clients" -j 2 -T "$DURATION" -f bench/raw-insert.sql postgres >"$work/pgbench.txt" 2>&1
  local raw
  raw=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$work/pgbench.txt" | head -n 1)
  echo "raw-insert: pgbench, $clients clients, ${DURATION} s: $raw rows/s" \
    "($(psql_db -At -c 'select count(*) from bench_raw.submission') rows)"
  echo "RESULT label=raw-insert requests=0 errors=0 rps=$raw p50_ms=NaN p99_ms=NaN" >>"$work/results.txt"
  cat >"$work/submission-body.json" <<JSON
{"answers": {"gegenstand": "Schlüsselbund", "beschreibung": "Drei Schlüssel an einem roten Anhänger mit Fahrradschlüssel.", "fundort": "Spielplatz im Stadtpark", "funddatum": "$(TZ=Europe/Berlin date +%F)", "finderlohn": false}}
JSON
  local before
  before=$(psql_db -At -c "select count(*) from forms.submission")
  "$JAVA" bench/SubmissionDriver.java --url "http://127.0.0.1:$APP_PORT" --label "$name" \
    --form fundsache-melden --body "$work/submission-body.json" \
    --email buerger@musterstadt.example --password Rathaus-Demo-2026 \
    --concurrency "$clients" --warmup "$WARMUP" --duration "$DURATION" | tee -a "$work/results.txt"
  echo "stored in forms.submission during the run: $(( $(psql_db -At -c 'select count(*) from forms.submission') - before ))"
}

echo
echo "== $CONCURRENCY concurrent clients, $(nproc) CPUs, ${WARMUP} s warm-up, ${DURATION} s measured =="
drive nginx "http://127.0.0.1:$NGINX_PORT/"
for scenario in "${SCENARIOS[@]}"; do
  read -r name path clients <<<"$scenario"
  if [[ "$path" == !* ]]; then
    "scenario_${path#!}" "$name" "${clients:-$CONCURRENCY}"
    continue
  fi
  if [[ "$path" == @* ]]; then path="/$path"; fi
  drive "$name" "http://127.0.0.1:$APP_PORT$path" "$clients"
done

echo
printf '%-22s %10s %9s %9s %15s\n' "scenario" "req/s" "p50 ms" "p99 ms" "Rathaus/nginx"
printf '%-22s %10s %9s %9s %15s\n' "nginx (static home)" "$(field nginx rps)" "$(field nginx p50_ms)" "$(field nginx p99_ms)" "1"
for scenario in "${SCENARIOS[@]}"; do
  read -r name path <<<"$scenario"
  if [[ "$path" == !* ]]; then continue; fi
  ratio=$(awk -v r="$(field "$name" rps)" -v n="$(field nginx rps)" 'BEGIN { printf "%.3f", r / n }')
  printf '%-22s %10s %9s %9s %15s\n' "$name" "$(field "$name" rps)" "$(field "$name" p50_ms)" "$(field "$name" p99_ms)" "$ratio"
done
if grep -q "^RESULT label=raw-insert " "$work/results.txt"; then
  echo
  printf '%-22s %10s %9s %9s %15s\n' "scenario" "stored/s" "p50 ms" "p99 ms" "API/raw INSERT"
  printf '%-22s %10s %9s %9s %15s\n' "raw INSERT (pgbench)" "$(field raw-insert rps)" "-" "-" "1"
  ratio=$(awk -v r="$(field submissions rps)" -v n="$(field raw-insert rps)" 'BEGIN { printf "%.3f", r / n }')
  printf '%-22s %10s %9s %9s %15s\n' "submissions (API)" "$(field submissions rps)" "$(field submissions p50_ms)" "$(field submissions p99_ms)" "$ratio"
fi
echo "Date: $(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
