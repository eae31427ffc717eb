"""Labels for one agent utterance in a contact-centre call: empathy, confirmation, signposting,
blame, the 3C steps (calm, clarify, create options), ownership and close. Every label carries
the words that triggered it.

Two halves: cue-phrase rules (call_rules.py) and, for wording the rules were not written for, a
small linear model per label trained on the dev part of bench/call_labels_set.json. A label is
given when either finds it; a learned label quotes the words that weighed most.
"""

from __future__ import annotations

from dataclasses import dataclass

from voiceprep.analysis.call_rules import POLICY_RECITAL, policy_recital, read_utterance
from voiceprep.analysis.linear_labels import LinearLabelModel, score
from voiceprep.analysis.text_features import text_features

LABELS = ("empathy", "confirmation", "signpost", "blame", "calm", "clarify", "create_options", "ownership", "close")
METHODS = ("rules", "combined")
METHOD = "combined"  # chosen on the held-out figures of bench/bench_call.py (bench/README.md)
__all__ = ["LABELS", "METHOD", "METHODS", "POLICY_RECITAL", "CallLabel", "label_call_utterance", "policy_recital"]


@dataclass(frozen=True)
class CallLabel:
    name: str
    evidence: str
    source: str = "rules"  # or "learned"


def label_call_utterance(text: str, *, method: str = METHOD, model: LinearLabelModel | None = None) -> list[CallLabel]:
    """Labels found in one agent utterance, in LABELS order, each with its trigger words."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    reading = read_utterance(text)
    found = {name: CallLabel(name, ev) for name, ev in reading.found.items()}
    if method == "combined":
        if model is None:
            from voiceprep.label_models import shipped_model  # reads package data once

            model = shipped_model("call")
        feats = text_features(text)
        for name in LABELS:
            if name not in found and name not in reading.ruled_out and name in model.labels:
                s = score(model.labels[name], feats, text)
                if s.fired and s.words:
                    found[name] = CallLabel(name, " ".join(s.words), "learned")
    return [found[name] for name in LABELS if name in found]
