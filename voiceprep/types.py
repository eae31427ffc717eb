"""Typed, frozen dataclasses that cross module boundaries (audio -> words -> metrics)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

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


@dataclass(frozen=True)
class QualityFlag:
    """A reason to trust this answer's figures less (low coverage, clipping, noise, ...)."""

    code: str  # low_coverage | clipping | low_level | noisy | background_voices
    message: str  # one sentence for the user: what was found and what it may affect


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
    voiced_stretches: tuple[VoicedStretch, ...] = ()
    quality: tuple[QualityFlag, ...] = ()

    @property
    def filler_count(self) -> int:
        return len(self.fillers)

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
        }
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
    extra: dict = field(default_factory=dict)  # per-feature data (content findings, call labels)

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
        if self.extra:
            out["extra"] = self.extra
        return out
