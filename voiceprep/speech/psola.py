"""Praat's PSOLA resynthesis with an imposed pitch contour: how the prosody truth sets are built."""

from __future__ import annotations

import numpy as np

from voiceprep.analysis.prosody_settings import ProsodySettings


def resynthesize(audio: np.ndarray, times: np.ndarray, target_hz: np.ndarray, sample_rate: int = 16000,
                 settings: ProsodySettings = ProsodySettings()) -> np.ndarray:
    """`audio` with its pitch replaced by `target_hz` at `times` (frames with 0 Hz are skipped).

    Praat's Manipulation keeps the original pulses' voicing and durations; overlap-add moves the
    pulses to the new pitch tier. Same length as the input, float32.
    """
    import parselmouth
    from parselmouth.praat import call

    sound = parselmouth.Sound(np.asarray(audio, dtype=np.float64), sample_rate)
    manip = call(sound, "To Manipulation", settings.time_step_s, settings.pitch_floor_hz, settings.pitch_ceiling_hz)
    tier = call("Create PitchTier", "target", 0.0, audio.size / sample_rate)
    for t, f in zip(times, target_hz):
        if f > 0:
            call(tier, "Add point", float(t), float(f))
    call([manip, tier], "Replace pitch tier")
    out = call(manip, "Get resynthesis (overlap-add)").values[0]
    fitted = np.zeros(audio.size, dtype=np.float32)
    n = min(out.size, audio.size)
    fitted[:n] = out[:n]
    return fitted
