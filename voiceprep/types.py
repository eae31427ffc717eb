"""Typed, frozen dataclasses that cross module boundaries (audio -> words -> metrics)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: the analysis modules are imported where notes are read back
    from voiceprep.analysis.call_labels import CallLabel
    from voiceprep.analysis.content import ContentFindings

FillerKind = Literal["filled_pause", "filler_word"]


@dataclass(frozen=True)
class Span:
    """A stretch of time in seconds on the session clock (e.g. detected speech)."""

    start: float
    end: float

    @property
    def duration_s(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing; `text` keeps Whisper's punctuation."""

    text: str
    start: float
    end: float
    probability: float = 1.0
    # "stt": decoded by Whisper; "acoustic": recovered from voiced audio no word covered.
    source: str = "stt"


@dataclass(frozen=True)
class Transcript:
    """What the recogniser heard in one stretch of audio."""

    words: tuple[Word, ...]
    duration_s: float
    text: str = ""


@dataclass(frozen=True)
class Filler:
    """A filled pause ("um") or a filler word used as filler ("you know")."""

    text: str
    kind: FillerKind
    start: float
    end: float


@dataclass(frozen=True)
class Pause:
    """A silent interval between speech, measured from the audio."""

    start: float
    end: float

    @property
    def duration_s(self) -> float:
        return round(self.end - self.start, 3)


@dataclass(frozen=True)
class PacePoint:
    """Words per minute in a rolling window centred at `time_s`."""

    time_s: float
    wpm: float


@dataclass(frozen=True)
class FlaggedEnding:
    """A sentence ending flagged by the prosody analysis: where, how much, and its last words.

    `amount` is in the unit of the flag: semitones of rise for a rising ending, decibels of
    drop for a trailing-off ending.
    """

    start: float
    end: float
    amount: float
    text: str = ""

    def to_dict(self, unit: str) -> dict:
        return {"start": round(self.start, 3), "end": round(self.end, 3), unit: round(self.amount, 2), "text": self.text}


@dataclass(frozen=True)
class ContourPoint:
    """One point of the pitch and loudness contour drawn in the report (pitch None = unvoiced)."""

    time_s: float
    pitch_hz: float | None
    loudness_db: float | None


@dataclass(frozen=True)
class Prosody:
    """How the voice sounded in one answer: pitch, loudness, their variety, and flagged endings.

    Pitch figures are None when too little voiced speech was found to measure them. Loudness is
    in dB relative to a full-scale sine (dBFS), so it depends on the microphone's gain; its
    variation does not.
    """

    pitch_median_hz: float | None
    pitch_range_st: float | None  # 5th to 95th percentile of voiced pitch, in semitones
    pitch_sd_st: float | None
    monotone: bool
    monotone_stretches: tuple[Span, ...]
    rising_endings: tuple[FlaggedEnding, ...]
    trailing_off: tuple[FlaggedEnding, ...]
    loudness_db: float | None
    loudness_sd_db: float | None
    rate_variation_pct: float | None  # spread of sentence-by-sentence speaking rate (SD / mean)
    statements: int  # sentence endings checked for rising pitch (questions excluded)
    endings: int  # phrase endings (sentence ends and pauses) checked for trailing off
    voiced_s: float
    contour: tuple[ContourPoint, ...] = ()

    def to_dict(self, *, details: bool = False) -> dict:
        """The `prosody` object of `voiceprep analyze --json` (plus the contour when `details`)."""
        out: dict = {
            "monotone": self.monotone,
            "rising_endings": [e.to_dict("rise_st") for e in self.rising_endings],
            "trailing_off": [e.to_dict("drop_db") for e in self.trailing_off],
            "pitch_median_hz": _r(self.pitch_median_hz, 1),
            "pitch_range_st": _r(self.pitch_range_st, 2),
            "pitch_sd_st": _r(self.pitch_sd_st, 2),
            "loudness_db": _r(self.loudness_db, 1),
            "loudness_sd_db": _r(self.loudness_sd_db, 2),
            "monotone_stretches": [{"start": round(s.start, 3), "end": round(s.end, 3)} for s in self.monotone_stretches],
            "rate_variation_pct": _r(self.rate_variation_pct, 1),
            "statements_checked": self.statements,
            "endings_checked": self.endings,
            "voiced_s": round(self.voiced_s, 2),
        }
        if details:
            out["contour"] = [[p.time_s, p.pitch_hz, p.loudness_db] for p in self.contour]
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Prosody:
        """Inverse of `to_dict(details=True)` (how the store reads it back)."""
        def ending(e: dict, unit: str) -> FlaggedEnding:
            return FlaggedEnding(e["start"], e["end"], e[unit], e.get("text", ""))

        return cls(
            pitch_median_hz=d["pitch_median_hz"], pitch_range_st=d["pitch_range_st"], pitch_sd_st=d["pitch_sd_st"],
            monotone=d["monotone"],
            monotone_stretches=tuple(Span(s["start"], s["end"]) for s in d.get("monotone_stretches", [])),
            rising_endings=tuple(ending(e, "rise_st") for e in d["rising_endings"]),
            trailing_off=tuple(ending(e, "drop_db") for e in d["trailing_off"]),
            loudness_db=d["loudness_db"], loudness_sd_db=d["loudness_sd_db"],
            rate_variation_pct=d.get("rate_variation_pct"), statements=d.get("statements_checked", 0),
            endings=d.get("endings_checked", 0), voiced_s=d.get("voiced_s", 0.0),
            contour=tuple(ContourPoint(t, f, db) for t, f, db in d.get("contour", [])),
        )


