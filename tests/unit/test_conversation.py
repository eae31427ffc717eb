"""The conversation engine on real recordings through FileSource and WavSink: the clock, speaking,
listening with the turn detector, barge-in, recording to a real store, a turn cut short."""

from __future__ import annotations

import json
import threading
import time
import wave

import numpy as np
import pytest

from tests.helpers import SAMPLES
from voiceprep.audio.frames import FRAME_S
from voiceprep.audio.io import write_wav
from voiceprep.audio.sinks import WavSink
from voiceprep.audio.sources import FileSource
from voiceprep.conversation import Conversation, InputsDone
from voiceprep.speech.tts import SpeechChunk
from voiceprep.store import Store
from voiceprep.types import Turn

SHORT = SAMPLES / "06_short_answer.wav"  # 7 words; speech 0.6-3.61 s in a 4.11 s file
TRUTH = {s["file"]: s for s in json.loads((SAMPLES / "samples.json").read_text())["samples"]}


class ToneVoice:
    """A stand-in for piper: each sentence is a 440 Hz tone, 0.1 s per character."""

    sample_rate = 22050

    def speak(self, text: str):
        n = int(self.sample_rate * 0.1 * len(text))
        yield SpeechChunk((0.3 * np.sin(2 * np.pi * 440 * np.arange(n) / self.sample_rate)).astype(np.float32), self.sample_rate, text)


