#!/usr/bin/env bash
# Prepares a Payara Micro root directory for BanTin, for servers that restart the portal often:
# the runtime unpacked once, the portal deployed into it, and a class-data archive of the classes
# a start loads. Later starts skip the unpacking and the archive spares most class loading; on a
# 2-core machine they are ready about 4 seconds sooner (src/bench/README.md).
#
#   bash config/prepare-root.sh payara-micro.jar target/bantin.war /srv/bantin/micro [Payara options...]
#
# The portal starts once while preparing (it migrates the database, as any start does), so set the
# same BANTIN_* environment as for the real starts. Afterwards, start it with the command printed
# at the end. Run this again after each new version of the WAR, Payara Micro or the JDK: a stale
# archive is ignored (the JVM checks it), so the portal still starts, only slower.
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 PAYARA_MICRO_JAR WAR ROOT_DIR [Payara Micro options, e.g. --prebootcommandfile F]" >&2
    exit 2
fi
MICRO_JAR="$(realpath "$1")"
WAR="$(realpath "$2")"
ROOT="$(realpath -m "$3")"
shift 3
# The JVM options must be the same when the archive is written and when it is used.
JVM_OPTIONS="${JVM_OPTIONS:--Xms512m -Xmx512m -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k}"

if [ -e "$ROOT" ] && [ -n "$(ls -A "$ROOT")" ] && [ ! -f "$ROOT/launch-micro.jar" ]; then
    echo "$ROOT exists and is not a Payara Micro root directory; choose another" >&2
    exit 1
fi
rm -rf "$ROOT"
mkdir -p "$ROOT"

# 1. The runtime, unpacked once, with a launcher bound to it.
java -jar "$MICRO_JAR" --rootdir "$ROOT" --outputlauncher > "$ROOT/prepare.log" 2>&1

# 2. The portal deployed at / (--warmup: deploy, start, stop), writing the archive as it stops.
# shellcheck disable=SC2086
java $JVM_OPTIONS -XX:ArchiveClassesAtExit="$ROOT/bantin.jsa" -jar "$ROOT/launch-micro.jar" --rootdir "$ROOT" \
    --deploy "$WAR" --contextroot / --nohazelcast "$@" --warmup >> "$ROOT/prepare.log" 2>&1 \
    || { echo "Preparing failed; see $ROOT/prepare.log" >&2; exit 1; }
[ -f "$ROOT/bantin.jsa" ] || { echo "No class-data archive written; see $ROOT/prepare.log" >&2; exit 1; }

echo "Prepared $ROOT. Start the portal with:"
# Paths and options quoted for the shell, so that a directory with a space in it still works.
# shellcheck disable=SC2086
printf '  java'; printf ' %s' $JVM_OPTIONS; printf ' %q' "-XX:SharedArchiveFile=$ROOT/bantin.jsa" -jar \
    "$ROOT/launch-micro.jar" --rootdir "$ROOT" --nohazelcast "$@"; echo
