#!/usr/bin/env bash
# Records the app's AOT cache (lib/app/tierdesk.aot, which the launcher's -XX:AOTCache names; JDK 25, JEP 483/514/515)
# from one real start of the app image: launched under Xvfb with -XX:AOTCacheOutput until the main window is shown,
# then ended; at exit the JVM assembles the classes it loaded and linked, and the profiles of the methods it ran,
# into the cache. Later starts map them instead of loading, verifying and profiling them again. The cache holds the
# JDK's classes as well, so the runtime gets no CDS archive of its own (see pom.xml).
# The JVM only uses the cache while every jar has the size and modification time it had when recording, so the
# image's files are first set to EPOCH (seconds), and the .deb is built with SOURCE_DATE_EPOCH=EPOCH, which makes
# dpkg-deb give every packaged file that same time.
set -euo pipefail
image=${1:?usage: record-cds-archive.sh APP_IMAGE_DIR EPOCH}
epoch=${2:?usage: record-cds-archive.sh APP_IMAGE_DIR EPOCH}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=first-window.sh
. "$here/first-window.sh"

cache="$image/lib/app/tierdesk.aot"
cfg="$image/lib/app/TierDesk.cfg"
line='java-options=-XX:AOTCache=$APPDIR/tierdesk.aot'
grep -qxF "$line" "$cfg" || { echo "$cfg does not name tierdesk.aot" >&2; exit 1; }
rm -f "$cache"

work=$(mktemp -d)
# The JVM refuses -XX:AOTCache together with -XX:AOTCacheOutput: the launcher records without its line.
cp "$cfg" "$work/TierDesk.cfg"
grep -vxF "$line" "$work/TierDesk.cfg" >"$cfg"
restore_cfg() { cp "$work/TierDesk.cfg" "$cfg"; touch -h -d "@$epoch" "$cfg"; }
trap 'stop_app; xserver_stop; restore_cfg; rm -rf "$work"' EXIT
find "$image" -exec touch -h -d "@$epoch" {} +

isolate_user_folders "$work/run"
export JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache $JAVA_TOOL_OPTIONS"
xserver_start
launch_until_shown "$work/app.log" 120 "$image/bin/TierDesk"
# Let the first layout and paint load their classes too.
sleep 2
# Assembling the cache at exit takes a few seconds more (minutes on a busy build machine).
stop_app 600

[ -s "$cache" ] || { echo "No AOT cache was written; the app's output:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
touch -h -d "@$epoch" "$cache"
echo "AOT cache recorded: $cache ($(du -h "$cache" | cut -f1)), first window after ${SHOWN_MILLIS} ms while recording"
