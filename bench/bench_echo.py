"""Echo benchmark: can the program watch the mic while the interviewer's voice plays from the
speakers, without that voice (echo) triggering it? (voiceprep.audio.echo)

For each listener mode (headset: webrtcvad alone; gate: level gate against the expected echo;
aec: WebRTC AEC3 when `aec-audio-processing` is installed):
- false triggers per minute of the interviewer's own voice, no candidate speech: a trigger is
  what the engine would take as a barge-in (BARGE_IN_S of consecutive candidate frames);
- detection rate and delay when a candidate (a different, real recording) starts talking over
  the playback 0.5, 1.2 or 2.0 s after it began (the issue's "resumes within 1.5 s"); detected
  means a trigger within DETECT_WITHIN_S of the candidate's first word, with no trigger before it.
  The same rule on the candidate alone, without any echo (headset), is the floor: a candidate
  who opens with a soft "uh" is slow to trigger anything.

Offline: interviewer sentences synthesized with the bundled piper voice, mixed in numpy through
simulated laptops (echo 10-20 dB below what is played, 20-120 ms late, optionally smeared by a
room) with mic noise (tests/echo_mix.py), fed on a simulated clock. Live: the same through a
private PulseAudio server and real PortAudio (tests/e2e/echo_live.py), where the audio stack adds
its own latency (measured and reported).

Split: interviewer questions and candidate recordings are dev or held-out by bench/splits.py's
hash rule on their ids. The listener settings were chosen on dev only; the live runs use
held-out material only. Writes bench/echo.json. Run: .venv/bin/python bench/bench_echo.py [--no-live]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.splits import hashed_split  # noqa: E402
from tests.echo_mix import (FakeClock, Room, active_db, at_level, count_triggers, drive, first_trigger,  # noqa: E402
                            locate, onset_frame, scene)
from voiceprep.audio.echo import EchoSettings, HeadsetListener, aec_available, listener_for  # noqa: E402
from voiceprep.audio.frames import FRAME_S  # noqa: E402
from voiceprep.audio.io import SAMPLE_RATE, load_audio, resample  # noqa: E402
from voiceprep.audio.vad import speech_spans  # noqa: E402
from voiceprep.conversation import BARGE_IN_S  # noqa: E402

REALSPEECH = Path("/work/shared/realspeech")
RUN = int(round(BARGE_IN_S / FRAME_S))  # consecutive candidate frames the engine takes as a barge-in
DETECT_WITHIN_S = 1.5
ONSETS_S = (0.5, 1.2, 2.0)
CANDIDATE_DB = -26.0  # the candidate's level at the mic while speaking (dBFS); the echo's is reported
CANDIDATE_S = 3.0
ROOMS = [Room(c, d) for c in (-10.0, -15.0, -20.0) for d in (0.02, 0.07, 0.12)] + [
    Room(-10.0, 0.07, rt60_s=0.4), Room(-15.0, 0.12, rt60_s=0.3), Room(-20.0, 0.02, rt60_s=0.3)]
WORST_ROOM = Room(-10.0, 0.12)
LEVELS_DB = (-20.0, -26.0, -32.0)
LIVE_ROOMS = [Room(-10.0, 0.02), Room(-15.0, 0.07), Room(-20.0, 0.12)]  # no smear: PulseAudio's loopback


def pct(xs: list[float], q: float) -> float | None:
    if not xs:
        return None
    return round(float(np.percentile(xs, q)), 3)


# ---------------------------------------------------------------- material


def interviewer_lines() -> dict[str, list[tuple[str, list[np.ndarray]]]]:
    """Each bank question as the interviewer says it after an answer, one chunk per sentence."""
    from voiceprep.speech.tts import Voice

    bank = tomllib.loads((ROOT / "voiceprep/prompts/questions.toml").read_text())["question"]
    voice = Voice()
    out: dict[str, list] = {"dev": [], "holdout": []}
    for q in bank:
        chunks = [c.audio for c in voice.speak("Thank you. " + q["text"])]
        out[hashed_split(q["id"])].append((q["id"], chunks))
    return out


def candidate_clips() -> dict[str, list[tuple[str, np.ndarray]]]:
    """The first 3 s from the first word of each real recording (and the bundled answers, the
    interviewer's own voice: the hardest case for anything that tells voices apart)."""
    files = sorted(REALSPEECH.rglob("*.wav")) + sorted(REALSPEECH.rglob("*.flac")) + sorted((ROOT / "audio_samples").glob("*.wav"))
    out: dict[str, list] = {"dev": [], "holdout": []}
    for f in files:
        audio = load_audio(f)
        spans = speech_spans(audio)
        if not spans:
            continue
        start = int(spans[0].start * SAMPLE_RATE)
        clip = audio[start : start + int(CANDIDATE_S * SAMPLE_RATE)]
        out[hashed_split(f.stem)].append((f.stem, at_level(clip, CANDIDATE_DB)))
    return out


# ---------------------------------------------------------------- offline


def echo_only(mode: str, room: Room, lines, settings: EchoSettings) -> dict:
    clock = FakeClock()
    listener = listener_for(mode, settings, clock=clock)
    triggers, seconds, with_trigger, echo_db = 0, 0.0, 0, []
    for i, (_, chunks) in enumerate(lines):
        sc = scene(chunks, 22050, room, seed=i)
        flags = drive(listener, sc, clock, seed=i)
        n = count_triggers(flags, RUN)
        triggers += n
        with_trigger += n > 0
        seconds += flags.size * FRAME_S
        echo_db.append(active_db(sc.mic))
    return {"playbacks": len(lines), "minutes": round(seconds / 60, 2), "false_triggers": triggers,
            "false_triggers_per_min": round(triggers / seconds * 60, 2), "playbacks_with_false_trigger": with_trigger,
            "echo_level_dbfs_median": round(float(np.median(echo_db)), 1)}


def barge_ins(mode: str, room: Room, lines, clips, settings: EchoSettings, *, warm: bool = True,
              level_db: float | None = None) -> dict:
    """Each candidate starts over a playback at each onset; the listener lives on through the
    scenes (warm: it heard two playbacks of the room first), as in a session."""
    clock = FakeClock()
    listener = listener_for(mode, settings, clock=clock)
    if warm:
        for i, (_, chunks) in enumerate(lines[:2]):
            drive(listener, scene(chunks, 22050, room, seed=1000 + i), clock)
    tally = Tally()
    for j, (_, clip) in enumerate(clips):
        voice = clip if level_db is None else at_level(clip, level_db)
        for o in ONSETS_S:
            _, chunks = lines[(j * len(ONSETS_S) + ONSETS_S.index(o)) % len(lines)]
            sc = scene(chunks, 22050, room, candidate=voice, candidate_at_s=o, seed=100 + j)
            tally.add(_outcome(drive(listener, sc, clock, stop_after=RUN, seed=j), o))
    return tally.summary()


def _outcome(flags: np.ndarray, onset_s: float) -> float | str | None:
    k0 = int(onset_s / FRAME_S)
    first = first_trigger(flags, RUN)
    if first is not None and first < k0:
        return "early"
    k = first_trigger(flags, RUN, k0)
    if k is None or (k + 1) * FRAME_S - onset_s > DETECT_WITHIN_S:
        return None
    return round((k + 1) * FRAME_S - onset_s, 3)


class Tally:
    """Outcomes of barge-in scenes: a delay (s), "early" (triggered before the candidate) or None (missed)."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.early = self.missed = self.scenes = 0

    def add(self, outcome: float | str | None) -> None:
        self.scenes += 1
        if outcome == "early":
            self.early += 1
        elif outcome is None:
            self.missed += 1
        else:
            self.delays.append(float(outcome))

    def summary(self) -> dict:
        d, n = self.delays, self.scenes
        return {"scenes": n, "detected": len(d), "detection_rate": round(len(d) / n, 3) if n else None,
                "early_false_trigger": self.early, "missed": self.missed, "delay_s_p50": pct(d, 50), "delay_s_p90": pct(d, 90),
                "delay_s_worst": max(d) if d else None}


def floor_delays(lines, clips) -> dict:
    """The same rule on the candidate alone (no echo, headset listener)."""
    clock, tally = FakeClock(), Tally()
    for j, (_, clip) in enumerate(clips):
        for o in ONSETS_S:
            _, chunks = lines[(j * len(ONSETS_S) + ONSETS_S.index(o)) % len(lines)]
            sc = scene(chunks, 22050, Room(-200.0, 0.0), candidate=clip, candidate_at_s=o, seed=100 + j)
            tally.add(_outcome(drive(HeadsetListener(), sc, clock, stop_after=RUN), o))
    return tally.summary()


def cold_start(mode: str, lines, clips, settings: EchoSettings, room: Room) -> dict:
    """The candidate talks over the very first playback of a session (nothing learned yet)."""
    tally = Tally()
    for j, (_, clip) in enumerate(clips):
        o = (1.2, 2.0, 3.0)[j % 3]
        clock = FakeClock()
        listener = listener_for(mode, settings, clock=clock)
        _, chunks = lines[j % len(lines)]
        sc = scene(chunks, 22050, room, candidate=clip, candidate_at_s=o, seed=200 + j)
        tally.add(_outcome(drive(listener, sc, clock, stop_after=RUN, seed=j), o))
    return tally.summary()


def offline(modes: list[str], lines, clips, settings: EchoSettings) -> dict:
    out: dict = {}
    for split in ("dev", "holdout"):
        res: dict = {"interviewer_lines": len(lines[split]), "candidates": len(clips[split]),
                     "floor_no_echo": floor_delays(lines[split], clips[split]), "modes": {}}
        for mode in modes:
            rooms = {}
            for room in ROOMS if mode != "headset" else ROOMS[:1]:
                t0 = time.perf_counter()
                rooms[room.name] = {"echo_only": echo_only(mode, room, lines[split], settings),
                                    "barge_in": barge_ins(mode, room, lines[split], clips[split], settings)}
                print(f"{split:7s} {mode:7s} {room.name:20s} {json.dumps(rooms[room.name])} ({time.perf_counter() - t0:.0f} s)", flush=True)
            entry: dict = {"rooms": rooms}
            if mode != "headset":
                entry["levels_in_worst_room"] = {
                    f"{lv:+.0f}dBFS": barge_ins(mode, WORST_ROOM, lines[split], clips[split], settings, level_db=lv) for lv in LEVELS_DB}
                entry["cold_start"] = cold_start(mode, lines[split], clips[split], settings, WORST_ROOM)
                entry["summary"] = summarise(rooms)
                print(f"{split:7s} {mode:7s} summary {json.dumps(entry['summary'])}", flush=True)
            res["modes"][mode] = entry
        out[split] = res
    return out


def summarise(rooms: dict) -> dict:
    fpm = [r["echo_only"]["false_triggers_per_min"] for r in rooms.values()]
    rate = [r["barge_in"]["detection_rate"] for r in rooms.values()]
    p50 = [r["barge_in"]["delay_s_p50"] for r in rooms.values() if r["barge_in"]["delay_s_p50"] is not None]
    worst = [r["barge_in"]["delay_s_worst"] for r in rooms.values() if r["barge_in"]["delay_s_worst"] is not None]
    return {"false_triggers_per_min_median": pct(fpm, 50), "false_triggers_per_min_worst": max(fpm),
            "worst_room_false_triggers": max(rooms, key=lambda k: rooms[k]["echo_only"]["false_triggers_per_min"]),
            "detection_rate_median": pct(rate, 50), "detection_rate_worst": min(rate),
            "worst_room_detection": min(rooms, key=lambda k: rooms[k]["barge_in"]["detection_rate"]),
            "delay_s_p50_median": pct(p50, 50), "delay_s_worst": max(worst) if worst else None}


# ---------------------------------------------------------------- live


def live(modes: list[str], lines, clips) -> dict:
    """Held-out material through PulseAudio: for each echo path, every held-out line echo-only,
    then each held-out candidate over a line at 1.2 s."""
    from tests.e2e.pulse import PrivatePulse

    if not PrivatePulse.available():
        return {"skipped": "pulseaudio not installed"}
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for room in LIVE_ROOMS:
            t0 = time.perf_counter()
            plan, schedule = {"modes": np.array(modes), "rate": np.array(22050)}, []
            for i, (_, chunks) in enumerate(lines):
                for j, c in enumerate(chunks):
                    plan[f"chunks_{i}_{j}"] = c
                schedule.append((i, -1, 0.0))
            for k, (_, clip) in enumerate(clips):
                plan[f"voices_{k}"] = clip
                schedule.append(((k * 5 + 1) % len(lines), k, 1.2))
            plan["schedule"] = np.array(schedule, dtype=float)
            np.savez(Path(tmp) / "plan.npz", **plan)
            with PrivatePulse() as pulse:  # a fresh server per room
                pulse.echo_path(-room.coupling_db, int(room.delay_s * 1000))
                proc = subprocess.run([sys.executable, "-m", "tests.e2e.echo_live", str(Path(tmp) / "plan.npz"),
                                       str(Path(tmp) / "res.npz")],
                                      env={**pulse.env, "PYTHONPATH": str(ROOT)}, cwd=ROOT, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                out[room.name] = {"error": proc.stderr[-1500:]}
                continue
            res = np.load(Path(tmp) / "res.npz")
            out[room.name] = score_live(res, schedule, lines, clips, modes)
            out[room.name]["wall_s"] = round(time.perf_counter() - t0, 1)
            print(f"live    {room.name:20s} {json.dumps(out[room.name])}", flush=True)
    return out


def score_live(res, schedule, lines, clips, modes: list[str]) -> dict:
    entry: dict = {"echo_delay_s": {}, "modes": {}}
    delays_measured = []
    for k, (i, v, _) in enumerate(schedule):
        if v < 0:
            delays_measured.append(_echo_delay(res, k, lines[int(i)][1]))
    entry["echo_delay_s"] = {"median": pct([d for d in delays_measured if d is not None], 50),
                             "min": pct([d for d in delays_measured if d is not None], 0),
                             "max": pct([d for d in delays_measured if d is not None], 100)}
    for m in modes:
        triggers, seconds, with_trigger, tally = 0, 0.0, 0, Tally()
        for k, (_, v, _) in enumerate(schedule):
            flags = res[f"flags_{m}_{k}"]
            if v < 0:
                c = count_triggers(flags, RUN)
                triggers, with_trigger, seconds = triggers + c, with_trigger + (c > 0), seconds + flags.size * FRAME_S
                continue
            onset = onset_frame(res[f"mic_{k}"], clips[int(v)][1])
            tally.add(_outcome(flags, onset * FRAME_S) if onset is not None else None)
        entry["modes"][m] = {"echo_only": {"playbacks": sum(1 for s in schedule if s[1] < 0), "minutes": round(seconds / 60, 2),
                                           "false_triggers": triggers, "false_triggers_per_min": round(triggers / seconds * 60, 2) if seconds else None,
                                           "playbacks_with_false_trigger": with_trigger},
                             "barge_in": tally.summary()}
        if f"delay_{m}" in res.files:
            entry["modes"][m]["learned_delay_s"] = float(res[f"delay_{m}"])
    return entry


def _echo_delay(res, k: int, chunks: list[np.ndarray]) -> float | None:
    """Seconds from handing the first chunk to the speaker to hearing it in the mic frames, on
    the frames' arrival clock (as a listener sees it)."""
    mic = res[f"mic_{k}"].astype(np.float32) / 32768
    ref = resample(chunks[0], 22050, SAMPLE_RATE)
    lag, peak = locate(mic, ref)
    if peak < 0.2:
        return None
    arrivals = res[f"arrival_{k}"][: int(1.0 / FRAME_S)]  # the clock as a listener sets it, before any stall
    frames = np.arange(1, arrivals.size + 1)
    anchor = float(np.min(arrivals - frames * FRAME_S))
    return round(anchor + lag / SAMPLE_RATE - float(res[f"start_{k}"]), 3)


def main() -> int:
    t0 = time.perf_counter()
    settings = EchoSettings()
    modes = ["headset", "gate"] + (["aec"] if aec_available() else [])
    lines, clips = interviewer_lines(), candidate_clips()
    print(f"lines dev/holdout {len(lines['dev'])}/{len(lines['holdout'])}, candidates {len(clips['dev'])}/{len(clips['holdout'])}; "
          f"synthesis {time.perf_counter() - t0:.0f} s", flush=True)
    result: dict = {"settings": asdict(settings), "trigger_run_s": BARGE_IN_S, "detect_within_s": DETECT_WITHIN_S,
                    "onsets_s": ONSETS_S, "candidate_level_dbfs": CANDIDATE_DB, "aec_available": aec_available(),
                    "offline": offline(modes, lines, clips, settings)}
    if "--no-live" not in sys.argv:
        result["live_holdout"] = live(modes, lines["holdout"], clips["holdout"])
    result["wall_s"] = round(time.perf_counter() - t0, 1)
    (ROOT / "bench" / "echo.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote bench/echo.json in {result['wall_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