def _r(x: float | None, ndigits: int) -> float | None:
    return None if x is None else round(x, ndigits)


@dataclass(frozen=True)
class StretchSound:
    """Measured features of one short stretch of audio; levels relative to the speaker's level."""

    level_db: float  # mean power of the stretch
    peak_db: float  # its loudest 10 ms frame
    flatness: float  # spectral flatness, 0 (tonal, voiced) .. 1 (white noise)
    voicing: float  # strongest normalised autocorrelation at a pitch lag, 0 .. 1
    burst_share: float  # share of its energy in its loudest 30 ms (a click is near 1)


@dataclass(frozen=True)
class VoicedStretch:
    """A stretch the voice detector heard, and what it was taken for, with the evidence.

    `heard_as`: "words", "filled_pause", or a non-speech name: "breath", "click", "cough",
    "background_voice", "noise" (steady, at the noise floor) or "unrecognised" (voiced, but
    neither decodable nor recognisable: possibly lost speech, and counted against coverage).
    """

    start: float
    end: float
    heard_as: str
    evidence: str
    level_db: float | None = None  # relative to the speaker's level


# The figures a quality flag can put in doubt (analysis/quality.py IN_DOUBT): delivery, and the voice's
# ("pitch": pitch variety, range and monotone; the rising and trailing-off endings).
DELIVERY_FIGURES = ("words", "wpm", "fillers", "pauses")
VOICE_FIGURES = ("pitch", "rising_endings", "trailing_off")


@dataclass(frozen=True)
class QualityFlag:
    """A reason to trust this answer's figures less (low coverage, clipping, noise, ...)."""

    code: str  # low_coverage | clipping | low_level | noisy | background_voices | unsure_words
    message: str  # one sentence for the user: what was found and what it may affect
    figures: tuple[str, ...] = ()  # the figures it puts in doubt: words | wpm | fillers | pauses (analysis/quality.py)


