"""Where voiceprep keeps its data (--data-dir, $VOICEPREP_DATA_DIR, the user data dir), its model
cache, and how private files and folders are made there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from voiceprep.errors import VoiceprepError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


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


def ensure_private_dir(path: Path, *, check_writable: bool = True) -> Path:
    """Create `path` (and parents) readable by the user only; say clearly when that fails.

    Folders voiceprep creates are 0700. An existing folder keeps its mode: it may be a shared
    folder the user chose (a 1777 /tmp), and what voiceprep puts inside it is private anyway.
    """
    try:
        created = not path.exists()
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        if created:  # mkdir's mode is masked by the umask
            os.chmod(path, PRIVATE_DIR)
        if check_writable:  # a unique probe, so two commands starting at once do not race
            fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=path)
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise VoiceprepError(
            f"cannot write to the data folder {path} ({exc.strerror or exc.__class__.__name__})",
            "pass --data-dir DIR or set VOICEPREP_DATA_DIR to a folder you can write to",
        ) from exc
    return path


def write_private(path: Path, text: str) -> Path:
    """Write a text file only the user can read (reports embed recordings and transcripts)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        os.fchmod(f.fileno(), PRIVATE_FILE)  # an existing file keeps its old mode otherwise
        f.write(text)
    return path
