"""What an answer says: STAR+I structure, red flags, strengths, hedges. Rule-based and explained.

Every finding carries the words that triggered it, so feedback can quote the candidate. The
cue phrases live in content_lexicon.py; this module only applies them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from voiceprep.analysis import content_lexicon as lx
from voiceprep.analysis.targets import ANSWER_LENGTH

STAR_PARTS = ("situation", "task", "action", "result", "insight")
FLAG_NAMES = ("blame", "vague", "hypothetical", "rambling", "no_evidence", "negativity")
STRENGTH_NAMES = ("numbers", "kpi", "ownership", "empathy", "confirming")
RAMBLING_WORDS = ANSWER_LENGTH.rambling_words  # about 2.5 minutes at 130 wpm
RAMBLING_S = ANSWER_LENGTH.rambling_s  # where the length band turns red
_STOP = set(
    "a an the and or but so to of in on at for with i me my we our you your he she they them it its "
    "is was were be been am are had have has do did not no that this there then than as by from "
    "if would could should will can just very really what which who when where how about all".split()
)


@dataclass(frozen=True)
class Finding:
    """A named flag or strength and the words that triggered it."""

    name: str
    evidence: str


@dataclass(frozen=True)
class ContentFindings:
    """Everything the coach found in one answer."""

    star: dict[str, bool]
    star_sentences: dict[str, tuple[str, ...]]
    action_result_share: float
    flags: tuple[Finding, ...]
    strengths: tuple[Finding, ...]
    hedges: tuple[str, ...]
    repeated_words: tuple[tuple[str, int], ...]
    word_count: int
    source: str = "rules"
    notes: tuple[str, ...] = field(default_factory=tuple)

    def flag_names(self) -> set[str]:
        return {f.name for f in self.flags}

    def strength_names(self) -> set[str]:
        return {s.name for s in self.strengths}

    @classmethod
    def from_dict(cls, d: dict) -> ContentFindings:
        """The inverse of `to_dict`: findings read back from a stored session."""
        return cls(
            star={p: bool(v) for p, v in d.get("star", {}).items()},
            star_sentences={p: tuple(v) for p, v in d.get("star_sentences", {}).items()},
            action_result_share=d.get("action_result_share", 0.0),
            flags=tuple(Finding(f["name"], f["evidence"]) for f in d.get("flags", [])),
            strengths=tuple(Finding(f["name"], f["evidence"]) for f in d.get("strengths", [])),
            hedges=tuple(d.get("hedges", [])),
            repeated_words=tuple((r["word"], r["count"]) for r in d.get("repeated_words", [])),
            word_count=d.get("word_count", 0),
            source=d.get("source", "rules"),
            notes=tuple(d.get("notes", [])),
        )

    def to_dict(self) -> dict:
        return {
            "star": dict(self.star),
            "star_sentences": {k: list(v) for k, v in self.star_sentences.items()},
            "action_result_share": self.action_result_share,
            "flags": [{"name": f.name, "evidence": f.evidence} for f in self.flags],
            "strengths": [{"name": s.name, "evidence": s.evidence} for s in self.strengths],
            "hedges": list(self.hedges),
            "repeated_words": [{"word": w, "count": n} for w, n in self.repeated_words],
            "word_count": self.word_count,
            "source": self.source,
            "notes": list(self.notes),
        }


def sentences(text: str) -> list[str]:
    """Split on sentence punctuation (transcripts from Whisper are punctuated)."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p.strip() for p in parts if p.strip()]


def _first(patterns: list[str], text: str) -> str | None:
    for p in patterns:
        m = re.search(p, text)
        if m:
            return m.group(0)
    return None


def _all(patterns: list[str], text: str) -> list[str]:
    return [m.group(0) for p in patterns for m in re.finditer(p, text)]


def asks_for_past_example(question: str) -> bool:
    """Behavioural questions ("tell me about a time...") want a lived example, not a plan."""
    return _first(lx.PAST_EXAMPLE_QUESTION, question.lower()) is not None


