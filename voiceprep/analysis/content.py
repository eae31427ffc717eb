"""What an answer says: STAR+I structure, red flags, strengths, hedges. Explained findings.

Every finding carries the words that triggered it, so feedback can quote the candidate. The
cue phrases live in content_lexicon.py; this module applies them and then, for wording they were
not written for, a small linear model per red flag and strength trained on the dev part of
bench/content_set.json (rambling stays a rule: it is about length; STAR+I parts stay rules: they
are sentences to quote). A learned finding quotes the words that weighed most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from voiceprep.analysis import content_lexicon as lx
from voiceprep.analysis.linear_labels import LinearLabelModel, score
from voiceprep.analysis.targets import ANSWER_LENGTH
from voiceprep.analysis.text_features import cue_text, text_features

STAR_PARTS = ("situation", "task", "action", "result", "insight")
FLAG_NAMES = ("blame", "vague", "hypothetical", "rambling", "no_evidence", "negativity")
STRENGTH_NAMES = ("numbers", "kpi", "ownership", "empathy", "confirming")
RAMBLING_WORDS = ANSWER_LENGTH.rambling_words  # about 2.5 minutes at 130 wpm
RAMBLING_S = ANSWER_LENGTH.rambling_s  # where the length band turns red
METHODS = ("rules", "combined")
METHOD = "combined"  # chosen on the held-out figures of bench/bench_content.py (bench/README.md)
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
    learned: tuple[str, ...] = ()  # findings the learned model added ("flag.blame", "strength.kpi", ...)
    model_version: str | None = None

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
            learned=tuple(d.get("learned", [])),
            model_version=d.get("model_version"),
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
            "learned": list(self.learned),
            "model_version": self.model_version,
        }


def sentences(text: str) -> list[str]:
    """Split on sentence punctuation (transcripts from Whisper are punctuated)."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip())
    return [p.strip() for p in parts if p.strip()]


# Spoken stories run on: "...so i rang the depot and they found it and she got it the next day",
# with few full stops even where the recogniser writes some. A sentence longer than this is read
# clause by clause, cut before a word that starts a new step of the telling (project's own).
RUN_ON_WORDS = 25
MIN_CLAUSE_WORDS = 4
_CLAUSE_START = re.compile(
    r"(?<=\s)(?=(?:(?:and |but )?(?:so|then|after that|in the end|eventually|since then|now)\b"
    r"|(?:and|but) (?:i|we|he|she|they|it|the|that|this|my|our|his|her|their)\b|(?:um|uh|erm)\b))",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:(?:and|but|um|uh|erm|like|you know)[,]?\s+)+", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """Sentences, with each run-on sentence cut into its clauses (see RUN_ON_WORDS); a clause
    loses the "and"/"um" that joined it on ("so i rang..." keeps its "so": it tells a step)."""
    out: list[str] = []
    for sent in sentences(text):
        if len(sent.split()) <= RUN_ON_WORDS:
            out.append(sent)
            continue
        pieces: list[str] = []
        carry = ""  # a bare "and " or "um " goes with what follows it
        for piece in _CLAUSE_START.split(sent):
            piece, carry = carry + piece, ""
            if not _LEADING.sub("", piece).strip():
                carry = piece
            elif pieces and min(len(_LEADING.sub("", x).split()) for x in (piece, pieces[-1])) < MIN_CLAUSE_WORDS:
                pieces[-1] += piece  # too short to stand alone: "um i", "so yeah"
            else:
                pieces.append(piece)
        if carry:
            pieces.append(carry)
        out += [c for c in (_LEADING.sub("", p).strip() for p in pieces) if c]
    return out


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


def _opens_a_scene(low: str) -> bool:
    """A first sentence told in the past tense that is not a habit, a plan or a stock claim."""
    claim = low.startswith("i ") and (_first(lx.GENERIC, low) or _first(lx.CLAIMS, low))
    return re.search(lx.PAST_VERB, low) is not None and re.search(lx.NOT_A_SCENE, low) is None and not claim


def question_kind(question: str) -> str:
    """past (asks for a lived example), plan ("how would you...") or other (opinion, no question)."""
    if asks_for_past_example(question):
        return "past"
    if question and re.search(r"\bwould you\b|\bhow do you\b|\bwhat do you\b", question.lower()):
        return "plan"
    return "other"


def content_context(question: str) -> tuple[str, ...]:
    """Whole-answer facts the learned labels see besides the words: the kind of question."""
    return (f"question_{question_kind(question)}",)


def star_parts(sents: list[str], *, plan_question: bool = False, past_question: bool = False) -> dict[str, list[str]]:
    """Which sentences carry which STAR+I part (a sentence can carry several).

    For a question that asks for a plan ("how would you..."), "I would check..." is an action.
    For a question that asks for a past example, a first sentence in the past tense sets the scene.
    """
    action = lx.ACTION + (lx.PLANNED_ACTION if plan_question else [])
    cues = {"situation": lx.SITUATION, "task": lx.TASK, "action": action, "result": lx.RESULT, "insight": lx.INSIGHT}
    found: dict[str, list[str]] = {p: [] for p in STAR_PARTS}
    acted = False
    for i, s in enumerate(sents):
        low = cue_text(s)
        hits = {part for part, pats in cues.items() if _first(pats, low)}
        if re.search(lx.CONDITIONAL, low):  # what would happen, not what happened
            hits -= {"situation", "result"} if plan_question else {"situation", "action", "result"}
        if "action" in hits and _first(lx.GENERIC, low) and len(low.split()) < 25:
            hits.discard("action")  # "I helped her and it was fine" is not a step anyone can picture
        if past_question and i == 0 and _opens_a_scene(low):
            hits.add("situation")
        if "action" in hits:  # an action sentence that ends on what changed: "...and the complaints stopped."
            tail = re.search(lx.RESULT_CLAUSE, low) if "result" not in hits and i > 0 else None
            told_after = tail is not None and re.search(lx.RESULT_CLAUSE_VERB, tail.group(1)) is not None
        else:  # a later sentence about someone else, after the candidate's actions
            told_after = acted and re.search(lx.RESULT_AFTER_ACTION, low) is not None
        acted = acted or "action" in hits
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
        if told_after:
            hits.add("result")  # how it ended, told after the candidate's actions
        for part in hits:
            found[part].append(s)
    return found


def analyze_content(text: str, question: str = "", *, duration_s: float | None = None, method: str = METHOD,
                    model: LinearLabelModel | None = None) -> ContentFindings:
    """Findings for one answer (transcript text) to `question`: the rules, then (method "combined")
    what the learned labels add."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}")
    rules = _rule_findings(text, question, duration_s)
    if method == "rules":
        return rules
    if model is None:
        from voiceprep.label_models import shipped_model  # reads package data once

        model = shipped_model("content")
    return add_learned(rules, text, question, model)


