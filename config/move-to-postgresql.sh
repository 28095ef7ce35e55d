#!/usr/bin/env bash
# Moves a portal's content from its embedded database (H2, in the data directory) into a new,
# empty PostgreSQL database: bulletins, figures and images, revisions, sections, accounts with
# their password hashes, API tokens, the audit log, reading counts and sequences. Refuses a
# target that has tables, checks every table's row count before it commits, and only reads the
# embedded database. Stop the portal first (the embedded database is one process's at a time).
#
#   bash config/move-to-postgresql.sh --data-dir DIR --db-url jdbc:postgresql://HOST:PORT/DB
#                                     [--db-user U] [--war FILE]
#
# The password is read from BANTIN_DB_PASSWORD. The WAR defaults to target/bantin.war; its own
# classes and drivers do the work (vn.bantin.move.EmbeddedToPostgres). Then start the portal
# with BANTIN_DB_URL (and BANTIN_DB_USER, BANTIN_DB_PASSWORD) naming the new database.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"

fail() {
    echo "move-to-postgresql.sh: $*" >&2
    exit 1
}

data_dir="" db_url="" db_user="" war="$project/target/bantin.war"
while [ $# -gt 0 ]; do
    case "$1" in
        --data-dir) data_dir="$2"; shift 2 ;;
        --db-url) db_url="$2"; shift 2 ;;
        --db-user) db_user="$2"; shift 2 ;;
        --war) war="$2"; shift 2 ;;
        *) fail "unknown option $1" ;;
    esac
done
[ -n "$data_dir" ] || fail "--data-dir is required (the portal's BANTIN_DATA_DIR; ./data by default)"
[ -n "$db_url" ] || fail "--db-url is required"
[ -f "$war" ] || fail "no WAR at $war (build it with mvn package, or give --war)"
command -v jar >/dev/null || fail "the JDK's jar tool is needed"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$(cd "$(dirname "$war")" && pwd)/$(basename "$war")" WEB-INF/classes WEB-INF/lib)
args=("$data_dir" "$db_url")
[ -z "$db_user" ] || args+=("$db_user")
# Without slf4j's API on the class path the migrations log through java.util.logging, as in the
# server, instead of slf4j's warning that it has nowhere to log.
classpath="$work/WEB-INF/classes"
for jar in "$work"/WEB-INF/lib/*.jar; do
    case "$(basename "$jar")" in slf4j-api-*) ;; *) classpath="$classpath:$jar" ;; esac
done
java -cp "$classpath" vn.bantin.move.EmbeddedToPostgres "${args[@]}"
