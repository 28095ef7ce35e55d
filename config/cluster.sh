#!/usr/bin/env bash
# A local BanTin cluster: nginx on 127.0.0.1:P in front of N Payara Micro nodes on 127.0.0.1:P+1..P+N,
# all on one PostgreSQL database, joined in one data grid by TCP/IP discovery on loopback (never
# multicast). Used by the tests and the benchmark; README, "Running several nodes", explains it.
#
#   bash config/cluster.sh start --nodes N --port P --db-url URL [--db-user U] [--db-password W]
#                                --dir DIR [--war FILE] [--micro FILE] [--grid-port G]
#   bash config/cluster.sh stop --dir DIR
#   bash config/cluster.sh kill-node I --dir DIR      (SIGKILL, as a crash would)
#   bash config/cluster.sh start-node I --dir DIR
#
# BANTIN_* settings in the environment (admin password, site URL, ...) reach every node. Without
# BANTIN_SITE_URL the nodes write links for nginx's address. The password is also read from
# BANTIN_DB_PASSWORD; JVM options for the nodes (heap size, say) from NODE_JVM_OPTIONS. Everything
# the cluster writes stays in DIR; stop ends only the processes whose
# ids start recorded there.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"

usage() {
    sed -n '5,9p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

fail() {
    echo "cluster.sh: $*" >&2
    exit 1
}

command="${1:-}"
[ -n "$command" ] || usage
shift
node_arg=""
if [ "$command" = "kill-node" ] || [ "$command" = "start-node" ]; then
    node_arg="${1:-}"
    [[ "$node_arg" =~ ^[0-9]+$ ]] || fail "$command needs a node number"
    shift
fi

nodes="" port="" db_url="" db_user="" db_password="${BANTIN_DB_PASSWORD:-}" dir="" war="" micro="" grid_port=""
while [ $# -gt 0 ]; do
    case "$1" in
        --nodes) nodes="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --db-url) db_url="$2"; shift 2 ;;
        --db-user) db_user="$2"; shift 2 ;;
        --db-password) db_password="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        --war) war="$2"; shift 2 ;;
        --micro) micro="$2"; shift 2 ;;
        --grid-port) grid_port="$2"; shift 2 ;;
        *) fail "unknown option $1" ;;
    esac
done
[ -n "$dir" ] || fail "--dir is required"

settings="$dir/cluster.settings"

# The settings of a started cluster, for stop, kill-node and start-node.
load_settings() {
    [ -f "$settings" ] || fail "no cluster started in $dir"
    # shellcheck disable=SC1090
    . "$settings"
}

node_port() { echo $((port + $1)); }
node_grid_port() { echo $((grid_port + $1 - 1)); }
node_pid_file() { echo "$dir/node-$1/pid"; }

# Every member's data-grid address: TCP/IP discovery on loopback.
members() {
    local list="" i
    for i in $(seq 1 "$nodes"); do
        list="${list:+$list,}127.0.0.1:$(node_grid_port "$i")"
    done
    echo "$list"
}

