#!/usr/bin/env bash
# The installed app, checked as a user meets it (run by `./mvnw -Ppackage verify` on Linux, after the build):
# unpacks the .deb into a temporary root (or takes the app image when no .deb was built), runs
# `TierDesk evaluate SCENARIO --format json` through the launcher, starts the launcher with no arguments under Xvfb
# with empty user folders, waits for the main window, takes a screenshot and ends the app; then checks that this
# first start recorded the user's AOT cache and that the next start of the app and of the command line map it.
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
size_mb=$(du -sm "$app" | cut -f1)
check "the installed app takes under 120 MB (${size_mb} MB)" test "$size_mb" -lt 120
check "the app ships no AOT cache (each user's is made on the first start)" \
  bash -c '[ -z "$(find "$1" -name "*.aot")" ]' _ "$app"

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
check "the command line made no AOT cache (only the app's first start does)" \
  bash -c '[ -z "$(ls "$1" 2>/dev/null)" ]' _ "$HOME/.cache/tierdesk"

# GUI: same launcher, no arguments.
xserver_start
if launch_until_shown "$work/gui.log" 120 "$launcher"; then
  check "main window shown (after ${SHOWN_MILLIS} ms)" true
  sleep 2
  import -display "$DISPLAY" -window root "$shots/first-window.png"
  colours=$(identify -format '%k' "$shots/first-window.png")
  check "screenshot $shots/first-window.png shows a drawn window ($colours colours)" test "$colours" -gt 50
  # The first start runs the app in a child JVM that writes the AOT cache as it ends (seconds; more on a busy machine).
  stop_app 600
  check "the app ended on SIGTERM" true
  check "the app logged no error" bash -c '! grep -E " ERROR |Exception in thread" "$1"' _ "$work/gui.log"
  if grep -qE " ERROR |Exception in thread" "$work/gui.log"; then cat "$work/gui.log"; fi
else
  check "main window shown within 120 s" false
fi
cp "$work/gui.log" "$shots/gui.log" 2>/dev/null || true

# The user's AOT cache, recorded by that first start; the next starts map the app's classes from it
# (unless the image was built without it, -Djpackage.cds=false).
cache_dir="$HOME/.cache/tierdesk"
if grep -q -- '-XX:AOTCache=' "$app/lib/app/TierDesk.cfg"; then
  check "the first start recorded the user's AOT cache in $cache_dir ($(du -sh "$cache_dir" 2>/dev/null | cut -f1))" \
    bash -c 'ls "$1"/tierdesk-*.aot >/dev/null 2>&1 && ls "$1"/tierdesk-*.aot.stamp >/dev/null 2>&1' _ "$cache_dir"
  check "no unfinished recording is left in $cache_dir" bash -c '[ -z "$(ls "$1" | grep -v "\.aot$\|\.aot\.stamp$")" ]' _ "$cache_dir"
  if launch_until_shown "$work/gui2.log" 120 env JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load=info:file=$work/class-load-app.txt" "$launcher"; then
    check "later start: main window shown (after ${SHOWN_MILLIS} ms)" true
    stop_app 60
    check "later start: the app ran in the launcher's own JVM (no recording child)" \
      bash -c '[ "$(grep -c "Picked up JAVA_TOOL_OPTIONS" "$1")" -eq 1 ]' _ "$work/gui2.log"
    check "later start: the app's classes are mapped from the AOT cache" \
      grep -q 'org.tierdesk.ui.TierDeskApp source: shared objects file' "$work/class-load-app.txt"
else
  check "later start: main window shown within 120 s" false
fi
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load=info:file=$work/class-load-cli.txt" "$launcher" --help >/dev/null 2>&1 || true
check "the command line maps its classes from the user's AOT cache too" \
  grep -q 'org.tierdesk.Launcher source: shared objects file' "$work/class-load-cli.txt"
else
  echo "  (built without the per-user AOT cache: its checks skipped)"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
