"""Word and character n-gram features of a short text, each tied to the words it came from, so a
linear model over them can say which words made it decide. Pure; shared by training and run time."""

from __future__ import annotations

import re
from dataclasses import dataclass

FEATURES_VERSION = 1  # bump when the features change: a model trained on other features is refused
CHAR_NGRAMS = (3, 4, 5)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class TextFeatures:
    """The words of a text and, for each feature name, the indices of the words it came from."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character span of each word in the text
    sources: dict[str, tuple[int, ...]]


def normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def text_features(text: str, context: tuple[str, ...] = (), *, words: bool = True, chars: bool = True) -> TextFeatures:
    """Unigrams (w:), bigrams (b:), in-word character n-grams (c:) and context flags (x:).

    Context flags are whole-text facts the caller knows (for example the kind of question asked);
    they have no source words. A leading and trailing token mark the start and end of the text.
    """
    low = normalise(text)
    matches = list(_TOKEN.finditer(low))
    toks = tuple(m.group(0) for m in matches)
    spans = tuple(m.span() for m in matches)
    src: dict[str, set[int]] = {}

    def add(name: str, idx: tuple[int, ...]) -> None:
        src.setdefault(name, set()).update(idx)

    if words:
        padded = ("<s>", *toks, "</s>")
        for i, tok in enumerate(toks):
            add(f"w:{tok}", (i,))
        for i in range(len(padded) - 1):
            idx = tuple(j - 1 for j in (i, i + 1) if 0 < j <= len(toks))
            add(f"b:{padded[i]} {padded[i + 1]}", idx)
        if low.rstrip().endswith("?"):
            add("x:ends_with_question", ())
    if chars:
        for i, tok in enumerate(toks):
            w = f" {tok} "
            for n in CHAR_NGRAMS:
                for k in range(max(1, len(w) - n + 1)):
                    add(f"c:{w[k:k + n]}", (i,))
    for flag in context:
        add(f"x:{flag}", ())
    return TextFeatures(toks, spans, {k: tuple(sorted(v)) for k, v in src.items()})
