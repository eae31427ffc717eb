"""Playback listeners on real recordings mixed through a simulated laptop: the interviewer's
voice (a bundled piper recording) comes back into the mic 12 dB down and 80 ms late; a
candidate (another recording) may start talking over it. Clock simulated, so no timing here
depends on the machine."""

from __future__ import annotations

import numpy as np
import pytest

from tests.echo_mix import FakeClock, Room, Scene, at_level, count_triggers, drive, first_trigger, scene
from tests.helpers import SAMPLES
from voiceprep.audio.echo import AecListener, EchoSettings, GateListener, HeadsetListener, aec_available, listener_for
from voiceprep.audio.frames import FRAME_S, FRAME_SAMPLES
from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.vad import speech_spans
from voiceprep.conversation import BARGE_IN_S
from voiceprep.errors import VoiceprepError

RUN = int(round(BARGE_IN_S / FRAME_S))  # what the engine takes as a barge-in
LAPTOP = Room(-12.0, 0.08, rt60_s=0.25)
HEADSET = Room(-200.0, 0.0)


def _sentences(name: str, start_s: float, seconds: float) -> list[np.ndarray]:
    """Some of a bundled answer as the interviewer's speech, in 3 s "sentences" (16 kHz)."""
    audio = load_audio(SAMPLES / name)[int(start_s * SAMPLE_RATE) : int((start_s + seconds) * SAMPLE_RATE)]
    step = 3 * SAMPLE_RATE
    return [audio[i : i + step] for i in range(0, audio.size, step)]


@pytest.fixture(scope="module")
def playbacks() -> list[list[np.ndarray]]:
    return [_sentences("01_calm_star.wav", 0, 9), _sentences("03_fast_talker.wav", 0, 8), _sentences("11_teamwork.wav", 2, 8)]


@pytest.fixture(scope="module")
def candidate() -> np.ndarray:
    """A different answer from its first word on, at a normal speaking level."""
    audio = load_audio(SAMPLES / "08_angry_customer.wav")
    start = int(speech_spans(audio)[0].start * SAMPLE_RATE)
    return at_level(audio[start : start + 3 * SAMPLE_RATE], -26.0)


def _session(listener, clock, playbacks, room, **kw) -> list[np.ndarray]:
    return [drive(listener, scene(p, SAMPLE_RATE, room, seed=i, **kw), clock, seed=i) for i, p in enumerate(playbacks)]


def test_a_plain_vad_takes_the_echo_for_the_candidate(playbacks):
    """Why the gate exists: the interviewer's own voice from the speakers is speech."""
    clock = FakeClock()
    flags = _session(HeadsetListener(), clock, playbacks[:1], LAPTOP)
    assert count_triggers(flags[0], RUN) >= 1


@pytest.mark.parametrize("mode", ["gate", pytest.param("aec", marks=pytest.mark.skipif(not aec_available(), reason="aec-audio-processing not installed"))])
def test_the_interviewers_own_voice_never_triggers(mode, playbacks):
    clock = FakeClock()
    flags = _session(listener_for(mode, clock=clock), clock, playbacks, LAPTOP)
    assert [count_triggers(f, RUN) for f in flags] == [0, 0, 0]


@pytest.mark.parametrize("mode", ["gate", pytest.param("aec", marks=pytest.mark.skipif(not aec_available(), reason="aec-audio-processing not installed"))])
def test_a_candidate_talking_over_the_playback_triggers_within_a_third_of_a_second(mode, playbacks, candidate):
    clock = FakeClock()
    listener = listener_for(mode, clock=clock)
    _session(listener, clock, playbacks[:2], LAPTOP)  # the room is learned from earlier playbacks
    onset_s = 1.2
    sc = scene(playbacks[2], SAMPLE_RATE, LAPTOP, candidate=candidate, candidate_at_s=onset_s, seed=7)
    flags = drive(listener, sc, clock, stop_after=RUN)
    onset = int(onset_s / FRAME_S)
    assert first_trigger(flags, RUN) is not None and first_trigger(flags, RUN) >= onset  # nothing before the candidate
    delay_s = (first_trigger(flags, RUN) + 1) * FRAME_S - onset_s
    assert delay_s <= BARGE_IN_S + 0.1


