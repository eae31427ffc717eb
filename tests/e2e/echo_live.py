"""Playback listeners live over the private PulseAudio server: the interviewer's audio goes out
through SpeakerSink (PortAudio), the server's echo path (PrivatePulse.echo_path, set up by the
caller) feeds it back into the microphone, a candidate is played into the mic on cue, and
MicSource's frames go to every listener while the audio plays, as the engine would hand them over. Run as a child process with the private server's environment:

    python -m tests.e2e.echo_live PLAN.npz RESULT.npz

PLAN.npz: modes (str), rate (int), chunks_<i>_<j> (float32 at `rate`,
utterance i, sentence j), voices_<k> (float32 16 kHz), schedule (n x 3: utterance, voice or
-1, seconds after playback starts). RESULT.npz: for each item k, mic_<k> (int16 frames as
heard, concatenated), flags_<mode>_<k> (bool per frame), start_<k> (time.monotonic() when the
first chunk was handed over), arrival_<k> (when each frame arrived), and delay_<mode>, coupling_<mode>
(the echo delay and coupling per band a gate listener learned)."""

from __future__ import annotations

import sys
import threading
import time

import numpy as np


def main(plan_path: str, out_path: str) -> int:
    from tests.e2e.pulse import PrivatePulse
    from voiceprep.audio.echo import GateListener, listener_for
    from voiceprep.audio.sinks import SpeakerSink
    from voiceprep.audio.sources import MicSource

    plan = np.load(plan_path, allow_pickle=False)
    modes = [str(m) for m in plan["modes"]]
    rate = int(plan["rate"])
    schedule = plan["schedule"]
    utterances: dict[int, list[np.ndarray]] = {}
    for key in plan.files:
        if key.startswith("chunks_"):
            _, i, j = key.split("_")
            utterances.setdefault(int(i), []).append((int(j), plan[key]))  # type: ignore[arg-type]
    chunks = {i: [a for _, a in sorted(parts, key=lambda p: p[0])] for i, parts in utterances.items()}  # type: ignore[misc]
    listeners = {m: listener_for(m) for m in modes}
    out: dict[str, np.ndarray] = {}

    sink = SpeakerSink(sample_rate=rate)
    mic = MicSource()
    frames = mic.frames()
    next(frames)  # the first frame can take a while: wait for it before playing anything
    for _ in range(20):
        next(frames)
    for k, (utt, voice, at_s) in enumerate(schedule):
        for lst in listeners.values():
            lst.reset()
        done = threading.Event()

        def play(parts: list[np.ndarray] = chunks[int(utt)], done: threading.Event = done) -> None:
            sink.begin("echo", rate)
            block = int(rate * sink.BLOCK_S)
            for part in parts:  # each 50 ms block is handed over just before the speaker takes it
                for i in range(0, part.size, block):
                    for lst in listeners.values():
                        lst.played(part[i : i + block], rate)
                    sink.write(part[i : i + block])
            sink.end()
            done.set()

        mic.flush()
        player = threading.Thread(target=play, daemon=True)
        start = time.monotonic()
        if voice >= 0:
            cue = threading.Timer(float(at_s), PrivatePulse.speak_into_mic, args=(plan[f"voices_{int(voice)}"],))
            cue.daemon = True
            cue.start()
        player.start()
        heard, arrivals, flags = [], [], {m: [] for m in modes}
        tail_until = None
        for frame in frames:
            heard.append(frame)
            arrivals.append(time.monotonic())
            for m, lst in listeners.items():
                flags[m].append(lst.heard(frame))
            if done.is_set() and tail_until is None:
                tail_until = time.monotonic() + 0.6  # the echo's tail
            if tail_until is not None and time.monotonic() >= tail_until:
                break
        player.join()
        out[f"mic_{k}"] = np.concatenate(heard)
        out[f"start_{k}"] = np.array(start)
        out[f"arrival_{k}"] = np.array(arrivals)
        for m in modes:
            out[f"flags_{m}_{k}"] = np.array(flags[m], dtype=bool)
        for _ in range(15):  # a breath between utterances, heard by no listener
            next(frames)
    mic.close()
    sink.close()
    for m, lst in listeners.items():
        if isinstance(lst, GateListener):
            out[f"delay_{m}"] = np.array(-1.0 if lst.delay_s is None else lst.delay_s)
            out[f"coupling_{m}"] = lst.coupling_db.copy()
    np.savez(out_path, **out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
