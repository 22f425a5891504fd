#!/usr/bin/env bash
# The installed app, checked as a user meets it (run by `./mvnw -Ppackage verify` on Linux, after the build):
# unpacks the .deb into a temporary root (or takes the app image when no .deb was built), starts the launcher with
# no arguments under Xvfb with empty user folders, waits for the main window, takes a screenshot, ends the app, and
# runs `TierDesk evaluate SCENARIO --format json` through the same launcher.
set -euo pipefail
dist=${1:?usage: smoke-test.sh DIST_DIR}
dist=$(cd "$dist" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=linux/first-window.sh
. "$here/linux/first-window.sh"

passed=0
failed=0
check() {
  local what=$1
  shift
  if "$@"; then
    echo "  ok    $what"
    passed=$((passed + 1))
  else
    echo "  FAIL  $what"
    failed=$((failed + 1))
  fi
}

work=$(mktemp -d)
trap 'stop_app; xserver_stop; rm -rf "$work"' EXIT
shots="$dist/../smoke"
mkdir -p "$shots"

deb=$(ls "$dist"/tierdesk_*.deb 2>/dev/null | head -1 || true)
if [ -n "$deb" ]; then
  echo "Installing $(basename "$deb") into a temporary root"
  dpkg-deb -x "$deb" "$work/root"
  app="$work/root/opt/tierdesk"
  check ".deb depends on libgtk-3-0" grep -q 'libgtk-3-0' <(dpkg-deb -f "$deb" Depends)
  check ".deb has a desktop entry in the Office menu" grep -q '^Categories=Office' "$app/lib/tierdesk-TierDesk.desktop"
  dpkg-deb -e "$deb" "$work/control"
  check ".deb links the tierdesk command on install" grep -q 'ln -sf /opt/tierdesk/bin/TierDesk /usr/bin/tierdesk' "$work/control/postinst"
  check ".deb maintainer scripts have no unfilled jpackage token" bash -c '! grep -E "^(DESKTOP|LAUNCHER_AS_SERVICE|COMMON)_[A-Z_]+$" "$1"/postinst "$1"/prerm' _ "$work/control"
else
  echo "No .deb in $dist: checking the app image"
  app="$dist/TierDesk"
fi
launcher="$app/bin/TierDesk"
check "launcher is installed" test -x "$launcher"

isolate_user_folders "$work"

# Command line: same launcher, with arguments.
check "'TierDesk --help' exits 0 and lists evaluate" \
  bash -c '"$1" --help >"$2" 2>&1 && grep -q evaluate "$2"' _ "$launcher" "$work/help.txt"
scenario="$here/smoke/leo-gold.tierdesk.yaml"
set +e
"$launcher" evaluate "$scenario" --format json >"$work/evaluate.json" 2>"$work/evaluate.err"
status=$?
set -e
check "'TierDesk evaluate ... --format json' exits 0 (got $status)" test "$status" -eq 0
check "evaluate prints the standing as JSON (leo-backup, held silver, qualifies for gold)" \
  jq -e '.program == "leo-backup" and .heldTier == "silver" and .qualifiedTiers == ["silver", "gold"]
         and (.requirements | length > 0)' "$work/evaluate.json"
check "evaluate wrote no JVM warning or error on standard error" \
  bash -c '! grep -E "^\[[0-9.]+s\]\[(warning|error)|^WARNING:" "$1"' _ "$work/evaluate.err"
if [ "$status" -ne 0 ] || ! jq -e . "$work/evaluate.json" >/dev/null 2>&1 || grep -q "WARNING\|\]\[error" "$work/evaluate.err"; then
  echo "evaluate output:"; cat "$work/evaluate.json" "$work/evaluate.err"
fi
if [ -f "$app/lib/app/tierdesk.aot" ]; then
  JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load=info:file=$work/class-load.txt" "$launcher" --help >/dev/null 2>&1 || true
  check "the installed launcher maps the app's classes from its AOT cache" \
    grep -q 'org.tierdesk.Launcher source: shared objects file' "$work/class-load.txt"
fi

# GUI: same launcher, no arguments.
xserver_start
if launch_until_shown "$work/gui.log" 120 "$launcher"; then
  check "main window shown (after ${SHOWN_MILLIS} ms)" true
  sleep 2
  import -display "$DISPLAY" -window root "$shots/first-window.png"
  colours=$(identify -format '%k' "$shots/first-window.png")
  check "screenshot $shots/first-window.png shows a drawn window ($colours colours)" test "$colours" -gt 50
  stop_app 60
  check "the app ended on SIGTERM" true
  check "the app logged no error" bash -c '! grep -E " ERROR |Exception in thread" "$1"' _ "$work/gui.log"
  if grep -qE " ERROR |Exception in thread" "$work/gui.log"; then cat "$work/gui.log"; fi
else
  check "main window shown within 120 s" false
fi
cp "$work/gui.log" "$shots/gui.log" 2>/dev/null || true

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
