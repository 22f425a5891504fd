#!/usr/bin/env bash
# Start-up to first window of an installed or built TierDesk: starts LAUNCHER (no arguments) RUNS times under Xvfb,
# each time twice: a first start with empty user folders (database created and migrated, demo data) and a later
# start of the same folders. Prints each time from launch to the app's "main window shown" log line, then the
# medians; also the CPU time (user + system) the launcher's processes had used by then, which depends far less on
# what else the machine is doing. The first start, which finds no AOT cache in the empty user folders, records it
# (the app runs in a child JVM that writes the cache when it ends): it is left 2 s after its window has shown, as a
# user would, then ended, and waited for while the cache is written. The later start maps that cache.
# Usage: measure-startup.sh [LAUNCHER] [RUNS]   (default: target/dist/TierDesk/bin/TierDesk, 10)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
launcher=${1:-$here/../target/dist/TierDesk/bin/TierDesk}
runs=${2:-10}
# shellcheck source=linux/first-window.sh
. "$here/linux/first-window.sh"

work=$(mktemp -d)
trap 'stop_app; xserver_stop; rm -rf "$work"' EXIT
xserver_start
declare -A times cpus
for i in $(seq "$runs"); do
  rm -rf "$work/run"
  for start in first later; do
    ( isolate_user_folders "$work/run"
      rm -f "$work/app.log"
      launch_until_shown "$work/app.log" 120 "$launcher"
      cpu_millis "$APP_PID" >"$work/cpu"
      if [ "$start" = first ]; then sleep 2; fi
      ended=$(date +%s%N)
      stop_app 600
      echo "$(( ($(date +%s%N) - ended) / 1000000 ))" >"$work/exit"
      echo "$SHOWN_MILLIS" >"$work/millis" )
    times[$start]+="$(cat "$work/millis") "
    cpus[$start]+="$(cat "$work/cpu") "
    echo "run $i, $start start: first window after $(cat "$work/millis") ms, $(cat "$work/cpu") ms of CPU;" \
      "exited $(cat "$work/exit") ms after SIGTERM"
  done
done
median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "app image: $(du -sh "$(dirname "$(dirname "$launcher")")" | cut -f1)"
for start in first later; do
  sorted=$(echo "${times[$start]}" | tr ' ' '\n' | sed '/^$/d' | sort -n)
  echo "$start start: first window median $(echo "${times[$start]}" | median) ms over ${runs} runs" \
    "(min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1)); CPU used by then: median $(echo "${cpus[$start]}" | median) ms"
done
