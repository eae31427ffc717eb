"""The interview script: greet, ask each question, measure the answer, decide (follow up, hold a
silence, move on), close. It drives a conversation engine and never touches audio itself."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
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
from voiceprep.screen import NoScreen, Screen
from voiceprep.types import HeldSilence, Turn, TurnNotes

GREETING = ("Hello, and thanks for joining. I'll ask you a few customer service interview questions, "
            "so take your time and answer as you would in the real interview.")
CLOSING = "That's all my questions. Thank you, that was good practice. Your review is ready."
INTERRUPT = "Thank you, let me stop you there so we have time for the next question."
ACKS = ("Thank you.", "Thanks.", "I see.", "Got it.")  # 0.5-0.75 s each: the follow-up comes straight after
PREPARE_WAIT_S = 10.0  # after the acknowledgement, wait at most this long for the follow-up's first words
BACKTRACK = re.compile(r"\b(sorry|i mean|actually|let me rephrase|what i meant|or rather|anyway|to be honest)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PracticeSettings:
    """What the interview does; flags map onto these."""

    hold_silences: int = 1
    hold_range_s: tuple[float, float] = (4.0, 8.0)
    follow_ups_per_question: int = 1
    seed: int | None = None
    turn: TurnSettings = field(default_factory=TurnSettings)
    echo: str = "auto"  # how the mic is watched while the interviewer speaks (audio/echo.py CHOICES; headset: the VAD alone)


class _Ahead:
    """The follow-up prepared during the answer: at each judged silence the answer so far is
    known, so its follow-up is decided and synthesized then; if the candidate goes on, the next
    silence starts a new one. At the end of the turn the one for exactly that answer is taken."""

    def __init__(self, engine: Engine, follow_up: Callable[[str, float], Iterator[str]]) -> None:
        self.engine, self.follow_up = engine, follow_up
        self.text, self.prepared = "", None

    def pause(self, text: str, spoken_s: float) -> None:
        if text == self.text:
            return
        self.drop()
        self.text = text
        self.prepared = self.engine.prepare(self.follow_up(text, spoken_s))

    def take(self, end: TurnEnd):
        """The follow-up to this answer, or None when it was not all read back."""
        if end.transcript and end.transcript != self.text:
            self.pause(end.transcript, max(0.0, end.speech_end_s - end.speech_start_s))
        if not end.transcript:
            self.drop()
            return None
        prepared = self.prepared
        self.text, self.prepared = "", None  # taken: a later answer starts afresh
        return prepared

    def drop(self) -> None:
        if self.prepared is not None:
            self.prepared.cancel()
        self.text, self.prepared = "", None


@dataclass(frozen=True)
class Measuring:
    """An answer being measured in the background (`result()` waits for it)."""

    end: TurnEnd
    future: Future

    def result(self) -> Turn:
        return self.future.result()


@dataclass(frozen=True)
class Answered:
    """An answer as recorded, when it was judged over (wall clock), and the follow-up already
    spoken after it, if any (`follow_up_decided`: the brain was asked early, so None means none)."""

    turn: Turn
    decided: float | None
    follow_up: Turn | None = None
    follow_up_decided: bool = False


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
                 questions: list[Question], say: Callable[[str], None] = lambda s: None, screen: Screen | None = None) -> None:
        self.engine, self.brain, self.analyzer = engine, brain, analyzer
        self.screen = screen or NoScreen()
        self.settings, self.questions, self.say = settings, questions, say
        self.complete = False
        self._rng = random.Random(settings.seed)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voiceprep-measure")
        self._ahead: Future | None = None  # the answer so far, being transcribed while it is spoken
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
            self.engine.warm(ACKS)  # said the moment an answer ends, so synthesized now
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
        self._pool.shutdown(wait=True)
        self.engine.close(self.summary(), complete=self.complete)

    def _ask(self, q: Question, *, hold: bool) -> None:
        asked = self.engine.speak("question", sentences([q.text]))
        answered = self._answer(q, asked, kind="answer", hold=hold)
        if answered is None:
            return
        if hold:
            self._hold_silence(q)
        for n in range(self.settings.follow_ups_per_question):
            asked = answered.follow_up
            if asked is None:
                if answered.follow_up_decided:  # decided while it acknowledged: none needed
                    return
                answer = answered.turn
                ctx = FollowUpContext(q.text, answer.text, answer.metrics, answer.notes.content, follow_ups_so_far=n)
                pieces = list(sentences(self.brain.follow_up(ctx)))
                if not pieces:
                    return
                # latency_s: from the decision that the answer was over to this question's first sample
                asked = self.engine.speak("follow_up", pieces, decided_wall=None if hold else answered.decided)
            hold = False
            answered = self._answer(q, asked, kind="follow_up_answer", question_text=asked.text, follow_ups_so_far=n + 1)
            if answered is None:
                return

    def _answer(self, q: Question, asked: Turn, *, kind: str, question_text: str | None = None,
                hold: bool = False, follow_ups_so_far: int = 0) -> Answered | None:
        """Listen, then reply at once: an acknowledgement (said ahead of time) and, straight after
        it, the follow-up, decided from the words read back while the candidate spoke and
        synthesized while the acknowledgement plays. The full measurement of the answer runs
        meanwhile, off the reply's path, and the answer is recorded when it is done.

        If the candidate carries on within RECOVER_S of the reply's start, the reply stops and the
        answer goes on as one turn (a recovered cut-off); the stopped reply is kept. When a silence
        is to be held, or the read-back is not whole, the follow-up waits for the full measurement.
        Stopped (Ctrl-C, a lost microphone) while replying, the answer is still measured and kept.
        """
        self.engine.next_turn()
        continues = self.engine.continued
        ahead = _Ahead(self.engine, lambda text, spoken_s: self._early_follow_up(q, text, spoken_s, question_text, follow_ups_so_far))
        on_pause = ahead.pause if follow_ups_so_far < self.settings.follow_ups_per_question and not hold else None
        heard = self.engine.listen(limit_s=self.settings.turn.max_turn_s, question_kind=q.kind, on_pause=on_pause,
                                   on_resume=self._hear_ahead)
        if heard.end is None:
            ahead.drop()
            self.say("No answer heard; moving on.")
            return None
        recovered, replies, measuring = 0, [], None
        follow_up, decided_early, listening = None, False, False

        def keep() -> Turn:
            """Record the answer (measured by now), then the replies spoken after it."""
            end = heard.end
            assert end is not None
            done = measuring if measuring is not None and measuring.end is end else self._measure(end, heard.start_s, q, kind, question_text)
            turn = done.result()
            turn = replace(turn, notes=replace(turn.notes, recovered_cut_offs=recovered, continues_answer=continues))
            return self.engine.record(turn, end.audio)

        try:
            while True:
                end = heard.end
                assert end is not None  # the detector already holds speech: it ends the turn
                if end.reason == "too_long":
                    replies = [self.engine.speak("interruption", [INTERRUPT], decided_wall=heard.decided_wall, record=False)]
                    break
                if hold:
                    break
                prepared = ahead.take(end) if on_pause is not None else None
                try:
                    replies = [self.engine.speak("acknowledgement", [self._rng.choice(ACKS)], decided_wall=heard.decided_wall,
                                                 record=False, watch_s=RECOVER_S, trail=prepared is None)]
                    gave_way = replies[0].notes.gave_way
                    if prepared is not None and not gave_way:
                        prepared.first.wait(PREPARE_WAIT_S)  # the follow-up's first words are the priority...
                        measuring = self._measure(end, heard.start_s, q, kind, question_text)  # ...then measure as it plays
                        said = self.engine.speak("follow_up", prepared, decided_wall=heard.decided_wall, record=False,
                                                 watch_s=RECOVER_S)  # the acknowledgement's watch goes on
                        gave_way = said.notes.gave_way
                        if said.text:
                            replies.append(said)
                finally:
                    if prepared is not None:
                        prepared.cancel()
                if not gave_way:
                    follow_up, decided_early = (replies[1] if len(replies) > 1 else None), prepared is not None
                    break
                recovered += 1
                for reply in replies:  # they were said: kept, in order, before the answer they interrupted
                    self.engine.record(replace(reply, notes=replace(reply.notes, gave_way=True)))
                replies, listening = [], True  # the detector holds the answer so far (see _save_partial)
                heard = self.engine.listen(limit_s=self.settings.turn.max_turn_s, question_kind=q.kind, on_pause=on_pause,
                                           on_resume=self._hear_ahead)
                listening = False
        except (KeyboardInterrupt, VoiceprepError):  # stopped while replying: the answer is kept
            ahead.drop()
            if not listening:
                keep()
                for reply in replies:  # what was said before the stop
                    self.engine.record(reply)
            raise
        turn = keep()
        if turn.metrics is not None:
            self.screen.feedback(turn.metrics)
        recorded = [self.engine.record(r) for r in replies]  # spoken first, recorded after the answer they follow
        return Answered(turn, heard.decided_wall, recorded[-1] if follow_up is not None else None, decided_early)

    def _hear_ahead(self, audio) -> None:
        """The candidate spoke on after a pause (or has talked 10 s more): transcribe what of the
        answer so far is final, in the background (the measuring thread, so the answer's own
        measurement follows it and finds it done). One at a time: a hand-over while it runs is
        skipped; the next one catches up."""
        if self._ahead is None or self._ahead.done():
            self._ahead = self._pool.submit(self.analyzer.hear_ahead, audio)

    def _measure(self, end: TurnEnd, listen_start: float, q: Question, kind: str, question_text: str | None) -> Measuring:
        """The full measurement of an answer, started in the background."""
        return Measuring(end, self._pool.submit(self._analyse, end, listen_start, q, kind, question_text))

    def _early_follow_up(self, q: Question, text: str, spoken_s: float, question_text: str | None, n: int) -> Iterator[str]:
        """The follow-up to the answer as read back while it was spoken (the full measurement
        comes later): lazy, so the brain runs in the thread that synthesizes its words."""
        question = question_text or q.text
        content = analyze_content(text, question, duration_s=spoken_s)
        ctx = FollowUpContext(question, text, None, content, follow_ups_so_far=n, spoken_s=spoken_s)
        yield from sentences(self.brain.follow_up(ctx))

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
                    questions: list[Question], say: Callable[[str], None] = lambda s: None, keys=None,
                    screen: Screen | None = None) -> Interview:
    """An interview over the real engine: the edges the command opened, the settings its flags gave,
    and the Smart Turn model when set-up fetched it."""
    from voiceprep.models import resolve_smart_turn

    model = resolve_smart_turn()
    prosody = None
    if model is not None:
        from voiceprep.speech.smart_turn import SmartTurn

        prosody = SmartTurn(model).load().complete_probability
    analyzer.transcriber.load_reader()  # the turn detector's read-backs: loaded now, not at the first pause
    engine = Conversation(source=source, sink=sink, voice=voice, store=store, turn=settings.turn, echo=settings.echo,
                          read_back=analyzer.transcriber.read_back, prosody=prosody, keys=keys, say=say, screen=screen)
    return Interview(engine, brain=brain, analyzer=analyzer, settings=settings, questions=questions, say=say, screen=screen)
