"""Checks model files against their recorded SHA-256 before use; a verified file is not rehashed
while its size and modification time stay the same (the result is cached on disk)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from voiceprep.errors import VoiceprepError
from voiceprep.model_hashes import ModelFile

CACHE_NAME = "verified-models.json"
_CHUNK_BYTES = 1 << 20


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK_BYTES):
            h.update(chunk)
    return h.hexdigest()


def verify_files(folder: Path, files: Sequence[ModelFile], *, label: str, fix: str, cache: Path | None = None) -> None:
    """Raise VoiceprepError unless every file in `folder` has its recorded size and SHA-256.

    `cache` is a JSON file remembering files already verified (path -> size, mtime, hash); a
    file whose size or mtime changed since is hashed again. Without a cache every file is hashed.
    """
    seen = _read_cache(cache)
    changed = False
    for f in files:
        path = folder / f.name
        try:
            st = path.stat()
        except OSError:
            raise VoiceprepError(f"{label}: model file {path} is missing", fix) from None
        key = str(path.resolve())
        stamp = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": f.sha256}
        if seen.get(key) == stamp:
            continue
        if st.st_size != f.size_bytes or sha256_of(path) != f.sha256:
            raise VoiceprepError(f"{label}: model file {path} does not match its recorded SHA-256 (damaged or altered)", fix)
        seen[key] = stamp
        changed = True
    if changed and cache is not None:
        _write_cache(cache, seen)


def _read_cache(cache: Path | None) -> dict:
    if cache is None:
        return {}
    try:
        data = json.loads(cache.read_text())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_cache(cache: Path, seen: dict) -> None:
    """Atomic replace; a cache that cannot be written only costs a rehash next time."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".verified-")
        with os.fdopen(fd, "w") as out:
            json.dump(seen, out)
        os.replace(tmp, cache)
    except OSError:
        pass