@dataclass(frozen=True)
class SpeechMetrics:
    """Delivery metrics of one answer, all times in seconds from the audio's start."""

    duration_s: float
    words: int
    span_s: float
    wpm: float
    articulation_wpm: float
    speaking_time_s: float
    fillers: tuple[Filler, ...]
    pauses: tuple[Pause, ...]
    transcript: str
    word_timeline: tuple[Word, ...] = ()
    speech: tuple[Span, ...] = ()
    pace_over_time: tuple[PacePoint, ...] = ()
    first_word_s: float | None = None
    prosody: Prosody | None = None  # None: not measured (silence, or stored before prosody existed)
    voiced_stretches: tuple[VoicedStretch, ...] = ()
    quality: tuple[QualityFlag, ...] = ()

    @property
    def filler_count(self) -> int:
        return len(self.fillers)

    @property
    def figures_in_doubt(self) -> tuple[str, ...]:
        """The figures some quality flag puts in doubt, delivery then voice, in the order of their names above."""
        doubted = {f for q in self.quality for f in q.figures}
        return tuple(f for f in DELIVERY_FIGURES + VOICE_FIGURES if f in doubted)

    def doubted(self, figure: str) -> bool:
        return figure in self.figures_in_doubt

    @property
    def fillers_per_min(self) -> float:
        minutes = self.span_s / 60.0
        return round(self.filler_count / minutes, 2) if minutes > 0 else 0.0

    @property
    def longest_pause_s(self) -> float:
        return max((p.duration_s for p in self.pauses), default=0.0)

    @property
    def mean_pause_s(self) -> float:
        if not self.pauses:
            return 0.0
        return round(sum(p.duration_s for p in self.pauses) / len(self.pauses), 3)

    def to_dict(self, *, details: bool = False) -> dict:
        """The JSON shape of `voiceprep analyze --json` (plus timelines when `details`)."""
        out: dict = {
            "duration_s": round(self.duration_s, 3),
            "words": self.words,
            "span_s": round(self.span_s, 3),
            "wpm": round(self.wpm, 1),
            "articulation_wpm": round(self.articulation_wpm, 1),
            "speaking_time_s": round(self.speaking_time_s, 3),
            "first_word_s": None if self.first_word_s is None else round(self.first_word_s, 3),
            "fillers": {
                "count": self.filler_count,
                "per_min": self.fillers_per_min,
                "items": [_rounded(asdict(f)) for f in self.fillers],
            },
            "pauses": {
                "count": len(self.pauses),
                "mean_s": self.mean_pause_s,
                "longest_s": self.longest_pause_s,
                "items": [
                    {"start": round(p.start, 3), "end": round(p.end, 3), "duration_s": p.duration_s}
                    for p in self.pauses
                ],
            },
            "transcript": self.transcript,
            "quality": [asdict(q) for q in self.quality],
            # the figures above that some quality flag puts in doubt (added after "quality")
            "figures_in_doubt": list(self.figures_in_doubt),
        }
        # Always present, null when not measured (silence), so readers can rely on the key.
        out["prosody"] = None if self.prosody is None else self.prosody.to_dict(details=details)
        if details:
            out["word_timeline"] = [_rounded(asdict(w)) for w in self.word_timeline]
            out["speech"] = [_rounded(asdict(s)) for s in self.speech]
            out["pace_over_time"] = [_rounded(asdict(p)) for p in self.pace_over_time]
            out["voiced_stretches"] = [_rounded(asdict(v)) for v in self.voiced_stretches]
        return out


def _rounded(d: dict) -> dict:
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in d.items()}


@dataclass(frozen=True)
class AnalysisSettings:
    """Knobs of the speech analysis; defaults are the documented ones."""

    min_pause_s: float = 0.5
    pace_window_s: float = 10.0
    pace_step_s: float = 2.0
    vad_aggressiveness: int = 2


HeldSilenceOutcome = Literal["waited", "added_point", "filled"]


@dataclass(frozen=True)
class HeldSilence:
    """A silence the interviewer held on purpose after an answer, and what the candidate did."""

    duration_s: float  # how long the interviewer planned to stay silent
    outcome: HeldSilenceOutcome
    resumed_after_s: float | None = None  # when the candidate spoke again, from the silence start
    text: str = ""  # what they said during it, if anything


