"""The live path through real sounddevice/PortAudio: a private PulseAudio server gives the
interview a microphone (WAV files played into it) and a speaker (recorded from its monitor).
Also checks that Ctrl-C in the middle of the interview keeps everything said so far."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import wave

import numpy as np
import pytest

from tests.e2e.pulse import PrivatePulse
from tests.helpers import SAMPLES
from voiceprep.store import Store

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture()
def pulse():
    if not PrivatePulse.available():
        if os.environ.get("CI"):
            pytest.fail("pulseaudio is not installed; .ci/run installs it via scripts/setup.sh")
        pytest.skip("pulseaudio not installed")
    with PrivatePulse() as p:
        yield p


def wait_for_line(proc: subprocess.Popen, needle: str, timeout_s: float) -> list[str]:
    lines, deadline = [], time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                break
            continue
        lines.append(line)
        if needle in line:
            return lines
    raise AssertionError(f"{needle!r} not seen; output so far: {''.join(lines)[-2000:]}")


def _ctrl_c_as_in_a_terminal() -> None:
    """Ctrl-C reaches a program in a terminal; a test run started in the background (`cmd &`
    without job control) ignores SIGINT, and its children inherit that, so practice would never
    see the Ctrl-C this test sends."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_live_interview_over_pulseaudio_and_ctrl_c_keeps_the_answer(pulse, tmp_path):
    spoken = tmp_path / "speaker.wav"
    recorder = pulse.record_speaker(spoken)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voiceprep", "practice", "--questions", "2", "--brain", "scripted", "--hold-silences", "0",
         "--seed", "3", "--data-dir", str(tmp_path / "data")],
        env={**pulse.env, "COLUMNS": "200", "PYTHONFAULTHANDLER": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        stdin=subprocess.DEVNULL, preexec_fn=_ctrl_c_as_in_a_terminal)
    try:
        wait_for_line(proc, "listening", timeout_s=120)  # greeting and first question were played
        pulse.play_into_mic(SAMPLES / "01_calm_star.wav").wait(60)
        wait_for_line(proc, "listening", timeout_s=120)  # answer heard, next question asked
        player = pulse.play_into_mic(SAMPLES / "07_long_pauses.wav")
        time.sleep(4.0)  # mid-answer...
        proc.send_signal(signal.SIGINT)  # ...the candidate presses Ctrl-C
        try:
            out, _ = proc.communicate(timeout=120)
        except subprocess.TimeoutExpired:  # a hang: every thread's stack (PYTHONFAULTHANDLER) says where
            proc.send_signal(signal.SIGABRT)
            out, _ = proc.communicate(timeout=30)
            raise AssertionError(f"practice did not stop within 120 s of Ctrl-C; its threads:\n{out[-8000:]}") from None
        player.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
        recorder.terminate()
        recorder.wait(10)

    assert proc.returncode == 0, out
    assert "Everything up to this point is saved" in out
    [summary] = Store.open(tmp_path / "data").list_sessions()
    assert not summary.complete
    session = Store.open(tmp_path / "data").get_session(summary.id)
    answers = [t for t in session.turns if t.role == "candidate"]
    assert "internet" in answers[0].text.lower() and answers[0].metrics.words >= 40
    assert answers[-1].notes.interrupted is True  # the partial second answer was kept
    assert answers[-1].metrics.words >= 3
    with wave.open(str(spoken)) as w:
        audio = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
        rate = w.getframerate()
    loud = np.abs(audio[: audio.size // 2205 * 2205].reshape(-1, 2205)).max(axis=1) > 0.05  # 100 ms blocks
    assert loud.sum() * 0.1 > 8.0, "the interviewer's voice should be on the speaker for several seconds"
    assert rate == 22050


def _answer_with_a_second_part(pulse, tmp_path, *options: str, env: dict[str, str] | None = None):
    """One live practice question answered by an answer whose first part sounds finished, a 1.9 s
    pause, then more (played into the mic once the interviewer listens); the stored session."""
    from voiceprep.audio.io import load_audio, write_wav

    turnset = SAMPLES / "turnset"
    first = load_audio(turnset / "f13.flac")  # a whole view on good service (opinion, 8 s of speech)
    more = load_audio(turnset / "f09.flac")  # "My greatest strength is patience. ..."
    answer = np.concatenate([first[: int(9.0 * 16000)], np.zeros(int(1.9 * 16000), dtype=np.float32), more])
    wav = tmp_path / "answer.wav"
    write_wav(wav, answer)
    proc = subprocess.Popen(
        [sys.executable, "-m", "voiceprep", "practice", "--questions", "1", "--category", "philosophy", "--brain", "scripted",
         "--hold-silences", "0", *options, "--seed", "1", "--max-answer-s", "20", "--data-dir", str(tmp_path / "data")],
        env={**pulse.env, "COLUMNS": "200", **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        stdin=subprocess.DEVNULL)
    try:
        wait_for_line(proc, "listening", timeout_s=120)
        pulse.play_into_mic(wav).wait(60)
        out, _ = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    return Store.open(tmp_path / "data").get_session("latest")


def _the_one_answer_holds_both_parts(session):
    answers = [t for t in session.turns if t.role == "candidate" and t.kind == "answer"]
    assert len(answers) == 1, [(t.kind, t.text) for t in session.turns]
    assert "patience" in answers[0].text.lower() and "service" in answers[0].text.lower()  # both parts, one turn
    # The first part sounds finished, so the turn is taken at the pause (the silence it needs is
    # counted in audio frames, not wall time): the reply must give way for the answer to be whole.
    assert answers[0].notes.recovered_cut_offs >= 1
    return answers[0]


def test_live_reply_gives_way_when_the_candidate_carries_on(pulse, tmp_path):
    """Headset mode over real PortAudio: the acknowledgement stops when the candidate carries on
    after a pause, and the answer is stored as one turn holding both parts."""
    session = _answer_with_a_second_part(pulse, tmp_path, "--barge-in")
    answer = _the_one_answer_holds_both_parts(session)
    assert [t.kind for t in session.turns if t.notes.gave_way] == ["acknowledgement"] * answer.notes.recovered_cut_offs


def _first_candidate_frames(trace) -> str:
    """The gate's trace from 1 s before the first frame it took for the candidate, to 0.5 s after."""
    lines = trace.read_text().splitlines() if trace.exists() else []
    hit = next((i for i, line in enumerate(lines) if "candidate=1" in line), None)
    return "no frame taken for the candidate" if hit is None else "\n".join(lines[max(0, hit - 34) : hit + 17])


def test_with_speakers_the_reply_gives_way_and_its_own_echo_does_not_interrupt_it(pulse, tmp_path):
    """Laptop speakers (the default, no --barge-in): the interviewer's voice comes back into the
    microphone 12 dB down and 40 ms late. The echo gate (audio/echo.py) must not take that voice
    for the candidate (the greeting and question play whole), yet the acknowledgement still gives
    way when the candidate carries on after a pause, and the answer is stored as one turn. Before
    the gate, speakers were half-duplex: the words said over the reply were dropped (`--echo off`)."""
    from voiceprep.audio.io import load_audio
    from voiceprep.audio.vad import speech_spans

    pulse.echo_path(12.0, 40)
    trace = tmp_path / "echo-trace.txt"  # the gate's judgement of every frame, shown if it fires on its own echo
    session = _answer_with_a_second_part(pulse, tmp_path, env={"VOICEPREP_ECHO_TRACE": str(trace)})
    interviewer = [t for t in session.turns if t.role == "interviewer"]
    stopped_by_echo = [t.kind for t in interviewer if t.kind in ("greeting", "question") and t.notes.barged_in]
    if stopped_by_echo:  # the frames in full (pytest shortens a long assertion message; captured output is shown whole)
        print(_first_candidate_frames(trace))
    assert not stopped_by_echo, [(t.kind, t.text, t.notes.barged_in) for t in interviewer]  # its own echo stopped nothing
    answers = [t for t in session.turns if t.role == "candidate" and t.kind == "answer"]
    assert len(answers) == 1, [(t.kind, t.text) for t in session.turns]
    assert "service" in answers[0].text.lower() and answers[0].notes.recovered_cut_offs >= 1
    # Both parts are in the one answer: its speech spans them. (Their words are not asserted: the
    # echo of the reply that overlaps the candidate's first words stays in the recording, and in
    # about 1 run in 3 Whisper then garbles the second part's first sentence; an echo canceller
    # on the recording would be the fix.)
    first = speech_spans(load_audio(SAMPLES / "turnset" / "f13.flac"))[0].start
    more = speech_spans(load_audio(SAMPLES / "turnset" / "f09.flac"))[-1].end
    assert answers[0].metrics.span_s >= (9.0 - first) + 1.9 + more - 1.0
