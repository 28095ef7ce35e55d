#!/usr/bin/env bash
# Measures the public side of BanTin against nginx serving a saved copy of the same bulletin page.
# See README.md next to this file. Usage: bash src/bench/run.sh [--postgres] [--pin] [--rounds N] [--seconds S]
#                                          bash src/bench/run.sh --cluster N [--rounds N] [--seconds S]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/target/bench"
ROUNDS=3
SECONDS_PER_RUN=10
DATABASE=embedded
PIN=false
CLUSTER=0
while [ $# -gt 0 ]; do
    case "$1" in
        --pin) PIN=true ;;
        --postgres) DATABASE=postgres ;;
        --rounds) ROUNDS="$2"; shift ;;
        --seconds) SECONDS_PER_RUN="$2"; shift ;;
        --cluster) CLUSTER="$2"; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
PORTAL_PORT=18080
NGINX_PORT=18081
BULLETINS=10000
# One 2-core machine: a heap that leaves room for everything else; measured RSS is reported.
# By default wrk, nginx and the portal share all cores, as on the 2-core server the targets are
# set for. With --pin, wrk gets the last core to itself and the servers the others (taskset).
CORES=$(nproc)
if [ "$PIN" = true ] && [ "$CORES" -ge 2 ]; then
    SERVER_CPUS="0-$((CORES - 2))"
    CLIENT_CPUS="$((CORES - 1))"
else
    SERVER_CPUS="0-$((CORES - 1))"
    CLIENT_CPUS="0-$((CORES - 1))"
fi
MICRO_ROOT="$OUT/micro"
JVM_OPTIONS="-Xms512m -Xmx512m -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"

install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || missing+=(nginx-light)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} from Debian's packages"
        SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
        $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
    fi
}