def wav_seconds(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def engine(tmp_path, files, **kw) -> Conversation:
    return Conversation(source=FileSource(files), sink=WavSink(tmp_path / "out"), voice=ToneVoice(),
                        store=Store.open(tmp_path / "data"), **kw)


def test_speaking_moves_the_clock_by_the_audio_played_and_is_recorded(tmp_path):
    e = engine(tmp_path, [SHORT])
    e.open("interview", {"questions": 1})
    first = e.speak("greeting", ["Hello.", "Ready?"])
    assert first.text == "Hello. Ready?" and first.latency_s is None
    played = wav_seconds(tmp_path / "out" / "001-greeting.wav")
    assert played == pytest.approx(1.2, abs=1e-3) and e.clock_s == pytest.approx(played)
    ack = e.speak("acknowledgement", ["Thank you."], decided_wall=time.perf_counter(), record=False)
    assert ack.latency_s is not None and ack.latency_s >= 0 and len(e.turns) == 1  # measured, not recorded yet
    assert ack.start == pytest.approx(played)
    e.record(ack)
    e.close({"answers": 0}, complete=True)
    stored = Store.open(tmp_path / "data").get_session(e.sid)
    assert [(t.index, t.kind, t.text) for t in stored.turns] == [(0, "greeting", "Hello. Ready?"), (1, "acknowledgement", "Thank you.")]
    assert stored.complete


def test_listening_to_a_real_answer_ends_the_turn_after_it_on_the_session_clock(tmp_path):
    e = engine(tmp_path, [SHORT])
    e.speak("question", ["Why this job?"])
    asked_end = e.clock_s
    e.next_turn()
    heard = e.listen(limit_s=10.0)
    truth = TRUTH[SHORT.name]
    assert heard.end is not None and heard.start_s == asked_end and heard.decided_wall is not None
    assert heard.end.reason == "finished"  # no read-back here: a silence after speech ends the turn
    assert heard.end.speech_start_s == pytest.approx(truth["speech_start"], abs=0.2)
    assert truth["speech_end"] <= heard.end.decided_at_s <= truth["speech_end"] + 1.0
    assert e.clock_s == pytest.approx(asked_end + heard.end.decided_at_s, abs=1e-6)
    assert heard.end.audio.size == pytest.approx(heard.end.decided_at_s * 16000, abs=FRAME_S * 16000)
    with pytest.raises(InputsDone):  # one recording only
        e.next_turn()


def test_silence_returns_nothing_after_the_limit(tmp_path):
    silent = write_wav(tmp_path / "silence.wav", np.zeros(16000, dtype=np.float32))
    e = engine(tmp_path, [silent])
    e.next_turn()
    heard = e.listen(limit_s=3.0)
    assert heard.end is None and heard.decided_wall is None
    assert e.clock_s == pytest.approx(3.0, abs=FRAME_S)


def test_recorded_turns_are_numbered_in_the_order_recorded(tmp_path):
    e = engine(tmp_path, [SHORT])
    e.open("call", {})
    for kind in ("a", "b", "c"):
        e.record(Turn(99, "customer", kind, kind, 0.0, 1.0))
    assert [t.index for t in e.turns] == [0, 1, 2]
    assert [t.kind for t in Store.open(tmp_path / "data").get_session(e.sid).turns] == ["a", "b", "c"]


class _StopsAfter(FileSource):
    """A real recording whose frames stop (as Ctrl-C would) after `n` frames."""

    def __init__(self, paths, n: int) -> None:
        super().__init__(paths)
        self.n = n

    def frames(self):
        for i, f in enumerate(super().frames()):
            if i == self.n:
                raise KeyboardInterrupt
            yield f


def test_a_turn_cut_short_hands_back_what_was_heard(tmp_path):
    e = Conversation(source=_StopsAfter([SHORT], n=80), sink=WavSink(None), voice=ToneVoice(), store=None)
    e.speak("question", ["Why?"])
    e.next_turn()
    with pytest.raises(KeyboardInterrupt):
        e.listen()
    audio, start = e.unfinished()
    assert audio.size == 80 * int(FRAME_S * 16000) and start == pytest.approx(e.clock_s - 80 * FRAME_S)


class _LiveFile(FileSource):
    realtime = True


class _BlockingSink(WavSink):
    """Plays 'live': each write waits until playback is stopped (a barge-in) or 10 s pass."""

    realtime = True

    def __init__(self) -> None:
        super().__init__(None)
        self.stopped = threading.Event()

    def write(self, chunk) -> bool:
        super().write(chunk)
        return not self.stopped.wait(10.0)

    def stop(self) -> None:
        self.stopped.set()


def test_barge_in_stops_playback_and_keeps_the_first_words(tmp_path):
    sink = _BlockingSink()
    e = Conversation(source=_LiveFile([SHORT]), sink=sink, voice=ToneVoice(), store=None, echo="headset")
    e.next_turn()
    turn = e.speak("question", ["Tell me about a time you helped a customer."])
    assert sink.stopped.is_set() and turn.notes.barged_in and turn.to_dict()["extra"] == {"barged_in": True}
    heard = e.listen(limit_s=10.0)
    assert heard.end is not None and heard.end.reason == "finished"
    # The words spoken over the question were handed to the detector: the turn starts before the
    # question ended, and the speech onset 0.6 s into the recording is in it.
    assert heard.start_s < turn.end
    assert heard.end.speech_start_s == pytest.approx(TRUTH[SHORT.name]["speech_start"], abs=0.2)
    assert heard.start_s + heard.end.decided_at_s == pytest.approx(e.clock_s)  # one clock


def _answer_with_pause(tmp_path, pause_s: float):
    """The short sample's speech, a thinking pause, the same speech again, then silence."""
    from voiceprep.audio.io import load_audio

    speech = load_audio(SHORT)[int(0.6 * 16000) : int(3.65 * 16000)]
    gap = np.zeros(int(pause_s * 16000), dtype=np.float32)
    audio = np.concatenate([gap[:8000], speech, gap, speech, np.zeros(4 * 16000, dtype=np.float32)])
    path = tmp_path / f"pause-{pause_s}.wav"
    write_wav(path, audio)
    return path, 0.5 + 3.05 + pause_s + 3.05  # where the whole answer really ends


def test_a_reply_gives_way_when_the_candidate_carries_on_and_the_answer_stays_one_turn(tmp_path):
    from voiceprep.conversation import RECOVER_S

    path, real_end = _answer_with_pause(tmp_path, 1.3)
    e = engine(tmp_path, [path], read_back=lambda a: "That was it.")
    e.next_turn()
    first = e.listen(limit_s=10.0)
    assert first.end is not None and first.end.decided_at_s < real_end - 2.0  # judged over at the pause
    ack = e.speak("acknowledgement", ["Thank you."], decided_wall=time.perf_counter(), record=False, watch_s=RECOVER_S)
    assert ack.notes.gave_way and ack.end - ack.start < 1.0  # stopped mid-sentence (the whole reply lasts 1.0 s)
    heard = e.listen(limit_s=10.0)
    assert heard.start_s == pytest.approx(first.start_s, abs=0.01)  # the same answer, on the same clock
    assert heard.end.speech_end_s == pytest.approx(real_end, abs=0.15)
    assert heard.end.audio.size / 16000 > real_end - 0.1  # nothing of it was dropped
    assert e.habits and e.habits[0] == pytest.approx(1.3, abs=0.2)  # the resumed pause is remembered


def test_speech_the_interviewer_talks_over_is_noted_and_heard_next_not_dropped(tmp_path):
    from voiceprep.conversation import RECOVER_S

    path, real_end = _answer_with_pause(tmp_path, 3.2)
    e = engine(tmp_path, [path, SHORT], read_back=lambda a: "That was it.")
    e.next_turn()
    assert e.listen(limit_s=10.0).end is not None
    ack = e.speak("acknowledgement", ["Thanks."], record=False, watch_s=RECOVER_S)  # 0.7 s, over before they resume
    question = e.speak("question", ["What would you do differently?"])  # 3 s: they resume during it
    # judged at 0.7 s into the 3.2 s pause, watched to 2.2 s; the question starts there and they
    # resume 1.0 s into it: its last 2 s talk over the first 2 s of their 3.05 s of speech
    assert not ack.notes.gave_way and 1.2 <= question.notes.talked_over_s <= 2.1  # voiced frames of those 2 s
    e.next_turn()
    assert e.continued  # the rest of the first answer, not the next file
    rest = e.listen(limit_s=10.0)
    assert rest.end is not None and rest.end.speech_end_s < 3.0


def test_a_short_reply_keeps_watching_for_the_rest_of_the_window(tmp_path):
    from voiceprep.conversation import RECOVER_S

    path, real_end = _answer_with_pause(tmp_path, 1.9)
    e = engine(tmp_path, [path], read_back=lambda a: "That was it.")
    e.next_turn()
    assert e.listen(limit_s=10.0).end is not None  # judged at 0.7 s into the pause
    ack = e.speak("acknowledgement", ["Thanks."], record=False, watch_s=RECOVER_S)  # 0.7 s long; they resume 1.2 s in
    assert ack.notes.gave_way and ack.end - ack.start == pytest.approx(1.2 + 0.24, abs=0.15)
    heard = e.listen(limit_s=10.0)
    assert heard.end.speech_end_s == pytest.approx(real_end, abs=0.15)


class CountingVoice(ToneVoice):
    def __init__(self) -> None:
        self.said: list[str] = []

    def speak(self, text: str):
        self.said.append(text)
        yield from super().speak(text)


def test_lines_said_ahead_are_not_synthesized_again_and_a_prepared_reply_plays_as_given(tmp_path):
    voice = CountingVoice()
    e = Conversation(source=FileSource([SHORT]), sink=WavSink(tmp_path / "out"), voice=voice, store=None)
    e.warm(["Thank you."])
    assert voice.said == ["Thank you."]
    ack = e.speak("acknowledgement", ["Thank you."], decided_wall=time.perf_counter(), record=False)
    assert voice.said == ["Thank you."] and ack.text == "Thank you." and ack.end - ack.start == pytest.approx(1.0, abs=1e-3)
    prepared = e.prepare(iter(["First.", "Second one?"]))
    assert prepared.first.wait(5.0)
    said = e.speak("follow_up", prepared, record=False)
    assert said.text == "First. Second one?" and said.end - said.start == pytest.approx(1.7, abs=1e-3)
    assert voice.said == ["Thank you.", "First.", "Second one?"]
    assert [p.name for p in sorted((tmp_path / "out").iterdir())] == ["001-acknowledgement.wav", "002-follow_up.wav"]


def test_a_reply_followed_at_once_by_another_hands_it_the_rest_of_the_watch(tmp_path):
    from voiceprep.conversation import RECOVER_S

    path, real_end = _answer_with_pause(tmp_path, 1.9)  # they resume 1.2 s after the decision
    e = engine(tmp_path, [path], read_back=lambda a: "That was it.")
    e.next_turn()
    assert e.listen(limit_s=10.0).end is not None
    ack = e.speak("acknowledgement", ["Thanks."], record=False, watch_s=RECOVER_S, trail=False)  # 0.7 s, no silence after
    assert not ack.notes.gave_way and ack.end - ack.start == pytest.approx(0.7, abs=1e-3)
    follow = e.speak("follow_up", ["What happened next?"], record=False, watch_s=RECOVER_S)  # 1.9 s; the window goes on
    assert follow.notes.gave_way and follow.end - follow.start == pytest.approx(1.2 - 0.7 + 0.24, abs=0.15)
    heard = e.listen(limit_s=10.0)
    assert heard.end.speech_end_s == pytest.approx(real_end, abs=0.15)  # the answer went on as one turn


def test_each_judged_pause_hands_over_the_answer_so_far_and_the_end_carries_all_of_it(tmp_path):
    path, real_end = _answer_with_pause(tmp_path, 1.9)
    reads: list[float] = []  # seconds of audio in each read-back

    def read_back(audio):
        reads.append(audio.size / 16000)
        return f"Part {len(reads)}."

    e = engine(tmp_path, [path], read_back=read_back)
    told: list[tuple[str, float]] = []
    e.next_turn()
    first = e.listen(limit_s=10.0, on_pause=lambda text, s: told.append((text, s)))
    # (a silence judged long enough at once ends the turn: its text comes with the end, not a pause)
    assert told and first.end.transcript.startswith(told[-1][0])
    assert first.end.transcript == " ".join(f"Part {i + 1}." for i in range(len(reads)))
    e.speak("acknowledgement", ["Thanks."], record=False, watch_s=1.5)  # gives way: they carry on
    rest = e.listen(limit_s=10.0, on_pause=lambda text, s: told.append((text, s)))
    # Every stretch read once, in order: the whole answer, and each pause told the answer up to it.
    assert rest.end.transcript == " ".join(f"Part {i + 1}." for i in range(len(reads))) and len(reads) >= 3
    assert len(told) >= 2 and all(b[0].startswith(a[0]) and b[1] > a[1] for a, b in zip(told, told[1:]))
    assert rest.end.speech_end_s - rest.end.speech_start_s == pytest.approx(real_end - 0.5, abs=0.2)
    assert sum(reads) == pytest.approx(real_end, abs=0.15)  # from the start of listening, nothing read twice or skipped


def test_speaking_again_after_a_pause_hands_over_the_answer_so_far(tmp_path):
    """The moment the answer so far can be transcribed (issue 11): when the candidate speaks on
    after a pause, with the turn's audio up to then, which the turn's final audio begins with."""
    path, real_end = _answer_with_pause(tmp_path, 1.3)
    e = engine(tmp_path, [path], read_back=lambda a: "so I called her and")  # unfinished: the pause is waited out
    handed: list[np.ndarray] = []
    e.next_turn()
    heard = e.listen(limit_s=10.0, on_resume=handed.append)
    assert heard.end is not None and heard.end.speech_end_s == pytest.approx(real_end, abs=0.15)  # one turn
    at_s = [a.size / 16000 for a in handed]
    assert any(t == pytest.approx(0.5 + 3.05 + 1.3, abs=0.1) for t in at_s)  # the thinking pause
    assert at_s == sorted(set(at_s)) and at_s[-1] < real_end - 2.0  # once per pause; the end's silence is none
    assert all(np.array_equal(heard.end.audio[: a.size], a) for a in handed)  # the turn's own audio so far


def test_a_long_stretch_without_pauses_is_handed_over_every_ten_seconds(tmp_path):
    from voiceprep.audio.io import load_audio
    from voiceprep.conversation import HAND_OVER_EVERY_S

    speech = load_audio(SHORT)[int(0.6 * 16000) : int(3.65 * 16000)]
    gap = np.zeros(int(0.25 * 16000), dtype=np.float32)  # too short to be a pause
    audio = np.concatenate([gap, *([speech, gap] * 7), np.zeros(4 * 16000, dtype=np.float32)])  # ~23 s of talk
    path = tmp_path / "talk.wav"
    write_wav(path, audio)
    e = engine(tmp_path, [path], read_back=lambda a: "and then I")
    handed: list[float] = []
    e.next_turn()
    heard = e.listen(limit_s=10.0, on_resume=lambda a: handed.append(a.size / 16000))
    assert heard.end is not None
    # (the sample holds one pause of its own near its start: a hand-over there, as at any pause)
    spaced = [b - a for a, b in zip(handed, handed[1:])]
    assert len(spaced) >= 2  # ~20 s more of talk without a pause: handed over twice more...
    assert all(s == pytest.approx(HAND_OVER_EVERY_S, abs=0.1) for s in spaced)  # ...as each is due, not more often


def test_a_sound_in_the_pause_before_they_carry_on_does_not_drop_the_answer_so_far(tmp_path):
    """A breath or click in the pause, then the candidate carries on: the frames the reply's watch
    heard are fed back into the answer, and the silence after that sound must not end the answer
    there (it did: the answer so far was dropped and only the last half-second kept)."""
    from voiceprep.audio.io import load_audio
    from voiceprep.conversation import RECOVER_S

    speech = load_audio(SHORT)[int(0.6 * 16000) : int(3.65 * 16000)]
    blip = speech[int(0.4 * 16000) : int(0.49 * 16000)]  # 90 ms of voice: a click or a breath to the VAD
    silent = lambda s: np.zeros(int(s * 16000), dtype=np.float32)  # noqa: E731
    audio = np.concatenate([silent(0.5), speech, silent(0.8), blip, silent(1.0), speech, silent(4.0)])
    path = tmp_path / "blip.wav"
    write_wav(path, audio)
    real_end = 0.5 + 3.05 + 0.8 + 0.09 + 1.0 + 3.05
    e = engine(tmp_path, [path], read_back=lambda a: "That was it.")
    e.next_turn()
    first = e.listen(limit_s=10.0)
    assert first.end is not None and first.end.decided_at_s < 0.5 + 3.05 + 0.8  # judged over before the sound
    ack = e.speak("acknowledgement", ["Thank you."], decided_wall=time.perf_counter(), record=False, watch_s=RECOVER_S)
    assert ack.notes.gave_way
    heard = e.listen(limit_s=10.0)
    # the same answer, on the same clock (within a frame: a reply played to its end moves the clock by
    # its audio, while the recording moved on in whole 30 ms frames)
    assert heard.start_s == pytest.approx(first.start_s, abs=0.031)
    assert heard.end.speech_end_s == pytest.approx(real_end, abs=0.15)
    assert heard.end.audio.size / 16000 > real_end - 0.1  # nothing of it was dropped


class _LiveSink:
    """A realtime sink: each write takes as long as its audio would play; stop() ends playback."""

    realtime = True

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.writes_after_stop = 0
        self.written_s = 0.0

    def begin(self, name, sample_rate):
        self.rate = sample_rate

    def write(self, chunk):
        if self.stopped.is_set():
            self.writes_after_stop += 1
            return False
        time.sleep(chunk.size / self.rate)
        self.written_s += chunk.size / self.rate
        return True

    def end(self):
        return self.written_s

    def stop(self):
        self.stopped.set()

    def close(self):
        pass


class _InterruptedMic:
    """A realtime source of silent frames that raises KeyboardInterrupt (Ctrl-C) after `after_s`."""

    realtime = True
    continued = False

    def __init__(self, after_s: float) -> None:
        self.after = int(after_s / FRAME_S)

    def next_turn(self):
        return True

    def frames(self):
        for _ in range(self.after):
            time.sleep(FRAME_S)
            yield np.zeros(480, dtype=np.int16)
        raise KeyboardInterrupt

    def during(self, seconds):
        return []

    def flush(self):
        pass

    def close(self):
        pass


def test_ctrl_c_during_live_playback_stops_the_player_before_returning():
    """Live playback runs in a thread while the mic is watched: Ctrl-C in the watch must stop the
    player (else the speaker stream is closed under a thread still writing to it)."""
    sink = _LiveSink()
    e = Conversation(source=_InterruptedMic(0.3), sink=sink, voice=ToneVoice(), store=None, echo="headset")
    with pytest.raises(KeyboardInterrupt):
        e.speak("question", ["A question long enough to be talked over, three seconds or more."])
    assert sink.stopped.is_set()
    played = sink.written_s
    time.sleep(0.2)
    assert sink.written_s == played and sink.written_s < 1.0  # nothing played on after the stop


class _InstantLiveSink(WavSink):
    """A realtime sink that takes every block at once (the player thread ends at once)."""

    realtime = True


class _PacedLiveFile(_LiveFile):
    """A live mic reading a file, a frame every 3 ms (the player thread gets to run meanwhile)."""

    def frames(self):
        for frame in super().frames():
            time.sleep(0.003)
            yield frame


class _EchoFor:
    """A playback listener in a room whose echo lasts `frames` mic frames after the playback: it
    never takes what it hears for the candidate."""

    hears_echo = True

    def __init__(self, frames: int) -> None:
        self.frames, self.asked = frames, 0

    def played(self, audio, rate) -> None:
        pass

    def heard(self, frame) -> bool:
        return False

    def reset(self) -> None:
        self.asked = 0

    def echo_over(self) -> bool:  # asked once per frame the engine reads after the playback
        self.asked += 1
        return self.asked > self.frames


def test_after_a_live_playback_its_echo_is_judged_by_the_listener_not_heard_as_the_answer(tmp_path):
    """With speakers, the end of the interviewer's voice still comes back into the mic after the
    last block was handed over (output buffer, room): the mic is watched until the listener says
    that echo is over, so it does not open the candidate's turn."""
    from voiceprep.audio.io import load_audio

    echo = load_audio(SHORT)[int(0.6 * 16000) : int(1.2 * 16000)]  # 0.6 s of speech: the question's last word, echoed
    path = tmp_path / "echo-then-silence.wav"
    write_wav(path, np.concatenate([echo, np.zeros(8 * 16000, dtype=np.float32)]))
    e = Conversation(source=_PacedLiveFile([path]), sink=_InstantLiveSink(None), voice=ToneVoice(), store=None, echo="headset")
    e.listener = _EchoFor(frames=int(0.7 / FRAME_S))
    e.next_turn()
    question = e.speak("question", ["Why this job?"])
    assert not question.notes.barged_in
    heard = e.listen(limit_s=2.0)
    assert heard.end is None and not e.detector.frames  # nothing was said: the echo was not taken for an answer


class _SlowLiveSink(WavSink):
    """A realtime sink that takes 30 ms per 50 ms block: the reply lasts long enough in real time
    for its watch window to pass while it plays."""

    realtime = True

    def write(self, chunk) -> bool:
        time.sleep(0.03 * max(1, round(chunk.size / (self._rate * 0.05))))
        return super().write(chunk)


class _SpeaksOnceItIsOver(_EchoFor):
    """The candidate starts talking the moment the playback has been played out (the engine asks
    `echo_over` only then), while its echo is still being drained."""

    def heard(self, frame) -> bool:
        return self.asked > 0


def test_words_after_a_reply_heard_whole_are_the_next_turn_not_the_answer_carried_on(tmp_path):
    """A reply whose recovery window passed while it played, then words in its echo's drain: the
    candidate is answering the reply (a follow-up question), so it did not give way and the
    detector holds a new turn."""
    from voiceprep.conversation import RECOVER_S

    path = tmp_path / "mic.wav"  # what the mic holds does not matter here: the listener says which frames are the candidate
    write_wav(path, np.zeros(2 * 16000, dtype=np.float32))
    e = Conversation(source=_PacedLiveFile([path]), sink=_SlowLiveSink(None), voice=ToneVoice(), store=None, echo="headset")
    e.listener = _SpeaksOnceItIsOver(frames=int(0.7 / FRAME_S))
    e.next_turn()
    reply = e.speak("follow_up", ["And what did you learn from it?"], record=False, watch_s=RECOVER_S)  # 3.2 s of tone
    assert not reply.notes.gave_way and not reply.notes.barged_in
    assert e.detector.speaking and e.detector.frames  # their words open the next turn
