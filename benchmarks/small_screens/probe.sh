#!/bin/bash
# Start the real window on a virtual screen and report its frame and whether it fits; screenshot in OUT.
# usage: probe.sh WxH OUTDIR [QT_SCALE_FACTOR] [CONFIG_DIR_TO_REUSE]
# Expected (written before running, see expected.md): window frame inside the screen, nothing cut off.
set -u
if [ $# -lt 2 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  echo "usage: probe.sh WxH OUTDIR [QT_SCALE_FACTOR] [DATA_DIR_TO_REUSE]"
  echo "Starts the window on an Xvfb screen (xvfb-run, xdotool, xwininfo, ImageMagick's import), prints the"
  echo "screen's and the window's geometry, saves OUTDIR/shot.png. See expected.md beside it."
  exit 0
fi
size=$1; out=$2; scale=${3:-1}; reuse=${4:-}
mkdir -p "$out"
cfg=$(mktemp -d); data=${reuse:-$(mktemp -d)}  # settings live in the data folder (BRIEFING_DATA_DIR)
repo=$(cd "$(dirname "$0")/../.." && pwd)
cat > "$out/inner.sh" <<INNER
cd "$repo"
BRIEFING_DATA_DIR=$data XDG_CONFIG_HOME=$cfg QT_SCALE_FACTOR=$scale /work/main/.venv/bin/python -m briefing seeds/*.txt > "$out/app.log" 2>&1 &
pid=\$!
sleep 15
wid=\$(xdotool search --pid \$pid --onlyvisible --name . 2>/dev/null | tail -1)
xwininfo -root | grep -E 'Width|Height' > "$out/screen.txt"
xwininfo -id \$wid | grep -E 'Absolute|Width|Height' > "$out/window.txt"
import -window root "$out/shot.png"
xdotool windowfocus \$wid; sleep 0.5; xdotool key ctrl+q; sleep 3; kill \$pid 2>/dev/null
sleep 3
kill \$pid 2>/dev/null
wait \$pid 2>/dev/null
INNER
timeout 60 xvfb-run -a -s "-screen 0 ${size}x24" bash "$out/inner.sh"
echo "$size scale=$scale data=$data"; cat "$out/screen.txt" "$out/window.txt" | tr -s ' ' | paste -sd' '