def test_an_echo_path_still_settling_when_the_first_playback_begins_is_not_the_candidate(playbacks):
    """Live, an echo path may take a moment to settle (PulseAudio's loopback did: the gate's first
    estimates of the coupling came out 2-3 dB below its later ones, and once the greeting's echo
    was taken for the candidate). Here its first 1.5 s are 10 dB quieter: what the gate learns
    from them must not make the echo at its full level the candidate (it did, 4 times, when the
    coupling estimate could fall at once and only rise slowly)."""
    clock = FakeClock()
    gate = GateListener(clock=clock)
    first, settled_at = playbacks[0], int(1.5 * SAMPLE_RATE)
    quiet = scene(first, SAMPLE_RATE, Room(LAPTOP.coupling_db - 10.0, LAPTOP.delay_s, LAPTOP.rt60_s))
    full = scene(first, SAMPLE_RATE, LAPTOP)
    settling = Scene(full.chunks, full.rate, full.gaps_s, np.concatenate([quiet.mic[:settled_at], full.mic[settled_at:]]))
    flags = [drive(gate, settling, clock)] + _session(gate, clock, playbacks[1:], LAPTOP)
    assert [count_triggers(f, RUN) for f in flags] == [0, 0, 0]


def test_the_gate_finds_the_echo_delay(playbacks):
    clock = FakeClock()
    gate = GateListener(clock=clock)
    _session(gate, clock, playbacks[:2], LAPTOP)
    assert gate.delay_s is not None and abs(gate.delay_s - LAPTOP.delay_s) <= 0.02
    assert np.median(gate.coupling_db) < -5  # learned well below the conservative prior


def test_without_an_echo_path_the_gate_hears_the_candidate_like_a_vad(playbacks, candidate):
    """A headset on 'auto': no echo is ever found, so the gate stops waiting for one."""
    clock = FakeClock()
    gate = GateListener(clock=clock)
    _session(gate, clock, playbacks[:2], HEADSET)
    sc = scene(playbacks[2], SAMPLE_RATE, HEADSET, candidate=candidate, candidate_at_s=1.2, seed=7)
    flags = drive(gate, sc, clock, stop_after=RUN)
    trig = first_trigger(flags, RUN)
    assert trig is not None and int(1.2 / FRAME_S) <= trig <= int((1.2 + BARGE_IN_S + 0.1) / FRAME_S)


def test_reset_keeps_the_room(playbacks):
    clock = FakeClock()
    gate = GateListener(clock=clock)
    _session(gate, clock, playbacks[:2], LAPTOP)
    delay, coupling = gate.delay_s, gate.coupling_db.copy()
    gate.reset()
    assert gate.delay_s == delay and np.array_equal(gate.coupling_db, coupling)


def _ends_in_speech(playbacks) -> list[np.ndarray]:
    """One sentence whose last 0.3 s are voiced (its echo goes on after it has been played)."""
    sentence = playbacks[2][0]
    assert speech_spans(sentence)[-1].end > sentence.size / SAMPLE_RATE - 0.05
    return [sentence]