is_running() {
    local pid_file="$1"
    [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

start_node() {
    local i="$1" node_dir="$dir/node-$1"
    is_running "$(node_pid_file "$i")" && fail "node $i is already running (pid $(cat "$(node_pid_file "$i")"))"
    mkdir -p "$node_dir/data" "$node_dir/tmp"
    (
        export BANTIN_DB_URL="$db_url" BANTIN_DB_USER="$db_user" BANTIN_DB_PASSWORD="$db_password"
        export BANTIN_DATA_DIR="$node_dir/data" BANTIN_CLUSTER=on
        export BANTIN_SITE_URL="${BANTIN_SITE_URL:-http://127.0.0.1:$port}"
        # --nohostaware: all nodes share this host, and the grid must still keep each session's
        # backup on another node, or a session would die with its node.
        # hazelcast.socket.bind.any=false: the grid listens on the --interfaces address only, not on
        # every interface of the host.
        # shellcheck disable=SC2086 # NODE_JVM_OPTIONS is a list of options
        exec java ${NODE_JVM_OPTIONS:-} -Djava.io.tmpdir="$node_dir/tmp" -Dhazelcast.socket.bind.any=false -jar "$micro" \
            --deploy "$war" --contextroot / \
            --port "$(node_port "$i")" \
            --name "node-$i" \
            --clustername "$cluster_name" \
            --clustermode "tcpip:$(members)" \
            --interfaces 127.0.0.1 \
            --startport "$(node_grid_port "$i")" \
            --nohostaware \
            --prebootcommandfile "$project/config/loopback.preboot" \
            >>"$node_dir/server.log" 2>&1
    ) &
    echo $! >"$(node_pid_file "$i")"
}

await_ready() {
    local i="$1" deadline=$((SECONDS + 300)) url
    url="http://127.0.0.1:$(node_port "$i")/health/ready"
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        is_running "$(node_pid_file "$i")" || fail "node $i stopped while starting; see $dir/node-$i/server.log"
        [ $SECONDS -lt $deadline ] || fail "node $i not ready after 300 s; see $dir/node-$i/server.log"
        sleep 1
    done
    echo "node $i port $(node_port "$i") pid $(cat "$(node_pid_file "$i")")"
}

# nginx.conf for this cluster: the operator's bantin-cluster.conf with this cluster's ports, run
# as this user with every file in DIR.
write_nginx_conf() {
    local upstream="" i
    for i in $(seq 1 "$nodes"); do
        upstream="$upstream    server 127.0.0.1:$(node_port "$i") max_fails=2 fail_timeout=5s;\n"
    done
    mkdir -p "$dir/nginx"
    {
        # Run as root, nginx would hand its workers to "nobody", who cannot write in DIR.
        if [ "$(id -u)" = 0 ]; then
            echo "user root;"
        fi
        echo "worker_processes 2;"
        echo "pid $dir/nginx/nginx.pid;"
        echo "error_log $dir/nginx/error.log warn;"
        echo "events { worker_connections 4096; }"
        echo "http {"
        # Written in 64 KB batches, not one write per request; the rest as a busy site runs it.
        echo "    access_log $dir/nginx/access.log combined buffer=64k flush=1s;"
        echo "    sendfile on; tcp_nopush on; keepalive_requests 100000;"
        for temp in client_body proxy fastcgi uwsgi scgi; do
            echo "    ${temp}_temp_path $dir/nginx/$temp;"
        done
        sed -e "/^    server 127.0.0.1:808[0-9]/d" \
            -e "s|^    keepalive 32;|$upstream    keepalive 32;|" \
            -e "s|listen 127.0.0.1:8080;|listen 127.0.0.1:$port;|" \
            -e "s|/var/cache/nginx/bantin|$dir/nginx/cache|" \
            "$project/config/nginx/bantin-cluster.conf"
        echo "}"
    } >"$dir/nginx/nginx.conf"
}

start_nginx() {
    command -v nginx >/dev/null || fail "nginx is not installed (Debian: apt-get install nginx)"
    write_nginx_conf
    nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log"
    local deadline=$((SECONDS + 10))
    until [ -s "$dir/nginx/nginx.pid" ]; do
        [ $SECONDS -lt $deadline ] || fail "nginx did not start; see $dir/nginx/error.log"
        sleep 0.2
    done
    echo "nginx port $port pid $(cat "$dir/nginx/nginx.pid")"
}

stop_pid_file() {
    local pid_file="$1" signal="$2" pid
    [ -f "$pid_file" ] || return 0
    pid="$(cat "$pid_file")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$signal" "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_file"
}

case "$command" in
    start)
        [ -n "$nodes" ] && [ -n "$port" ] && [ -n "$db_url" ] || usage
        [[ "$nodes" =~ ^[1-9][0-9]*$ ]] || fail "--nodes must be a positive number"
        [[ "$port" =~ ^[0-9]+$ ]] || fail "--port must be a number"
        war="${war:-$project/target/bantin.war}"
        micro="${micro:-${PAYARA_MICRO:-$project/target/payara-micro.jar}}"
        grid_port="${grid_port:-$((port + 100))}"
        [ -f "$war" ] || fail "no WAR at $war (mvn package builds it)"
        [ -f "$micro" ] || fail "no Payara Micro at $micro (mvn package copies it to target/)"
        mkdir -p "$dir"
        dir="$(cd "$dir" && pwd)"
        settings="$dir/cluster.settings"
        [ -f "$settings" ] && fail "a cluster was already started in $dir; stop it first"
        cluster_name="bantin-$(echo "$dir" | cksum | cut -d' ' -f1)"
        umask 077
        {
            printf 'nodes=%q\nport=%q\ndb_url=%q\ndb_user=%q\ndb_password=%q\n' \
                "$nodes" "$port" "$db_url" "$db_user" "$db_password"
            printf 'war=%q\nmicro=%q\ngrid_port=%q\ncluster_name=%q\n' "$war" "$micro" "$grid_port" "$cluster_name"
        } >"$settings"
        umask 022
        # The first node alone migrates the schema and loads the demo content; the others join it.
        start_node 1
        await_ready 1
        for i in $(seq 2 "$nodes"); do
            start_node "$i"
        done
        for i in $(seq 2 "$nodes"); do
            await_ready "$i"
        done
        start_nginx
        ;;
    stop)
        load_settings
        stop_pid_file "$dir/nginx/nginx.pid" QUIT
        for i in $(seq 1 "$nodes"); do
            stop_pid_file "$(node_pid_file "$i")" TERM
        done
        rm -f "$settings"
        ;;
    kill-node)
        load_settings
        [ "$node_arg" -ge 1 ] && [ "$node_arg" -le "$nodes" ] || fail "no node $node_arg"
        stop_pid_file "$(node_pid_file "$node_arg")" KILL
        ;;
    start-node)
        load_settings
        [ "$node_arg" -ge 1 ] && [ "$node_arg" -le "$nodes" ] || fail "no node $node_arg"
        start_node "$node_arg"
        await_ready "$node_arg"
        ;;
    *)
        usage
        ;;
esac
