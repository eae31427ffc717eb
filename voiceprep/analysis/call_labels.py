"""Labels for one agent utterance in a contact-centre call: empathy, confirmation, signposting,
blame, the 3C steps (calm, clarify, create options), ownership and close. Every label carries
the words that triggered it."""

from __future__ import annotations

from dataclasses import dataclass

from voiceprep.analysis.call_rules import POLICY_RECITAL, policy_recital, rule_labels

LABELS = ("empathy", "confirmation", "signpost", "blame", "calm", "clarify", "create_options", "ownership", "close")
__all__ = ["LABELS", "POLICY_RECITAL", "CallLabel", "label_call_utterance", "policy_recital"]


@dataclass(frozen=True)
class CallLabel:
    name: str
    evidence: str


def label_call_utterance(text: str) -> list[CallLabel]:
    """Labels found in one agent utterance, in LABELS order, each with its trigger words."""
    found = rule_labels(text)
    return [CallLabel(name, found[name]) for name in LABELS if name in found]