def star_parts(sents: list[str], *, plan_question: bool = False) -> dict[str, list[str]]:
    """Which sentences carry which STAR+I part (a sentence can carry several).

    For a question that asks for a plan ("how would you..."), "I would check..." is an action.
    """
    action = lx.ACTION + (lx.PLANNED_ACTION if plan_question else [])
    cues = {"situation": lx.SITUATION, "task": lx.TASK, "action": action, "result": lx.RESULT, "insight": lx.INSIGHT}
    found: dict[str, list[str]] = {p: [] for p in STAR_PARTS}
    for i, s in enumerate(sents):
        low = s.lower()
        hits = {part for part, pats in cues.items() if _first(pats, low)}
        # Results and actions come after the scene: situation cues in later action sentences
        # are part of the action, unless the sentence anchors a time ("last month I helped...").
        if "situation" in hits and i > 0 and hits & {"action", "result"}:
            hits.discard("situation")
        if _first(lx.TIME_ANCHORS, low) or (i == 0 and "action" in hits and not plan_question):
            hits.add("situation")
        if "result" in hits and i == 0 and "situation" in hits:
            hits.discard("result")
        if "insight" in hits:
            hits.discard("result")
        for part in hits:
            found[part].append(s)
    return found


def analyze_content(text: str, question: str = "", *, duration_s: float | None = None) -> ContentFindings:
    """Findings for one answer (transcript text) to `question`."""
    sents = sentences(text)
    low = text.lower()
    words = re.findall(r"[a-z0-9']+", low)
    n_words = len(words)
    wants_past = asks_for_past_example(question)
    plan_question = bool(question) and not wants_past and re.search(r"\bwould you\b|\bhow do you\b|\bwhat do you\b", question.lower()) is not None
    parts = star_parts(sents, plan_question=plan_question)
    star = {p: bool(parts[p]) for p in STAR_PARTS}
    ar_sents = {s for p in ("action", "result") for s in parts[p]}
    ar_words = sum(len(re.findall(r"[A-Za-z0-9']+", s)) for s in ar_sents)
    share = round(ar_words / n_words, 2) if n_words else 0.0

    strengths: list[Finding] = []
    for name, pats in (("numbers", lx.NUMBERS), ("kpi", lx.KPI), ("ownership", lx.OWNERSHIP), ("empathy", lx.EMPATHY), ("confirming", lx.CONFIRMING)):
        hit = _first(pats, low)
        if hit:
            strengths.append(Finding(name, hit))
    has = {s.name for s in strengths}

    flags: list[Finding] = []
    hit = _first(lx.BLAME, low)
    if hit:
        flags.append(Finding("blame", hit))
    hit = _first(lx.NEGATIVITY, low)
    if hit:
        flags.append(Finding("negativity", hit))
    past_actions = len(parts["action"])
    if wants_past:
        hyp = _all(lx.HYPOTHETICAL, low)
        if hyp and past_actions < 2 and not star["situation"] or (hyp and past_actions == 0):
            flags.append(Finding("hypothetical", hyp[0]))
        elif not hyp and past_actions == 0 and not star["situation"] and _first(lx.CLAIMS, low):
            flags.append(Finding("hypothetical", "no example given"))
    generic = _all(lx.GENERIC, low)
    specific = bool(has & {"numbers", "kpi"}) or (star["action"] and star["result"])
    if generic and not specific or (not specific and past_actions == 0 and not star["situation"] and n_words < 60):
        flags.append(Finding("vague", generic[0] if generic else "no concrete detail"))
    claim = _first(lx.CLAIMS, low)
    if claim and not (has & {"numbers", "kpi"}) and not star["result"]:
        flags.append(Finding("no_evidence", claim))
    if n_words > RAMBLING_WORDS or (duration_s is not None and duration_s > RAMBLING_S):
        flags.append(Finding("rambling", f"{n_words} words" + (f" in {duration_s:.0f} s" if duration_s else "")))
    else:
        trigrams = Counter(zip(words, words[1:], words[2:]))
        loops = [" ".join(t) for t, c in trigrams.items() if c >= 3 and not set(t) <= _STOP]
        if loops and n_words > 80:
            flags.append(Finding("rambling", f"repeats '{loops[0]}'"))

    hedges = tuple(_all(lx.HEDGES, low))
    counts = Counter(w for w in words if w not in _STOP and len(w) > 2)
    repeated = tuple((w, c) for w, c in counts.most_common(5) if c >= 3)
    return ContentFindings(
        star=star,
        star_sentences={p: tuple(v) for p, v in parts.items() if v},
        action_result_share=share,
        flags=tuple(flags),
        strengths=tuple(strengths),
        hedges=hedges,
        repeated_words=repeated,
        word_count=n_words,
    )
