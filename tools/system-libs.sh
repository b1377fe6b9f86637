#!/usr/bin/env bash
# Qt needs a few system libraries even offscreen (see PLATFORM notes in README).
# Install them on Debian/Ubuntu when missing and we may; otherwise say what to install.
set -euo pipefail
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
have_lib 'libGL.so.1'          || need+=(libgl1)
have_lib 'libEGL.so.1'         || need+=(libegl1)
have_lib 'libfontconfig.so.1'  || need+=(libfontconfig1)
have_lib 'libxkbcommon.so.0'   || need+=(libxkbcommon0)
have_lib 'libglib-2.0.so.0'    || need+=(libglib2.0-0)
have_lib 'libdbus-1.so.3'      || need+=(libdbus-1-3)
if [ -n "${DISPLAY:-}" ] || [ "${BRIEFING_XCB_LIBS:-}" = 1 ]; then
  have_lib 'libxcb-cursor.so.0' || need+=(libxcb-cursor0)
  have_lib 'libxkbcommon-x11.so.0' || need+=(libxkbcommon-x11-0)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system libraries Qt needs: ${need[*]}"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Qt needs these system libraries (Debian names): ${need[*]}; install them with your package manager." >&2
  exit 1
fi
