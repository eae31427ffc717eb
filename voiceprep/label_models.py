"""Reads the shipped learned label weights (voiceprep/analysis/data/labels_model.json) once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from voiceprep.analysis.linear_labels import LinearLabelModel, model_from_dict

MODEL_FILE = "labels_model.json"


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(files("voiceprep.analysis").joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=2)
def shipped_model(section: str) -> LinearLabelModel:
    """The learned labels for "call" utterances or "content" answers, as trained by scripts/train_labels.py."""
    return model_from_dict(_data(), section)
