"""Live echo sessions recorded once, replayed offline with other gate settings.

The e2e speakers test (tests/e2e/test_pulseaudio.py) fails rarely and only live: the gate's
input then depends on the audio stack's timing and on the machine's load. This tool records that
input and replays it, so a change to `EchoSettings` can be judged on exactly the sessions that
went wrong.

- `record OUT N [--burners K] [--echo DB MS]`: the test's flow N times (one live `practice`
  question over a private PulseAudio server, the played audio coming back into the mic DB dB down
  and MS ms late, default 12 dB / 40 ms), with K busy processes beside it. Every call the gate
  gets (each block handed to the speaker, each mic frame, each new playback) is stored with its
  clock time in OUT/runNN/gate.pkl.
- `replay OUT [name=value ...]`: each recording through a GateListener with those settings
  changed. Per run, for the greeting and the question (the candidate speaks only after them):
  whether one stopped itself (what the test asserts), how many frames were taken for the
  candidate, and how many came within reach of the threshold (an unexplained share of 0.2 or
  more, 0.3 counts). Also whether the acknowledgement still gave way to the candidate.

A replay matches the live trace frame for frame except where the clock was read a moment apart
(4 of 763 frames in the run checked). Needs pulseaudio for `record` (scripts/setup.sh test).
Run: .venv/bin/python bench/echo_replay.py record /tmp/echo 8 --burners 3; then
.venv/bin/python bench/echo_replay.py replay /tmp/echo coupling_fall_db_per_s=inf
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.echo_mix import FakeClock, count_triggers  # noqa: E402
from voiceprep.audio.frames import FRAME_S  # noqa: E402
from voiceprep.conversation import BARGE_IN_S  # noqa: E402

RUN_FRAMES = int(round(BARGE_IN_S / FRAME_S))  # consecutive candidate frames the engine takes as a barge-in
NEAR_SHARE = 0.2  # an interviewer frame this close to the gate's 0.3 is counted as a near miss


# ---------------------------------------------------------------- recording


_HOOK = """import os
if os.environ.get("VOICEPREP_GATE_LOG"):
    from bench.echo_replay import install_recorder
    install_recorder()
"""


def install_recorder() -> None:
    """In the `practice` process the test starts (through a `sitecustomize` on its path): every
    GateListener call is stored with its clock time, written to $VOICEPREP_GATE_LOG at exit."""
    import atexit
    import time

    import voiceprep.audio.echo as echo

    log: list = []
    played, heard, reset = echo.GateListener.played, echo.GateListener.heard, echo.GateListener.reset

    def rec_played(self, audio, rate):
        log.append((time.monotonic(), "played", np.array(audio, dtype=np.float32, copy=True), rate))
        return played(self, audio, rate)

    def rec_heard(self, frame):
        log.append((time.monotonic(), "heard", np.array(frame, copy=True), None))
        return heard(self, frame)

    def rec_reset(self):
        log.append((time.monotonic(), "reset", None, None))
        return reset(self)

    echo.GateListener.played, echo.GateListener.heard, echo.GateListener.reset = rec_played, rec_heard, rec_reset

    def save() -> None:  # the mic's audio: private, as the program's own recordings
        fd = os.open(os.environ["VOICEPREP_GATE_LOG"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(log, f)

    atexit.register(save)


def record(out: Path, runs: int, burners: int, echo_db: float, echo_ms: int) -> None:
    """The e2e test's own flow (`_answer_with_a_second_part`), its practice process recorded."""
    import tempfile

    from tests.e2e.pulse import PrivatePulse
    from tests.e2e.test_pulseaudio import _answer_with_a_second_part

    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(burners)]
    try:
        with tempfile.TemporaryDirectory() as hook:
            Path(hook, "sitecustomize.py").write_text(_HOOK)
            for k in range(runs):
                run = out / f"run{k:02d}"
                run.mkdir(parents=True, exist_ok=True)
                with PrivatePulse() as pulse:
                    pulse.echo_path(echo_db, echo_ms)
                    session = _answer_with_a_second_part(pulse, run, env={"PYTHONPATH": f"{hook}{os.pathsep}{ROOT}",
                                                                          "VOICEPREP_GATE_LOG": str(run / "gate.pkl")})
                stopped = [t.kind for t in session.turns if t.kind in ("greeting", "question") and t.notes.barged_in]
                print(f"run{k:02d}: stopped by their own echo: {stopped or 'none'}", flush=True)
    finally:
        for p in busy:
            p.kill()


# ---------------------------------------------------------------- replay


def replay_one(log: list, settings) -> dict:
    """One recording through a fresh gate on a clock set to each call's recorded time."""
    from voiceprep.audio.echo import GateListener

    os.environ.setdefault("VOICEPREP_ECHO_TRACE", os.devnull)  # the gate works out each frame's share only when tracing
    clock = FakeClock()
    gate = GateListener(settings, clock=clock)
    flags, playback, shares = [], [], []
    n = 0
    for t, kind, data, rate in log:
        clock.t = t
        if kind == "played":
            gate.played(data, rate)
        elif kind == "reset":
            n += 1
            gate.reset()
        else:
            flags.append(gate.heard(data))
            playback.append(n)
            shares.append(float(gate._judged.split("excess_share=")[1].split()[0]))  # noqa: SLF001 (the trace's own figure)
    f, pb, sh = np.array(flags), np.array(playback), np.array(shares)
    echo_only = (pb == 1) | (pb == 2)  # the greeting and the question: the candidate's audio starts after them
    return {"stopped_itself": sum(count_triggers(f[pb == p], RUN_FRAMES) for p in (1, 2)), "frames_taken": int(f[echo_only].sum()),
            "near_misses": int((sh[echo_only] >= NEAR_SHARE).sum()), "gave_way": count_triggers(f[pb == 3], RUN_FRAMES) > 0}


def replay(out: Path, changes: dict[str, float]) -> None:
    from voiceprep.audio.echo import EchoSettings

    settings = replace(EchoSettings(), **changes)
    rows = [(p.parent.name, replay_one(pickle.loads(p.read_bytes()), settings)) for p in sorted(out.glob("run*/gate.pkl"))]
    for name, r in rows:
        print(f"{name}: {r}")
    print(f"{len(rows)} runs with {changes or 'the shipped settings'}: stopped itself in {sum(r['stopped_itself'] > 0 for _, r in rows)}, "
          f"interviewer frames taken for the candidate {sum(r['frames_taken'] for _, r in rows)}, "
          f"near misses {sum(r['near_misses'] for _, r in rows)}, gave way to the candidate {sum(r['gave_way'] for _, r in rows)}")


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "record":
        burners = int(argv[argv.index("--burners") + 1]) if "--burners" in argv else 0
        echo = argv[argv.index("--echo") + 1: argv.index("--echo") + 3] if "--echo" in argv else ["12", "40"]
        record(Path(argv[1]), int(argv[2]), burners, float(echo[0]), int(echo[1]))
        return 0
    if len(argv) >= 2 and argv[0] == "replay":
        from voiceprep.audio.echo import EchoSettings

        numeric = {f.name: float if f.type == "float" else int for f in fields(EchoSettings) if f.type in ("float", "int")}
        changes = {}
        for arg in argv[2:]:
            name, _, value = arg.partition("=")
            if name not in numeric:
                print(f"not a numeric setting: {name!r}; EchoSettings has {', '.join(numeric)}", file=sys.stderr)
                return 2
            changes[name] = numeric[name](value)
        replay(Path(argv[1]), changes)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
