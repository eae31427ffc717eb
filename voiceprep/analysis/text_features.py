"""Word n-gram and word-class features of a short text, each tied to the words it came from, so a
linear model over them can say which words made it decide. Pure; shared by training and run time.
(Character n-grams were tried and did no better in cross-validation on the dev part.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

FEATURES_VERSION = 2  # bump when the features change: a model trained on other features is refused
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Coarse word classes, so that a pattern learned on one word carries over to its kin ("the courier
# lost it" teaches something about "the pharmacy lost it"). General English, not taken from the sets.
WORD_CLASSES = {
    "THIRD": "courier warehouse postman dispatch billing supplier suppliers manufacturer installer engineer engineers bank "
             "airline customs finance management office team department shift agent colleague system computer app website "
             "update driver council gym hotel restaurant vet pharmacy partners partner company manager boss landlord "
             "carrier depot store shop provider network".split(),
    "FAULT": "fault mistake error wrong mess blame responsible broke broken lost failed forgot messed overbooked cancelled "
             "expired ignored missed".split(),
    "NEG": "not never no nobody didn't don't isn't wasn't won't can't couldn't shouldn't wouldn't nothing none".split(),
    "YOU": "you your you're you've you'd you'll yours yourself".split(),
    "WE": "we our us we're we've we'll ours ourselves".split(),
    "I": "i me my i'm i've i'll i'd myself mine".split(),
    "THEY": "they them their theirs they're he she him her his".split(),
    "FEEL": "frustrating upsetting stressful worrying annoying worried upset annoyed furious angry fed frustrated stressed "
            "exhausting exhausted awful horrible maddening heartbreaking frightening scary rotten disappointed disappointing "
            "hard tough difficult".split(),
    "SORRY": "sorry apologise apologize apologies apology apologised apologized".split(),
    "MODAL": "should must would could might should've must've".split(),
    "WH": "what which when where who how why".split(),
    "TIME": "today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday hour hours minute minutes "
            "day days week weeks month months morning afternoon evening".split(),
    "OPT": "or either option options prefer choice choices choose instead rather alternatively".split(),
    "NUM": "two three four five six seven eight nine ten twenty thirty forty fifty hundred thousand percent".split(),
}
_CLASS_OF = {w: c for c, words in WORD_CLASSES.items() for w in words}


@dataclass(frozen=True)
class TextFeatures:
    """The words of a text and, for each feature name, the indices of the words it came from."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character span of each word in the text
    sources: dict[str, tuple[int, ...]]


# Contractions a transcript may write without the apostrophe ("didnt", "youre"), each unambiguous
# (not "id", "ill", "were", "well", "its", "shed", "wed", "hell": words in their own right).
_BARE = ("didnt doesnt dont isnt wasnt werent arent hasnt havent hadnt cant couldnt shouldnt wouldnt wont mustnt "
         "neednt youre youve youd youll theyre theyve theyd theyll im ive thats whats theres heres wheres whos "
         "shouldve wouldve couldve mustve itll thatll hed weve").split()
CONTRACTIONS = {w: w[:-2] + "'" + w[-2:] if w.endswith(("re", "ve", "ll")) else w[:-1] + "'" + w[-1] for w in _BARE}
CONTRACTIONS.update({"cant": "can't", "wont": "won't", "dont": "don't"})
_BARE_RE = re.compile(r"\b(" + "|".join(sorted(CONTRACTIONS, key=len, reverse=True)) + r")\b")


def restore_apostrophes(low: str) -> str:
    """Lower-case text with its bare contractions spelled as the cue phrases expect ("didnt" -> "didn't")."""
    return _BARE_RE.sub(lambda m: CONTRACTIONS[m.group(1)], low)


def normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def cue_text(text: str) -> str:
    """Text as the cue phrases read it: lower case, straight apostrophes, contractions spelled out."""
    return restore_apostrophes(normalise(text))


def text_features(text: str, context: tuple[str, ...] = ()) -> TextFeatures:
    """Unigrams (w:), bigrams (b:), word-class unigrams, bigrams and skip-bigrams (k:, kk:, k3:;
    digits count as NUM), a final question mark, and context flags (x:).

    Context flags are whole-text facts the caller knows (for example the kind of question asked);
    they have no source words. A leading and trailing token mark the start and end of the text.
    """
    low = normalise(text)
    matches = list(_TOKEN.finditer(low))
    toks = tuple(CONTRACTIONS.get(m.group(0), m.group(0)) for m in matches)
    spans = tuple(m.span() for m in matches)
    src: dict[str, set[int]] = {}

    def add(name: str, idx: tuple[int, ...]) -> None:
        src.setdefault(name, set()).update(idx)

    padded = ("<s>", *toks, "</s>")
    for i, tok in enumerate(toks):
        add(f"w:{tok}", (i,))
    for i in range(len(padded) - 1):
        add(f"b:{padded[i]} {padded[i + 1]}", tuple(j - 1 for j in (i, i + 1) if 0 < j <= len(toks)))
    if low.rstrip().endswith("?"):
        add("x:ends_with_question", ())
    cls = [_CLASS_OF.get(t, "NUM" if t[0].isdigit() else "") for t in toks]
    for i, c in enumerate(cls):
        if c:
            add(f"k:{c}", (i,))
        if i + 1 < len(cls) and (c or cls[i + 1]):
            add(f"kk:{c or '_'} {cls[i + 1] or '_'}", (i, i + 1))
        if i + 2 < len(cls) and c and cls[i + 2]:
            add(f"k3:{c} {cls[i + 2]}", (i, i + 2))
    for flag in context:
        add(f"x:{flag}", ())
    return TextFeatures(toks, spans, {k: tuple(sorted(v)) for k, v in src.items()})