@dataclass(frozen=True)
class TurnNotes:
    """What a session noted on a turn beyond its words and metrics.

    Its one serialised form is the turn's "extra" object (the store's column and every JSON
    output): `to_dict` writes it, `from_dict` reads it back. Keys appear only when set.
    """

    content: ContentFindings | None = None  # an answer's content findings
    turn_end: str | None = None  # why the detector ended the answer: finished | patience | too_long
    question_id: str | None = None  # the bank question an answer responds to
    during_held_silence: bool = False  # spoken while the interviewer held a silence
    interrupted: bool = False  # cut short (Ctrl-C, a failure) and kept as heard
    barged_in: bool = False  # the candidate spoke over this interviewer or customer utterance
    call_labels: tuple[CallLabel, ...] | None = None  # an agent line's call-handling labels
    mood_effects: tuple[str, ...] | None = None  # why that line moved the customer's mood
    mood: float | None = None  # the customer's mood after it (-3 hangs up, +3 delighted)
    turn_why: str | None = None  # the turn policy's reason for the silence it waited ("finished", ...)
    recovered_cut_offs: int = 0  # the interviewer took the turn too early this many times and gave it back
    gave_way: bool = False  # an interviewer reply stopped mid-sentence because the candidate carried on
    talked_over_s: float | None = None  # seconds of the candidate's speech this interviewer utterance spoke over
    continues_answer: bool = False  # the rest of an answer the interviewer talked over (not a new answer)

    def to_dict(self) -> dict:
        out: dict = {}
        if self.content is not None:
            out["content"] = self.content.to_dict()
        if self.turn_end is not None:
            out["turn_end"] = self.turn_end
        if self.question_id is not None:
            out["question_id"] = self.question_id
        for flag in ("during_held_silence", "interrupted", "barged_in"):
            if getattr(self, flag):
                out[flag] = True
        if self.call_labels is not None:
            # "source" only for a learned label: sessions stored before it existed read back unchanged
            out["call_labels"] = [{"name": lb.name, "evidence": lb.evidence, **({"source": lb.source} if lb.source != "rules" else {})}
                                  for lb in self.call_labels]
        if self.mood_effects is not None:
            out["mood_effects"] = list(self.mood_effects)
        if self.mood is not None:
            out["mood"] = self.mood
        if self.turn_why is not None:
            out["turn_why"] = self.turn_why
        if self.recovered_cut_offs:
            out["recovered_cut_offs"] = self.recovered_cut_offs
        for flag in ("gave_way", "continues_answer"):
            if getattr(self, flag):
                out[flag] = True
        if self.talked_over_s is not None:
            out["talked_over_s"] = self.talked_over_s
        return out

    @classmethod
    def from_dict(cls, d: dict) -> TurnNotes:
        """Read back what `to_dict` wrote (stored sessions); unknown keys are ignored."""
        from voiceprep.analysis.call_labels import CallLabel
        from voiceprep.analysis.content import ContentFindings

        labels = d.get("call_labels")
        effects = d.get("mood_effects")
        return cls(
            content=ContentFindings.from_dict(d["content"]) if d.get("content") is not None else None,
            turn_end=d.get("turn_end"),
            question_id=d.get("question_id"),
            during_held_silence=bool(d.get("during_held_silence")),
            interrupted=bool(d.get("interrupted")),
            barged_in=bool(d.get("barged_in")),
            call_labels=None if labels is None else tuple(CallLabel(lb["name"], lb["evidence"], lb.get("source", "rules")) for lb in labels),
            mood_effects=None if effects is None else tuple(effects),
            mood=d.get("mood"),
            turn_why=d.get("turn_why"),
            recovered_cut_offs=int(d.get("recovered_cut_offs", 0)),
            gave_way=bool(d.get("gave_way")),
            talked_over_s=d.get("talked_over_s"),
            continues_answer=bool(d.get("continues_answer")),
        )


@dataclass(frozen=True)
class Turn:
    """One turn of a session: who spoke, when (session clock), what, and how it measured."""

    index: int
    role: Literal["interviewer", "candidate", "customer", "agent"]
    kind: str  # "greeting", "question", "follow_up", "answer", "held_silence", "closing", ...
    text: str
    start: float
    end: float
    metrics: SpeechMetrics | None = None
    latency_s: float | None = None  # interviewer: end-of-turn decision -> first audio sample
    response_latency_s: float | None = None  # candidate: question end -> first word
    held_silence: HeldSilence | None = None
    question: str = ""  # for answers: the question they answer
    audio_path: str | None = None
    notes: TurnNotes = field(default_factory=TurnNotes)  # findings, turn-end reason, call labels, mood

    def to_dict(self) -> dict:
        out: dict = {
            "index": self.index,
            "role": self.role,
            "kind": self.kind,
            "text": self.text,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
        }
        if self.question:
            out["question"] = self.question
        if self.metrics is not None:
            out["metrics"] = self.metrics.to_dict(details=True)
        if self.latency_s is not None:
            out["latency_s"] = round(self.latency_s, 3)
        if self.response_latency_s is not None:
            out["response_latency_s"] = round(self.response_latency_s, 3)
        if self.held_silence is not None:
            out["held_silence"] = _rounded(asdict(self.held_silence))
        if self.audio_path:
            out["audio_path"] = self.audio_path
        extra = self.notes.to_dict()
        if extra:
            out["extra"] = extra
        return out
