"""A small linear classifier per label over text features, applied in plain Python: the
probability that a label applies and the words that pushed it up. Pure (the weights are passed
in; voiceprep/label_models.py reads them from the shipped JSON)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from voiceprep.analysis.text_features import FEATURES_VERSION, TextFeatures

MODEL_FORMAT = 1
EXPLAIN_WORDS = 4  # at most this many words quoted as the reason for a learned label
# Function words carry weight through the word classes, but quoting them explains nothing.
_NOT_QUOTED = set("a an the and or but so to of in on at for with by from as it its is was were be been this that "
                  "these those there then than if about into over up out just very really".split())


@dataclass(frozen=True)
class LinearLabel:
    """Weights of one label; `threshold` is the probability from which the label is given."""

    bias: float
    threshold: float
    weights: Mapping[str, float]


@dataclass(frozen=True)
class LinearLabelModel:
    """One linear label per name, and what they were trained on."""

    labels: Mapping[str, LinearLabel]
    version: str
    context: str  # which feature set: "call" (utterance) or "content" (answer and question kind)


@dataclass(frozen=True)
class LabelScore:
    """The model's probability for one label and the words that raised it most, in text order."""

    probability: float
    fired: bool
    words: tuple[str, ...]


def feature_scale(feats: TextFeatures) -> float:
    """Each present feature has value 1/sqrt(n) (unit length), as in training."""
    return 1.0 / math.sqrt(max(1, len(feats.sources)))


def score(label: LinearLabel, feats: TextFeatures, text: str) -> LabelScore:
    """Probability of the label and the (up to EXPLAIN_WORDS) words with the largest positive share."""
    scale = feature_scale(feats)
    z = label.bias
    per_word: dict[int, float] = {}
    for name, idx in feats.sources.items():
        w = label.weights.get(name)
        if w is None:
            continue
        z += w * scale
        for i in idx:  # a bigram's weight is shared by its two words
            per_word[i] = per_word.get(i, 0.0) + w * scale / len(idx)
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    quotable = (i for i, c in per_word.items() if c > 0 and feats.words[i] not in _NOT_QUOTED)
    top = sorted(quotable, key=lambda i: -per_word[i])[:EXPLAIN_WORDS]
    words = tuple(text[feats.spans[i][0]:feats.spans[i][1]] for i in sorted(top))
    return LabelScore(round(p, 4), p >= label.threshold, words)


def model_from_dict(data: Mapping, section: str) -> LinearLabelModel:
    """Build a model from the parsed JSON file; ValueError if it is another format or feature set."""
    if data.get("format") != MODEL_FORMAT or data.get("features_version") != FEATURES_VERSION:
        raise ValueError(f"label model format {data.get('format')}/{data.get('features_version')}, "
                         f"expected {MODEL_FORMAT}/{FEATURES_VERSION}: retrain with scripts/train_labels.py")
    labels = {
        name: LinearLabel(float(d["bias"]), float(d["threshold"]), {k: float(v) for k, v in d["weights"].items()})
        for name, d in data[section]["labels"].items()
    }
    return LinearLabelModel(labels, str(data["version"]), section)
