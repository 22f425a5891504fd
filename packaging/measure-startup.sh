#!/usr/bin/env bash
# Start-up to first window of an installed or built TierDesk: starts LAUNCHER (no arguments) RUNS times under Xvfb,
# each with empty user folders, and prints each time from launch to the app's "main window shown" log line, then
# the median. Usage: measure-startup.sh [LAUNCHER] [RUNS]   (default: target/dist/TierDesk/bin/TierDesk, 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher=${1:-$here/../target/dist/TierDesk/bin/TierDesk}
runs=${2:-10}
# shellcheck source=linux/first-window.sh
. "$here/linux/first-window.sh"

work=$(mktemp -d)
trap 'stop_app; xserver_stop; rm -rf "$work"' EXIT
xserver_start
times=()
for i in $(seq "$runs"); do
  rm -rf "$work/run"
  ( isolate_user_folders "$work/run"
    launch_until_shown "$work/app.log" 120 "$launcher"
    stop_app
    echo "$SHOWN_MILLIS" >"$work/millis" )
  times+=("$(cat "$work/millis")")
  echo "run $i: $(cat "$work/millis") ms"
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(printf '%s\n' "$sorted" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')
echo "first window: median ${median} ms over ${runs} runs (min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1))"
