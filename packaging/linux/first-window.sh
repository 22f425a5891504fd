# Sourced by smoke-test.sh and measure-startup.sh: runs TierDesk's launcher on a private
# X server (Xvfb) with throw-away user folders and waits for the app's "main window shown at <instant>" log line.

XVFB_PID=""
APP_PID=""

# Starts Xvfb on a display number it picks itself and exports DISPLAY.
xserver_start() {
  command -v Xvfb >/dev/null || { echo "Xvfb is needed to start the app without a screen (Debian: apt-get install xvfb)" >&2; return 1; }
  local display_file
  display_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 100); do
    [ -s "$display_file" ] && break
    sleep 0.1
  done
  [ -s "$display_file" ] || { echo "Xvfb did not start" >&2; return 1; }
  DISPLAY=":$(head -1 "$display_file")"
  export DISPLAY
  rm -f "$display_file"
}

xserver_stop() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
  XVFB_PID=""
}

# Points the app at empty folders under $1 so a run neither reads nor changes the user's own data.
# The JVM takes user.home from the password database, not $HOME, hence -Duser.home as well.
isolate_user_folders() {
  local root=$1
  mkdir -p "$root/home" "$root/data"
  export HOME="$root/home" XDG_CONFIG_HOME="$root/home/.config" XDG_DATA_HOME="$root/home/.local/share"
  export TIERDESK_HOME="$root/data"
  export JAVA_TOOL_OPTIONS="-Duser.home=$root/home ${JAVA_TOOL_OPTIONS:-}"
}

# launch_until_shown LOG TIMEOUT_SECONDS COMMAND...: starts COMMAND in the background (APP_PID) with its output in
# LOG and waits for the first-window line. Sets SHOWN_MILLIS to the time from launch to the window being shown.
launch_until_shown() {
  local log=$1 timeout=$2
  shift 2
  local started shown_at line
  started=$(date +%s%N)
  "$@" >"$log" 2>&1 &
  APP_PID=$!
  local deadline=$(( $(date +%s) + timeout ))
  while :; do
    line=$(grep -m1 -o 'main window shown at [^ ]*' "$log" || true)
    [ -n "$line" ] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The app exited before showing its window; its output:" >&2
      tail -40 "$log" >&2
      APP_PID=""
      return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "No 'main window shown' line within ${timeout}s; the app's output:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    sleep 0.05
  done
  shown_at=$(date -d "${line#main window shown at }" +%s%N)
  SHOWN_MILLIS=$(( (shown_at - started) / 1000000 ))
}

# Ends the app the way a session logout does (SIGTERM: shutdown hooks run, the JVM exits normally) and waits up to
# $1 seconds (default 20).
stop_app() {
  [ -n "$APP_PID" ] || return 0
  local limit=${1:-20}
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq $((limit * 10))); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$APP_PID" 2>/dev/null; then
    echo "The app did not exit within ${limit} s of SIGTERM" >&2
    kill -KILL "$APP_PID" 2>/dev/null || true
    APP_PID=""
    return 1
  fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# cpu_millis PID: the CPU time (user + system, ms) used so far by PID and the processes it started (the launcher's
# first start runs the app in a child JVM that records the AOT cache; see AotCache.java).
cpu_millis() {
  local pid=$1 total child
  total=$(awk -v tick="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tick)}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  for child in $(pgrep -P "$pid" || true); do
    total=$((total + $(cpu_millis "$child")))
  done
  echo "$total"
}