@pytest.mark.parametrize("mode", ["gate", pytest.param("aec", marks=pytest.mark.skipif(not aec_available(), reason="aec-audio-processing not installed"))])
def test_the_end_of_a_playback_still_echoing_when_the_next_begins_is_not_the_candidate(mode, playbacks):
    """The engine may start the next playback (reset) while the last one's final words still
    come back from the room: what was played is kept, so that echo is still expected."""
    clock = FakeClock()
    listener = listener_for(mode, clock=clock)
    _session(listener, clock, playbacks[:2], LAPTOP)
    sentence = _ends_in_speech(playbacks)
    played_frames = sentence[0].size // FRAME_SAMPLES
    flags = drive(listener, scene(sentence, SAMPLE_RATE, LAPTOP, seed=5), clock, reset_at=played_frames)
    assert int(flags.sum()) == 0, np.flatnonzero(flags) * FRAME_S  # nothing of it taken for the candidate


@pytest.mark.parametrize("late", [None, (10, 0.8)])
def test_echo_over_once_the_mic_was_heard_past_the_echo_of_all_that_was_played(playbacks, late):
    """The engine watches the mic after a playback until `echo_over()`: that is decided on the
    frames' own timeline, so a listening loop that fell 0.8 s behind still drains the whole echo."""
    clock = FakeClock()
    gate = GateListener(clock=clock)
    _session(gate, clock, playbacks[:2], LAPTOP)
    sentence = _ends_in_speech(playbacks)
    over: list[bool] = []
    drive(gate, scene(sentence, SAMPLE_RATE, LAPTOP, seed=5, tail_s=1.0), clock, late=late,
          after_frame=lambda k: over.append(gate.echo_over()))
    first = over.index(True) * FRAME_S  # the mic frame (from the playback's start) after which it is over
    s = gate.settings
    played_s = sentence[0].size / SAMPLE_RATE
    assert played_s + LAPTOP.delay_s + LAPTOP.rt60_s / 2 <= first <= played_s + gate.delay_s + s.delay_tolerance_s + s.tail_s + 0.1
    assert not any(over[: over.index(True)]) and all(over[over.index(True) :])


def test_listener_for_modes():
    assert isinstance(listener_for("headset"), HeadsetListener)
    assert isinstance(listener_for("gate"), GateListener)
    assert isinstance(listener_for("auto"), (GateListener, AecListener))
    with pytest.raises(VoiceprepError):
        listener_for("loud")


def test_settings_are_one_frozen_owner():
    with pytest.raises(AttributeError):
        EchoSettings().margin_db = 3.0  # type: ignore[misc]


def test_the_gate_traces_each_frame_it_judges_to_a_private_file(playbacks, tmp_path, monkeypatch):
    """$VOICEPREP_ECHO_TRACE: why the gate fired, frame by frame (the e2e test shows it on failure)."""
    trace = tmp_path / "trace.txt"
    monkeypatch.setenv("VOICEPREP_ECHO_TRACE", str(trace))
    clock = FakeClock()
    gate = GateListener(clock=clock)
    flags = drive(gate, scene(playbacks[0][:1], SAMPLE_RATE, LAPTOP, seed=3), clock)
    lines = trace.read_text().splitlines()
    assert len(lines) == flags.size and all("excess_share=" in line and "candidate=" in line for line in lines)
    assert [int(line.split("candidate=")[1][0]) for line in lines] == [int(f) for f in flags]
    assert trace.stat().st_mode & 0o777 == 0o600


def test_after_a_barge_in_the_next_playback_is_not_queued_behind_the_unplayed_rest(playbacks, candidate):
    """A playback stopped by the candidate leaves audio handed over but never played: the next
    playback starts now, and its echo is still recognised as echo."""
    clock = FakeClock()
    gate = GateListener(clock=clock)
    _session(gate, clock, playbacks[:2], LAPTOP)
    stopped = drive(gate, scene(playbacks[2], SAMPLE_RATE, LAPTOP, candidate=candidate, candidate_at_s=1.2, seed=7),
                    clock, stop_after=RUN)
    assert stopped.size < 3.0 / FRAME_S  # stopped within the first sentence, the rest never played
    flags = drive(gate, scene(playbacks[0], SAMPLE_RATE, LAPTOP, seed=8), clock)
    assert count_triggers(flags, RUN) == 0