PORTAL_PID=""
NGINX_PID=""
cleanup() {
    [ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

portal_env() {
    # Readings off: thousands of generated bulletins would keep espeak-ng busy through the runs.
    local env=(BANTIN_DATA_DIR="$OUT/data" BANTIN_DEMO_GENERATED="$BULLETINS" BANTIN_ADMIN_PASSWORD=Do-bao-hieu-nang-2026
        BANTIN_SPEECH_COMMAND=off)
    if [ "$DATABASE" = postgres ]; then
        env+=(BANTIN_DB_URL=jdbc:postgresql://127.0.0.1:5432/bantin_bench BANTIN_DB_USER=postgres)
    fi
    printf '%s\n' "${env[@]}"
}

# Starts the portal as a server restarts it: from the root directory prepared by
# config/prepare-root.sh, with its class-data archive. "plain" starts it straight from the
# Payara Micro jar and the WAR instead, for comparison.
start_portal() {
    local log="$1" how="${2:-prepared}"
    local env started command
    mapfile -t env < <(portal_env)
    if [ "$how" = plain ]; then
        command=(java $JVM_OPTIONS -jar "$OUT/payara-micro.jar" --deploy "$ROOT/target/bantin.war" --contextroot /
            --prebootcommandfile "$ROOT/config/loopback.preboot")
    else
        command=(java $JVM_OPTIONS -XX:SharedArchiveFile="$MICRO_ROOT/bantin.jsa" -jar "$MICRO_ROOT/launch-micro.jar"
            --rootdir "$MICRO_ROOT")
    fi
    started=$(date +%s%N)
    env "${env[@]}" "${command[@]}" --nohazelcast --port "$PORTAL_PORT" >"$log" 2>&1 &
    PORTAL_PID=$!
    for _ in $(seq 1 600); do
        if curl -sf -o /dev/null "http://127.0.0.1:$PORTAL_PORT/health/ready"; then
            READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
            return 0
        fi
        kill -0 "$PORTAL_PID" 2>/dev/null || { echo "The portal stopped; see $log" >&2; exit 1; }
        sleep 0.2
    done
    echo "The portal did not become ready; see $log" >&2
    exit 1
}

stop_portal() {
    kill "$PORTAL_PID"
    wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=""
}

# wrk with the settings of the targets: 32 connections, 2 threads, gzip accepted.
measure() {
    taskset -c "$CLIENT_CPUS" wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -H "Accept-Encoding: gzip" "$1" > "$2"
}

# shellcheck source=src/bench/wrk-figures.sh
source "$ROOT/src/bench/wrk-figures.sh"

install_tools
if [ "$CLUSTER" -gt 0 ]; then
    exec bash "$ROOT/src/bench/cluster.sh" "$CLUSTER" "$ROUNDS" "$SECONDS_PER_RUN"
fi
mkdir -p "$OUT"
cd "$ROOT"
[ -f target/bantin.war ] || mvn -q -B -ntp -DskipTests package
[ -f "$OUT/payara-micro.jar" ] || mvn -q -B -ntp dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 \
    -DoutputDirectory="$OUT" -Dmdep.stripVersion=true
rm -rf "$OUT/data" "$OUT/runs"
mkdir -p "$OUT/runs" "$OUT/nginx/html" "$OUT/nginx/tmp"

echo "Preparing the root directory: deploying, generating $BULLETINS bulletins on the $DATABASE database, class-data archive"
if [ "$DATABASE" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS bantin_bench" -qc "CREATE DATABASE bantin_bench" >/dev/null
fi
started=$(date +%s)
mapfile -t PORTAL_ENV < <(portal_env)
env "${PORTAL_ENV[@]}" JVM_OPTIONS="$JVM_OPTIONS" bash "$ROOT/config/prepare-root.sh" "$OUT/payara-micro.jar" \
    "$ROOT/target/bantin.war" "$MICRO_ROOT" --prebootcommandfile "$ROOT/config/loopback.preboot" --port "$PORTAL_PORT" \
    >/dev/null
echo "  done after $(( $(date +%s) - started )) s (includes generating the bulletins and the search index)"
# Start-up is timed three times each way and the medians kept: one start varies by seconds.
# The two ways alternate, so that a slow spell of the machine hits both.
echo "Later starts: the portal as it starts every day (data in place), three times each way"
STARTS=()
PLAIN_STARTS=()
for attempt in 1 2 3; do
    start_portal "$OUT/portal-plain.log" plain
    PLAIN_STARTS+=("$READY_MS")
    stop_portal
    start_portal "$OUT/portal.log"
    STARTS+=("$READY_MS")
    echo "  ready after $READY_MS ms (prepared root directory), ${PLAIN_STARTS[-1]} ms (plain jar and WAR)"
    if [ "$attempt" -lt 3 ]; then
        stop_portal
    fi
done
STARTUP_MS=$(printf '%s\n' "${STARTS[@]}" | median)
PLAIN_STARTUP_MS=$(printf '%s\n' "${PLAIN_STARTS[@]}" | median)

# Started on every core (start-up is timed as it happens in production), measured on the server cores.
taskset -a -p -c "$SERVER_CPUS" "$PORTAL_PID" >/dev/null
PORTAL="http://127.0.0.1:$PORTAL_PORT"
BULLETIN_PATH=$(curl -s "$PORTAL/api/v1/bulletins?size=1&page=2" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | head -1)
CATEGORY_PATH=/chuyen-muc/thoi-su
declare -A URLS=(
    [home]="$PORTAL/"
    [category]="$PORTAL$CATEGORY_PATH"
    [bulletin]="$PORTAL$BULLETIN_PATH"
    [search]="$PORTAL/tim-kiem?q=hoi+nghi+ban+chap+hanh"
    [api]="$PORTAL/api/v1/bulletins?page=1&size=20"
)
ORDER=(home category bulletin search api)

# The ceiling: nginx serving the same bulletin page, saved with its compressed copy beside it.
curl -s "${URLS[bulletin]}" > "$OUT/nginx/html/bulletin.html"
gzip -kf -6 "$OUT/nginx/html/bulletin.html"
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes $( [ "$PIN" = true ] && [ "$CORES" -ge 2 ] && echo $((CORES - 1)) || echo "$CORES" );
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $OUT/nginx/tmp; proxy_temp_path $OUT/nginx/tmp; fastcgi_temp_path $OUT/nginx/tmp;
    uwsgi_temp_path $OUT/nginx/tmp; scgi_temp_path $OUT/nginx/tmp;
    sendfile on; tcp_nopush on; keepalive_requests 100000;
    types { text/html html; }
    gzip_static on;
    server { listen 127.0.0.1:$NGINX_PORT; root $OUT/nginx/html; etag on; }
}
CONF
taskset -c "$SERVER_CPUS" nginx -c "$OUT/nginx/nginx.conf" -g "daemon off;" &
NGINX_PID=$!
sleep 1
CEILING="http://127.0.0.1:$NGINX_PORT/bulletin.html"

echo "Warming up"
for name in "${ORDER[@]}"; do
    taskset -c "$CLIENT_CPUS" wrk -t2 -c32 -d5s -H "Accept-Encoding: gzip" "${URLS[$name]}" >/dev/null
done
taskset -c "$CLIENT_CPUS" wrk -t2 -c32 -d3s -H "Accept-Encoding: gzip" "$CEILING" >/dev/null

# Alternating rounds: each portal measurement next to an nginx one, so a busy neighbour on a
# shared machine slows both; the median of the per-round ratios then cancels most of the noise.
for round in $(seq 1 "$ROUNDS"); do
    echo "Round $round of $ROUNDS"
    for name in "${ORDER[@]}"; do
        measure "${URLS[$name]}" "$OUT/runs/$name-$round.txt"
        measure "$CEILING" "$OUT/runs/nginx-$name-$round.txt"
    done
done

# Searches repeat, so the page cache answers most of them; a new query costs a full search.
UNCACHED_SEARCH_MS=$(for word in thu tuc hanh chinh duong tinh le hoi nong san nuoc sach cai cach so hoa giao thong \
        dau tu hoc sinh thu vien nha may cong nghiep; do
    curl -s -o /dev/null -w "%{time_total}\n" "$PORTAL/tim-kiem?q=$word+$RANDOM"
done | median | awk '{ printf "%.1f", $1 * 1000 }')

# Deep pages, each asked for the first time (not cached): OFFSET pagination on an index.
DEEP_SECTION_MS=$(curl -s -o /dev/null -w "%{time_total}" "$PORTAL$CATEGORY_PATH?trang=300" | awk '{ printf "%.1f", $1 * 1000 }')
DEEP_API_MS=$(curl -s -o /dev/null -w "%{time_total}" "$PORTAL/api/v1/bulletins?page=500&size=20" | awk '{ printf "%.1f", $1 * 1000 }')

RSS_KB=$(ps -o rss= -p "$PORTAL_PID" | tr -d ' ')
PAGE_GZ=$(curl -s -H "Accept-Encoding: gzip" "${URLS[bulletin]}" | wc -c)
REQUESTS_BEFORE_IMAGES=$(( 1 + $(grep -oE '<link rel="stylesheet"|<script src=' "$OUT/nginx/html/bulletin.html" | wc -l) ))

{
    echo "BanTin public side, $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
    echo "$DATABASE database, $BULLETINS bulletins, wrk -t2 -c32 -d${SECONDS_PER_RUN}s, gzip accepted, $ROUNDS alternating rounds"
    echo "servers on CPU $SERVER_CPUS, wrk on CPU $CLIENT_CPUS"
    echo
    echo "| page | req/s | p50 ms | p99 ms | errors | nginx req/s | ratio to nginx (median of rounds) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for name in "${ORDER[@]}"; do
        ratios=(); rps=(); p50=(); p99=(); errors=0; ceiling=()
        for round in $(seq 1 "$ROUNDS"); do
            read -r r a b e < <(summarise "$OUT/runs/$name-$round.txt")
            read -r n _ _ _ < <(summarise "$OUT/runs/nginx-$name-$round.txt")
            rps+=("$r"); p50+=("$a"); p99+=("$b"); ceiling+=("$n"); errors=$((errors + e))
            ratios+=("$(awk -v r="$r" -v n="$n" 'BEGIN { printf "%.3f", (n > 0) ? r / n : 0 }')")
        done
        printf "| %s | %.0f | %.2f | %.2f | %d | %.0f | %.2f |\n" "$name" \
            "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p50[@]}" | median)" \
            "$(printf '%s\n' "${p99[@]}" | median)" "$errors" "$(printf '%s\n' "${ceiling[@]}" | median)" \
            "$(printf '%s\n' "${ratios[@]}" | median)"
    done
    echo
    echo "- resident memory of the portal after the runs: $((RSS_KB / 1024)) MB (JVM options: $JVM_OPTIONS)"
    echo "- start-up to ready, data in place: $STARTUP_MS ms (median of ${STARTS[*]}) from the root directory that"
    echo "  config/prepare-root.sh prepares, with its class-data archive; $PLAIN_STARTUP_MS ms (median of ${PLAIN_STARTS[*]})"
    echo "  started straight from payara-micro.jar and the WAR"
    echo "- a search not yet in the page cache (median of 20 new queries): $UNCACHED_SEARCH_MS ms"
    echo "- deep pages, first request: section page 300 $DEEP_SECTION_MS ms, API page 500 (size 20) $DEEP_API_MS ms"
    echo "- bulletin page: $PAGE_GZ bytes compressed; $REQUESTS_BEFORE_IMAGES requests before images (page, style sheets, scripts)"
} | tee "$OUT/results.md"
