#!/usr/bin/env bash
# The public side on a cluster: N nodes on PostgreSQL behind nginx with its one-second microcache
# (config/cluster.sh), against one node direct, one node behind nginx without a cache and all
# nodes behind nginx without a cache, each next to nginx serving the saved page (the ceiling).
# Run by run.sh --cluster N; see README.md next to this file.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NODES="$1" ROUNDS="$2" SECONDS_PER_RUN="$3"
OUT="$ROOT/target/bench-cluster"
DIR="$OUT/cluster"
PORT=18180
PLAIN_PORT=18190   # one node behind nginx, no cache
SPREAD_PORT=18191  # every node behind nginx, no cache
CEILING_PORT=18192 # the saved page
BULLETINS=10000
DATABASE=bantin_bench_cluster
export NODE_JVM_OPTIONS="-Xms512m -Xmx512m -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"

NGINX_PID=""
cleanup() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    [ -f "$DIR/cluster.settings" ] && bash "$ROOT/config/cluster.sh" stop --dir "$DIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT

measure() {
    wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -H "Accept-Encoding: gzip" "$1" > "$2"
}

# shellcheck source=src/bench/wrk-figures.sh
source "$ROOT/src/bench/wrk-figures.sh"

cd "$ROOT"
[ -f target/bantin.war ] || mvn -q -B -ntp -DskipTests package
[ -f target/payara-micro.jar ] || mvn -q -B -ntp dependency:copy@copy-payara-micro
rm -rf "$OUT"
mkdir -p "$OUT/runs" "$OUT/nginx/html" "$OUT/nginx/tmp"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

echo "Starting $NODES nodes on PostgreSQL ($DATABASE, recreated) with $BULLETINS bulletins, nginx on $PORT"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE" -qc "CREATE DATABASE $DATABASE" >/dev/null
# Readings off, as in run.sh: the nodes would otherwise read 10,000 bulletins aloud through the runs.
BANTIN_ADMIN_PASSWORD=Do-bao-hieu-nang-2026 BANTIN_DEMO_GENERATED="$BULLETINS" BANTIN_SPEECH_COMMAND=off \
    bash config/cluster.sh start --nodes "$NODES" --port "$PORT" \
    --db-url "jdbc:postgresql://127.0.0.1:5432/$DATABASE" --db-user postgres --dir "$DIR" --grid-port 18300

CACHED="http://127.0.0.1:$PORT"

# Ratios are compared between quiet runs: wait (up to five minutes) until the nodes' start-up work
# (10,000 bulletins generated and indexed) has settled and the one-minute load is below 1.
for _ in $(seq 1 60); do
    awk '{ exit !($1 < 1.0) }' /proc/loadavg && break
    sleep 5
done
echo "Load average when the rounds start: $(cut -d' ' -f1-3 /proc/loadavg)"
BULLETIN_PATH=$(curl -s "$CACHED/api/v1/bulletins?size=1&page=2" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | head -1)
curl -s "$CACHED$BULLETIN_PATH" > "$OUT/nginx/html/bulletin.html"
gzip -kf -6 "$OUT/nginx/html/bulletin.html"
upstream_all=""
for i in $(seq 1 "$NODES"); do
    upstream_all="$upstream_all server 127.0.0.1:$((PORT + i));"
done
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp; proxy_temp_path $OUT/nginx/tmp; fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp; scgi_temp_path $OUT/nginx/tmp;
    sendfile on; tcp_nopush on; keepalive_requests 100000;
    types { text/html html; }
    gzip_static on;
    upstream one_node { server 127.0.0.1:$((PORT + 1)); keepalive 32; }
    upstream every_node { $upstream_all keepalive 32; }
    server { listen 127.0.0.1:$CEILING_PORT; root $OUT/nginx/html; etag on; }
    server {
        listen 127.0.0.1:$PLAIN_PORT;
        location / { proxy_pass http://one_node; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
    server {
        listen 127.0.0.1:$SPREAD_PORT;
        location / { proxy_pass http://every_node; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$http_host; }
    }
}
CONF
nginx -c "$OUT/nginx/nginx.conf" -g "daemon off;" &
NGINX_PID=$!
sleep 1

declare -A PAGES=([bulletin]="$BULLETIN_PATH" [home]="/")
declare -A SETUPS=(
    [microcache]="http://127.0.0.1:$PORT"
    [direct]="http://127.0.0.1:$((PORT + 1))"
    [one-behind-nginx]="http://127.0.0.1:$PLAIN_PORT"
    [all-behind-nginx]="http://127.0.0.1:$SPREAD_PORT"
)
SETUP_ORDER=(microcache direct one-behind-nginx all-behind-nginx)
CEILING="http://127.0.0.1:$CEILING_PORT/bulletin.html"

echo "Warming up"
for setup in "${SETUP_ORDER[@]}"; do
    for page in bulletin home; do
        wrk -t2 -c32 -d5s -H "Accept-Encoding: gzip" "${SETUPS[$setup]}${PAGES[$page]}" >/dev/null
    done
done
wrk -t2 -c32 -d3s -H "Accept-Encoding: gzip" "$CEILING" >/dev/null

for round in $(seq 1 "$ROUNDS"); do
    echo "Round $round of $ROUNDS"
    for page in bulletin home; do
        for setup in "${SETUP_ORDER[@]}"; do
            measure "${SETUPS[$setup]}${PAGES[$page]}" "$OUT/runs/$page-$setup-$round.txt"
            measure "$CEILING" "$OUT/runs/ceiling-$page-$setup-$round.txt"
        done
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo "BanTin on $NODES nodes, $(date -u +%Y-%m-%d), $(nproc) cores, PostgreSQL, $BULLETINS bulletins,"
    echo "wrk -t2 -c32 -d${SECONDS_PER_RUN}s, gzip accepted, $ROUNDS alternating rounds; load average before $LOAD_BEFORE, after $LOAD_AFTER"
    echo
    echo "| page | set-up | req/s | p50 ms | p99 ms | errors | nginx, saved page req/s | ratio (median of rounds) |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for page in bulletin home; do
        for setup in "${SETUP_ORDER[@]}"; do
            ratios=(); rps=(); p50=(); p99=(); errors=0; ceiling=()
            for round in $(seq 1 "$ROUNDS"); do
                read -r r a b e < <(summarise "$OUT/runs/$page-$setup-$round.txt")
                read -r n _ _ _ < <(summarise "$OUT/runs/ceiling-$page-$setup-$round.txt")
                rps+=("$r"); p50+=("$a"); p99+=("$b"); ceiling+=("$n"); errors=$((errors + e))
                ratios+=("$(awk -v r="$r" -v n="$n" 'BEGIN { printf "%.3f", (n > 0) ? r / n : 0 }')")
            done
            printf "| %s | %s | %.0f | %.2f | %.2f | %d | %.0f | %.2f |\n" "$page" "$setup" \
                "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p50[@]}" | median)" \
                "$(printf '%s\n' "${p99[@]}" | median)" "$errors" "$(printf '%s\n' "${ceiling[@]}" | median)" \
                "$(printf '%s\n' "${ratios[@]}" | median)"
        done
    done
    echo
    for i in $(seq 1 "$NODES"); do
        echo "- node $i resident memory after the runs: $(( $(ps -o rss= -p "$(cat "$DIR/node-$i/pid")" | tr -d ' ') / 1024 )) MB"
    done
    echo "- node JVM options: $NODE_JVM_OPTIONS"
} | tee "$OUT/results.md"
