"""Fetches the Smart Turn v3.2 end-of-turn model (BSD-2) into the environment voiceprep runs in.

The model ships only inside the pipecat-ai wheel, whose ~48 dependencies voiceprep does not need:
`pip download --no-deps` brings the one wheel, this takes the one ONNX file out, checks its
SHA-256 and puts it where voiceprep.models looks. Without it turn-taking still works (words,
timing and answer length). Usage: .venv/bin/python scripts/fetch_smart_turn.py
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from voiceprep.models import (  # noqa: E402
    SMART_TURN_FILE,
    SMART_TURN_MEMBER,
    SMART_TURN_SHA256,
    SMART_TURN_WHEEL,
    smart_turn_folder,
)


def main() -> int:
    dest = smart_turn_folder() / SMART_TURN_FILE
    if dest.is_file() and hashlib.sha256(dest.read_bytes()).hexdigest() == SMART_TURN_SHA256:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                               SMART_TURN_WHEEL, "-d", tmp], capture_output=True, text=True)
        wheels = list(Path(tmp).glob("*.whl"))
        if proc.returncode != 0 or not wheels:
            print(f"could not download {SMART_TURN_WHEEL} ({proc.stderr.strip()[-200:]}); "
                  "turn-taking will use words and timing only", file=sys.stderr)
            return 0
        data = zipfile.ZipFile(wheels[0]).read(SMART_TURN_MEMBER)
    digest = hashlib.sha256(data).hexdigest()
    if digest != SMART_TURN_SHA256:
        print(f"{SMART_TURN_MEMBER} in {SMART_TURN_WHEEL} has SHA-256 {digest}, expected {SMART_TURN_SHA256}: not installed",
              file=sys.stderr)
        return 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp_dest = dest.with_suffix(".partial")
    tmp_dest.write_bytes(data)
    tmp_dest.replace(dest)
    print(f"Smart Turn model installed: {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
