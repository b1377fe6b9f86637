#!/usr/bin/env bash
# Usage: tools/system-libs.sh VENV_PYTHON [PLATFORM]
# Qt's platform plugin links against system libraries that a stock machine may lack (on Debian 12:
# libxcb-icccm4, libxcb-keysyms1). Ask ldd what the installed PySide6 wheel really needs and install the
# missing packages with apt-get when root; otherwise print the exact apt-get line (tools/qt_system_deps.py).
# Runs after PySide6 is installed in the venv; prints nothing when nothing is missing.
set -euo pipefail
python="${1:?usage: tools/system-libs.sh VENV_PYTHON [PLATFORM]}"
platform="${2:-}"
args=(--install)
[ -n "$platform" ] && args+=(--platform "$platform")
exec "$python" "$(dirname "$0")/qt_system_deps.py" "${args[@]}"
