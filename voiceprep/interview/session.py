"""The interview script: greet, ask each question, measure the answer, decide (follow up, hold a
silence, move on), close. It drives a conversation engine and never touches audio itself."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from voiceprep.analysis.content import analyze_content
from voiceprep.analysis.targets import HELD_SILENCE
from voiceprep.audio.turns import TurnEnd, TurnSettings
from voiceprep.conversation import (
    RECOVER_S,
    AudioAnalyzer,
    Conversation,
    Engine,
    InputsDone,
)
from voiceprep.errors import VoiceprepError
from voiceprep.interview.bank import Question
from voiceprep.interview.brain import Brain, FollowUpContext, sentences
from voiceprep.types import HeldSilence, Turn, TurnNotes

GREETING = ("Hello, and thanks for joining. I'll ask you a few customer service interview questions, "
            "so take your time and answer as you would in the real interview.")
CLOSING = "That's all my questions. Thank you, that was good practice. Your review is ready."
INTERRUPT = "Thank you, let me stop you there so we have time for the next question."
ACKS = ("Thank you.", "Okay, thanks.", "I see.", "Right, thank you.")
BACKTRACK = re.compile(r"\b(sorry|i mean|actually|let me rephrase|what i meant|or rather|anyway|to be honest)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PracticeSettings:
    """What the interview does; flags map onto these."""

    hold_silences: int = 1
    hold_range_s: tuple[float, float] = (4.0, 8.0)
    follow_ups_per_question: int = 1
    seed: int | None = None
    turn: TurnSettings = field(default_factory=TurnSettings)
    barge_in: bool = False


def held_silence_outcome(planned_s: float, resumed_after_s: float | None, text: str, filled_pauses: int) -> HeldSilence:
    """What the candidate did with a deliberate silence: waited, added a concise point, or filled it."""
    if resumed_after_s is None or not text.strip():
        return HeldSilence(planned_s, "waited", None, "")
    words = len(text.split())
    if filled_pauses or BACKTRACK.search(text) or words > HELD_SILENCE.concise_point_max_words:
        return HeldSilence(planned_s, "filled", resumed_after_s, text)
    return HeldSilence(planned_s, "added_point", resumed_after_s, text)


class Interview:
    """One mock interview over an engine; `run()` returns the turns (also stored as they happen)."""

    def __init__(self, engine: Engine, *, brain: Brain, analyzer: AudioAnalyzer, settings: PracticeSettings,
                 questions: list[Question], say: Callable[[str], None] = lambda s: None) -> None:
        self.engine, self.brain, self.analyzer = engine, brain, analyzer
        self.settings, self.questions, self.say = settings, questions, say
        self.complete = False
        self._rng = random.Random(settings.seed)
        n = min(settings.hold_silences, len(questions))
        self.hold_after = set(self._rng.sample(range(len(questions)), n)) if n > 0 else set()

    @property
    def sid(self) -> str | None:
        return self.engine.sid

    @property
    def turns(self) -> list[Turn]:
        return self.engine.turns

    def run(self) -> list[Turn]:
        self.engine.open("interview", {
            "questions": [q.id for q in self.questions], "brain": self.brain.name, "hold_after": sorted(self.hold_after)})
        try:
            self.engine.speak("greeting", [GREETING])
            for i, q in enumerate(self.questions):
                self._ask(q, hold=i in self.hold_after)
        except InputsDone:
            pass  # headless: the answers ran out, which ends the interview normally
        except KeyboardInterrupt:
            self.say("Stopped. Everything up to this point is saved.")
            self._save_partial()
            self._finish()
            return self.turns
        except VoiceprepError:  # e.g. the microphone was unplugged mid-answer
            self._save_partial()
            self._finish()
            raise
        self.engine.speak("closing", [CLOSING])
        self.complete = True
        self._finish()
        return self.turns

    def _finish(self) -> None:
        self.engine.close(self.summary(), complete=self.complete)

    def _ask(self, q: Question, *, hold: bool) -> None:
        asked = self.engine.speak("question", sentences([q.text]))
        answered = self._answer(q, asked, kind="answer", hold=hold)
        if answered is None:
            return
        answer, decided = answered
        if hold:
            self._hold_silence(q)
        for n in range(self.settings.follow_ups_per_question):
            ctx = FollowUpContext(q.text, answer.text, answer.metrics, answer.notes.content, follow_ups_so_far=n)
            pieces = list(sentences(self.brain.follow_up(ctx)))
            if not pieces:
                break
            # latency_s: from the decision that the answer was over to this question's first sample
            asked = self.engine.speak("follow_up", pieces, decided_wall=None if hold else decided)
            answered = self._answer(q, asked, kind="follow_up_answer", question_text=asked.text)
            if answered is None:
                return
            answer, decided = answered

    def _answer(self, q: Question, asked: Turn, *, kind: str, question_text: str | None = None,
                hold: bool = False) -> tuple[Turn, float | None] | None:
        """Listen, then (unless a silence is to be held) acknowledge at once, then measure.

        If the candidate carries on while the acknowledgement starts, it stops and the answer
        goes on as one turn (a recovered cut-off); the stopped acknowledgement is kept.
        """
        self.engine.next_turn()
        continues = self.engine.continued
        heard = self.engine.listen(limit_s=self.settings.turn.max_turn_s, question_kind=q.kind)
        if heard.end is None:
            self.say("No answer heard; moving on.")
            return None
        reply, recovered = None, 0
        while reply is None:
            if heard.end.reason == "too_long":
                reply = self.engine.speak("interruption", [INTERRUPT], decided_wall=heard.decided_wall, record=False)
            elif hold:
                break
            else:
                reply = self.engine.speak("acknowledgement", [self._rng.choice(ACKS)], decided_wall=heard.decided_wall,
                                          record=False, watch_s=RECOVER_S)
                if reply.notes.gave_way:
                    recovered += 1
                    self.engine.record(reply)
                    reply = None
                    heard = self.engine.listen(limit_s=self.settings.turn.max_turn_s, question_kind=q.kind)
                    assert heard.end is not None  # the detector already holds speech: it ends the turn
        turn = self._analyse(heard.end, heard.start_s, q, kind, question_text)
        turn = replace(turn, notes=replace(turn.notes, recovered_cut_offs=recovered, continues_answer=continues))
        turn = self.engine.record(turn, heard.end.audio)
        if reply is not None:  # spoken first, recorded after the answer it follows
            self.engine.record(reply)
        return turn, heard.decided_wall

    def _analyse(self, end: TurnEnd, listen_start: float, q: Question, kind: str, question_text: str | None) -> Turn:
        metrics = self.analyzer.analyze_audio(end.audio)
        content = analyze_content(metrics.transcript, question_text or q.text, duration_s=metrics.span_s)
        first_word = metrics.first_word_s if metrics.first_word_s is not None else end.speech_start_s
        return Turn(
            0, "candidate", kind, metrics.transcript, listen_start, listen_start + end.decided_at_s,
            metrics=metrics, response_latency_s=round(first_word, 3), question=question_text or q.text,
            notes=TurnNotes(content=content, turn_end=end.reason, question_id=q.id, turn_why=end.why or None),
        )

    def _hold_silence(self, q: Question) -> None:
        planned = round(self._rng.uniform(*self.settings.hold_range_s), 1)
        start = self.engine.clock_s
        heard = self.engine.listen(limit_s=planned, question_kind=q.kind)
        if heard.end is None:
            held = held_silence_outcome(planned, None, "", 0)
            self.engine.record(Turn(0, "interviewer", "held_silence", "", start, self.engine.clock_s, held_silence=held))
            return
        metrics = self.analyzer.analyze_audio(heard.end.audio)
        filled = sum(1 for f in metrics.fillers if f.kind == "filled_pause")
        resumed = round(heard.end.speech_start_s, 2)
        held = held_silence_outcome(planned, resumed, metrics.transcript, filled)
        self.engine.record(Turn(0, "interviewer", "held_silence", "", start, start + resumed, held_silence=held))
        self.engine.record(Turn(0, "candidate", "silence_response", metrics.transcript, start, self.engine.clock_s,
                                metrics=metrics, question=q.text, notes=TurnNotes(during_held_silence=True)), heard.end.audio)

    def _save_partial(self) -> None:
        """Ctrl-C mid-answer: keep what was said so far as an (interrupted) answer."""
        unfinished = self.engine.unfinished()
        if unfinished is None:
            return
        audio, start = unfinished
        metrics = self.analyzer.analyze_audio(audio)
        self.engine.record(Turn(0, "candidate", "answer", metrics.transcript, start, self.engine.clock_s,
                                metrics=metrics, notes=TurnNotes(interrupted=True)), audio)

    def summary(self) -> dict:
        answers = [t for t in self.turns if t.role == "candidate" and t.metrics is not None]
        held = [t.held_silence.outcome for t in self.turns if t.held_silence]
        return {"answers": len(answers), "held_silences": held, "brain": self.brain.name, "complete": self.complete}

    def to_dict(self) -> dict:
        return {"id": self.sid, "mode": "interview", "complete": self.complete, "turns": [t.to_dict() for t in self.turns]}


def build_interview(*, source, sink, voice, brain: Brain, analyzer, store, settings: PracticeSettings,
                    questions: list[Question], say: Callable[[str], None] = lambda s: None, keys=None) -> Interview:
    """An interview over the real engine: the edges the command opened, the settings its flags gave,
    and the Smart Turn model when set-up fetched it."""
    from voiceprep.models import resolve_smart_turn

    model = resolve_smart_turn()
    prosody = None
    if model is not None:
        from voiceprep.speech.smart_turn import SmartTurn

        prosody = SmartTurn(model).complete_probability
    engine = Conversation(source=source, sink=sink, voice=voice, store=store, turn=settings.turn, barge_in=settings.barge_in,
                          read_back=analyzer.transcriber.read_back, prosody=prosody, keys=keys, say=say)
    return Interview(engine, brain=brain, analyzer=analyzer, settings=settings, questions=questions, say=say)
