#!/usr/bin/env bash
# Brings bulletins from an older portal into BanTin through its import API: a folder of JSON files
# (one bulletin each, in the write API's shape, with "slug", "publishedAt", "legacyUrls" and images
# inline or beside them), sent one by one with a progress bar, and a CSV report of every item.
# Run it again at any time: unchanged bulletins are skipped, changed ones updated, an interrupted
# run is finished. README, "Moving an existing portal in", gives the format.
#
#   BANTIN_IMPORT_TOKEN=bt_...   bash config/import.sh --portal URL DIR
#   BANTIN_IMPORT_PASSWORD=...   bash config/import.sh --portal URL --user NAME DIR
#       [--dry-run] [--sections create|refuse] [--report FILE] [--war FILE]
#
# The WAR (target/bantin.war by default) carries the command and the jars it needs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$here")"

war="$project/target/bantin.war"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --war) war="$2"; shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
[ -f "$war" ] || { echo "import.sh: no WAR at $war (build it with mvn package, or give --war)" >&2; exit 2; }
command -v java >/dev/null || { echo "import.sh: java (17 or later) is needed" >&2; exit 2; }
command -v jar >/dev/null || { echo "import.sh: the JDK's jar tool is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$(cd "$(dirname "$war")" && pwd)/$(basename "$war")" WEB-INF/classes/vn/bantin/imports WEB-INF/tools)
classpath="$work/WEB-INF/classes"
for jar in "$work"/WEB-INF/tools/*.jar; do
    classpath="$classpath:$jar"
done
java -cp "$classpath" vn.bantin.imports.ImportCommand ${args[@]+"${args[@]}"}
