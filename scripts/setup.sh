#!/usr/bin/env bash
# Sets up voiceprep on a Debian/Ubuntu machine: system libraries, .venv, the package.
# Usage: scripts/setup.sh [runtime|test]   (test also installs what the test suite needs)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-runtime}"

lists=(scripts/system-deps.txt)
[ "$what" = test ] && lists+=(scripts/system-deps-test.txt)
wanted=()
for f in "${lists[@]}"; do
  [ -f "$f" ] && while read -r pkg _; do
    [[ -z "$pkg" || "$pkg" == \#* ]] || wanted+=("$pkg")
  done < "$f"
done
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "voiceprep needs these system packages; run:"
    echo "  sudo apt-get install -y ${missing[*]}"
    [ "$what" = test ] && exit 1
  fi
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "voiceprep needs Python 3.11 or newer; $("$PY" --version 2>&1) found" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      "$PY" -m venv .venv
    else
      echo "cannot create a virtual environment; run: sudo apt-get install -y python3-venv" >&2
      exit 1
    fi
  fi
fi
extras=""
[ "$what" = test ] && extras="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import voiceprep, faster_whisper, piper" || { echo "installation failed" >&2; exit 1; }
# The Smart Turn end-of-turn model, taken out of the pipecat-ai wheel and checked (optional: turn-
# taking works without it, and the script says so if it cannot be fetched).
.venv/bin/python scripts/fetch_smart_turn.py
