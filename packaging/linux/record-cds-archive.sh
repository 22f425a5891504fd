#!/usr/bin/env bash
# Records the app's dynamic AppCDS archive (lib/app/tierdesk.jsa, which the launcher's -XX:SharedArchiveFile names)
# from one real start of the app image: launched under Xvfb until the main window is shown, then ended. The JVM
# writes the classes it loaded into the archive at exit (-XX:+AutoCreateSharedArchive); later starts map them
# instead of loading and verifying them again.
# The JVM only uses the archive while every jar has the size and modification time it had when recording, so the
# image's files are first set to EPOCH (seconds), and the .deb is built with SOURCE_DATE_EPOCH=EPOCH, which makes
# dpkg-deb give every packaged file that same time.
set -euo pipefail
image=${1:?usage: record-cds-archive.sh APP_IMAGE_DIR EPOCH}
epoch=${2:?usage: record-cds-archive.sh APP_IMAGE_DIR EPOCH}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=first-window.sh
. "$here/first-window.sh"

archive="$image/lib/app/tierdesk.jsa"
grep -q 'SharedArchiveFile=$APPDIR/tierdesk.jsa' "$image/lib/app/TierDesk.cfg" \
  || { echo "$image/lib/app/TierDesk.cfg does not name tierdesk.jsa" >&2; exit 1; }
rm -f "$archive"
find "$image" -exec touch -h -d "@$epoch" {} +

work=$(mktemp -d)
trap 'stop_app; xserver_stop; rm -rf "$work"' EXIT
isolate_user_folders "$work"
export JAVA_TOOL_OPTIONS="-XX:+AutoCreateSharedArchive $JAVA_TOOL_OPTIONS"
xserver_start
launch_until_shown "$work/app.log" 120 "$image/bin/TierDesk"
# Let the first layout, paint and idle-time work load their classes too.
sleep 3
# Writing the archive at exit takes a few seconds more (minutes on a busy build machine).
stop_app 300

[ -s "$archive" ] || { echo "No AppCDS archive was written; the app's output:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
echo "AppCDS archive recorded: $archive ($(du -h "$archive" | cut -f1)), first window after ${SHOWN_MILLIS} ms while recording"
