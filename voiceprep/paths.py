"""Where voiceprep keeps its data (--data-dir, $VOICEPREP_DATA_DIR, the user data dir) and its model cache."""

from __future__ import annotations

import os
from pathlib import Path

from voiceprep.errors import VoiceprepError


def data_dir(override: str | Path | None = None) -> Path:
    """The data folder (not created here)."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("VOICEPREP_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("voiceprep", appauthor=False))


def cache_dir() -> Path:
    """The model cache ($VOICEPREP_CACHE_DIR, else the user cache dir; not created here)."""
    env = os.environ.get("VOICEPREP_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("voiceprep", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user only; say clearly when that fails."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)
        probe = path / ".write-test"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise VoiceprepError(
            f"cannot write to the data folder {path} ({exc.strerror or exc.__class__.__name__})",
            "pass --data-dir DIR or set VOICEPREP_DATA_DIR to a folder you can write to",
        ) from exc
    return path