def add_learned(rules: ContentFindings, text: str, question: str, model: LinearLabelModel) -> ContentFindings:
    """The rule findings plus every learned label the rules did not find, each with its evidence."""
    context = content_context(question)
    feats = text_features(text, context)
    flags, strengths, learned = list(rules.flags), list(rules.strengths), []
    skip = {f"flag.{f.name}" for f in flags} | {f"strength.{x.name}" for x in strengths} | _ruled_out(cue_text(text))
    for name, label in model.labels.items():
        kind, part = name.split(".", 1)
        if name in skip or kind not in ("flag", "strength"):
            continue
        s = score(label, feats, text)
        if s.fired and s.words:
            learned.append(name)
            (flags if kind == "flag" else strengths).append(Finding(part, " ".join(s.words)))
    return replace(rules, flags=tuple(flags), strengths=tuple(strengths), learned=tuple(learned), model_version=model.version)


def _ruled_out(low: str) -> set[str]:
    """Learned findings the definitions rule out for this answer, whatever its words weigh: blame
    for another party's error the candidate then owned, a hypothetical answer with no would /
    usually / if anywhere (a real instance, however short: "I just helped him."), numbers with no
    number."""
    out = set()
    if re.search(lx.BLAME_OWNED, low):
        out.add("flag.blame")
    if not _first(lx.HYPOTHETICAL, low):
        out.add("flag.hypothetical")
    if not re.search(lx.ANY_NUMBER, low):
        out.add("strength.numbers")
    return out


def _rule_findings(text: str, question: str, duration_s: float | None) -> ContentFindings:
    """Findings of the cue-phrase rules alone."""
    sents = clauses(text)
    low = cue_text(text)
    words = re.findall(r"[a-z0-9']+", low)
    n_words = len(words)
    kind = question_kind(question)
    wants_past, plan_question = kind == "past", kind == "plan"
    parts = star_parts(sents, plan_question=plan_question, past_question=wants_past)
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
    if hit and not re.search(lx.BLAME_OWNED, low):
        flags.append(Finding("blame", hit))
    hit = _first(lx.NEGATIVITY, low)
    if hit:
        flags.append(Finding("negativity", hit))
    past_actions = len(parts["action"])
    if wants_past:
        hyp = _all(lx.HYPOTHETICAL, low)
        if hyp and past_actions < 2 and not star["situation"] or (hyp and past_actions == 0):
            flags.append(Finding("hypothetical", hyp[0]))
    generic = _all(lx.GENERIC, low)
    specific = "numbers" in has or "confirming" in has or ("kpi" in has and star["action"]) or (star["action"] and star["result"])
    hypothetical = next((f.evidence for f in flags if f.name == "hypothetical"), None)
    if hypothetical and (generic or not has & {"numbers", "kpi", "confirming"}):
        # what they would do, with no practice anyone could picture (a named practice is not vague)
        flags.append(Finding("vague", generic[0] if generic else hypothetical))
    elif generic and not specific or (not specific and past_actions == 0 and not star["situation"] and n_words < 60):
        flags.append(Finding("vague", generic[0] if generic else "no concrete detail"))
    elif wants_past and past_actions == 0 and not star["result"]:
        flags.append(Finding("vague", "no action of yours"))
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
            if "vague" not in {f.name for f in flags}:
                flags.append(Finding("vague", f"circles on '{loops[0]}'"))

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
