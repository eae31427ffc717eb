"""A fake conversation engine for script tests: each listen returns the next canned TurnEnd (None
for silence, an exception to raise), what is spoken and recorded is kept, and the clock moves by
a fixed rate per spoken word and by each canned turn's length. Also a matching fake analyzer
whose metrics are computed by the real pure analysis from evenly timed words."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

import numpy as np

from voiceprep.analysis.metrics import speech_metrics
from voiceprep.audio.turns import TurnEnd, TurnSettings
from voiceprep.conversation import Heard, InputsDone
from voiceprep.types import Span, SpeechMetrics, Turn, TurnNotes, Word

SPOKEN_S_PER_WORD = 0.4


@dataclass(frozen=True)
class Said:
    """One canned candidate utterance: its words, how long it ran, and why the detector ended it."""

    text: str
    seconds: float | None = None  # default: at 140 words a minute
    reason: str = "finished"
    start_s: float = 1.0  # first word, from the start of listening
    read_back: bool = True  # the detector read all of it back while it was said
    paused_after: tuple[str, ...] = ()  # what it had said at earlier thinking pauses (the detector judged them)

    def metrics(self) -> SpeechMetrics:
        tokens = self.text.split()
        seconds = self.seconds if self.seconds is not None else len(tokens) * 60 / 140
        step = seconds / len(tokens)
        words = [Word(w, self.start_s + i * step, self.start_s + (i + 0.8) * step) for i, w in enumerate(tokens)]
        return speech_metrics(words, [Span(self.start_s, self.start_s + seconds)], self.start_s + seconds + 1.0)

    def turn_end(self) -> TurnEnd:
        m = self.metrics()
        return TurnEnd(self.reason, self.start_s, self.start_s + m.span_s, m.duration_s, np.zeros(1600, dtype=np.float32), self.text,
                       transcript=self.text if self.read_back else "")


class Ready(list):
    """A reply 'prepared ahead': its sentences, decided at once (conversation.Prepared's interface)."""

    def __init__(self, texts) -> None:
        super().__init__(texts)
        self.first = threading.Event()
        self.first.set()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class FakeAnalyzer:
    """Returns the metrics of the canned utterances in the order the script measures them."""

    def __init__(self) -> None:
        self.queue: list[SpeechMetrics] = []
        self.heard_ahead: list[tuple[int, str]] = []  # (samples, thread) of each answer so far handed over

    def analyze_audio(self, audio: np.ndarray) -> SpeechMetrics:
        return self.queue.pop(0)

    def hear_ahead(self, audio: np.ndarray) -> int:
        import threading

        self.heard_ahead.append((audio.size, threading.current_thread().name))
        return 0


class FakeEngine:
    """Implements conversation.Engine over a list of canned listens."""

    def __init__(self, heard: list[Said | None | BaseException], analyzer: FakeAnalyzer, *,
                 unfinished: tuple[np.ndarray, float] | None = None) -> None:
        self._heard = list(heard)
        self._analyzer = analyzer
        self._unfinished = unfinished
        self.clock_s = 0.0
        self.turns: list[Turn] = []
        self.sid: str | None = None
        self.turn_settings = TurnSettings()
        self.spoken: list[tuple[str, str, str]] = []  # (role, kind, text) in the order spoken
        self.prepared: list[Ready] = []  # replies prepared ahead, in order
        self.interrupt_on: str | None = None  # raise KeyboardInterrupt when asked to speak this kind
        self.listens: list[tuple[float | None, str]] = []  # (limit_s, question_kind)
        self.continued = False
        self.opened: tuple[str, dict] | None = None
        self.closed: tuple[dict, bool] | None = None

    def open(self, mode: str, meta: dict) -> None:
        self.sid, self.opened = "fake-session", (mode, meta)

    def close(self, summary: dict, *, complete: bool) -> None:
        self.closed = (summary, complete)

    def speak(self, kind, texts, *, role="interviewer", decided_wall=None, record=True, watch_s=None, trail=True) -> Turn:
        if kind == self.interrupt_on:
            raise KeyboardInterrupt
        text = " ".join(texts)
        start = self.clock_s
        self.clock_s += SPOKEN_S_PER_WORD * len(text.split())
        if text:
            self.spoken.append((role, kind, text))
        turn = Turn(len(self.turns), role, kind, text, start, self.clock_s, latency_s=0.0 if decided_wall is not None else None,
                    notes=TurnNotes())
        return self.record(turn) if record else turn

    def prepare(self, texts) -> Ready:
        self.prepared.append(Ready(texts))
        return self.prepared[-1]

    def warm(self, texts) -> None:
        self.warmed = list(texts)

    def next_turn(self) -> None:
        if not self._heard:
            raise InputsDone

    def listen(self, limit_s=None, *, question_kind="", on_pause=None, on_resume=None) -> Heard:
        self.listens.append((limit_s, question_kind))
        item = self._heard.pop(0)
        if on_pause is not None and isinstance(item, Said) and item.read_back:
            for i, text in enumerate(item.paused_after):
                on_pause(text, 2.0 * (i + 1))
                if on_resume is not None:  # they spoke on after that pause
                    on_resume(np.zeros(int(16000 * 2.0 * (i + 1)), dtype=np.float32))
            on_pause(item.text, item.metrics().span_s)  # the silence after it was judged before it ended the turn
        if isinstance(item, BaseException):
            raise item
        t0 = self.clock_s
        if item is None:
            self.clock_s += limit_s or 0.0
            return Heard(None, t0)
        end = item.turn_end()
        self._analyzer.queue.append(item.metrics())
        self.clock_s += end.decided_at_s
        return Heard(end, t0, 0.0)

    def record(self, turn: Turn, audio=None) -> Turn:
        turn = replace(turn, index=len(self.turns))
        self.turns.append(turn)
        return turn

    def unfinished(self):
        if self._unfinished is not None:
            self._analyzer.queue.append(Said("and then I called the customer back").metrics())
        return self._unfinished

    def kinds(self) -> list[str]:
        return [t.kind for t in self.turns]
