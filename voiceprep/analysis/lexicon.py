"""The filler vocabulary in one place: filled pauses and filler words, easy to extend."""

from __future__ import annotations

import re

# Filled pauses: canonical label -> pattern for how Whisper spells it ("Umm", "uhh", "Hmmm", "Erm").
FILLED_PAUSES: dict[str, str] = {
    "uh-huh": r"u+h+-?h+u+h+|m+-?h+m+",
    "um": r"u+h?m+",
    "uh": r"u+h+|eh+",
    "er": r"e+r+m*|e+h+m",
    "hmm": r"h+m+|m+h?m+",
    "ah": r"a+h+",
}

# Filler words and phrases. Each counts only where the rules in fillers.py say it is used as filler.
FILLER_WORDS: tuple[str, ...] = (
    "you know",
    "i mean",
    "sort of",
    "kind of",
    "like",
    "basically",
    "actually",
    "literally",
    "so",
    "well",
    "right",
    "okay so",
)

_FILLED_RE = re.compile(
    r"^(?:" + "|".join(f"(?P<{re.sub(r'[^a-z]', '_', k)}>{v})" for k, v in FILLED_PAUSES.items()) + r")$"
)
_PUNCT = re.compile(r"[^\w'-]+")


def normalise(token: str) -> str:
    """Lower-case a word and strip punctuation ("Umm," -> "umm")."""
    return _PUNCT.sub("", token.lower()).strip("-'")


def filled_pause_label(token: str) -> str | None:
    """The canonical filled-pause label of a token ("Umm," -> "um"), or None for a real word."""
    m = _FILLED_RE.match(normalise(token))
    if not m:
        return None
    name = next(k for k, v in m.groupdict().items() if v)
    return name.replace("_", "-")


_LAUGHTER_RE = re.compile(r"(?:ha)+h?|(?:he){2,}h?|heh")


def is_laughter(token: str) -> bool:
    """Laughter as the recogniser writes it ("Ha ha.", "Hahaha.", "Ha-ha", "hehe"): a sound, not a word."""
    return bool(_LAUGHTER_RE.fullmatch(normalise(token).replace("-", "")))


def ends_sentence(token: str) -> bool:
    """Does a recognised word close its sentence (a full stop, question or exclamation mark)?"""
    return token.rstrip().endswith((".", "?", "!"))


def is_filled_pause(token: str) -> bool:
    return filled_pause_label(token) is not None
