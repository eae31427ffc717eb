"""A green/amber/red verdict for each figure against its band (analysis/targets.py), with the reason in words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from voiceprep.analysis.targets import (
    ANSWER_LENGTH,
    FILLERS,
    LONGEST_PAUSE,
    PACE,
    RESPONSE_LATENCY,
    Band,
    Ceiling,
)

Status = Literal["green", "amber", "red", "none"]
DOUBT_MARK = "?"  # after a figure some quality flag puts in doubt


def doubt_markup(text: str, doubted: bool) -> str:
    """A figure for a rich table cell: as it is, or marked "?" in yellow when it is in doubt."""
    return f"[yellow]{text}{DOUBT_MARK}[/]" if doubted else text


PACE_BANDS = {"interview": (PACE.interview.low, PACE.interview.high), "call": (PACE.call.low, PACE.call.high)}


@dataclass(frozen=True)
class Verdict:
    """One figure against its target band."""

    label: str
    value: str
    status: Status
    reason: str


def _band(x: float, band: Band) -> Status:
    if band.low <= x <= band.high:
        return "green"
    return "amber" if band.amber_low <= x <= band.amber_high else "red"


def pace(wpm: float | None, mode: str = "interview") -> Verdict:
    band = PACE.for_mode(mode)
    if not wpm:
        return Verdict("Pace", "n/a", "none", "no speech measured")
    status = _band(wpm, band)
    where = "within" if status == "green" else ("faster than" if wpm > band.high else "slower than")
    return Verdict("Pace", f"{wpm:.0f} wpm", status,
                   f"{where} the {band.low:.0f}-{band.high:.0f} wpm band for {'calls' if mode == 'call' else 'interviews'}")


def _graded(label: str, value: float | None, shown: str, limits: Ceiling, reasons: dict[str, str], missing: str) -> Verdict:
    """Lower is better: green up to `limits.green_max`, amber up to `limits.amber_max`, red above."""
    if value is None:
        return Verdict(label, "n/a", "none", missing)
    status: Status = "green" if value <= limits.green_max else "amber" if value <= limits.amber_max else "red"
    return Verdict(label, shown.format(value), status, reasons[status])


def fillers(per_min: float | None) -> Verdict:
    lo, hi = FILLERS.per_min.green_max, FILLERS.per_min.amber_max
    return _graded("Fillers", per_min, "{:.1f}/min", FILLERS.per_min, {
        "green": f"rare enough not to be noticed ({lo:g} or fewer a minute)", "amber": f"noticeable ({lo:g}-{hi:g} a minute)",
        "red": f"frequent (over {hi:g} a minute); listeners start counting them"}, "no speech measured")


def longest_pause(seconds: float | None) -> Verdict:
    lo, hi = LONGEST_PAUSE.green_max, LONGEST_PAUSE.amber_max
    return _graded("Longest pause", seconds, "{:.1f} s", LONGEST_PAUSE, {
        "green": f"a thinking pause of {lo:g} s or less reads as composure", "amber": f"{lo:g}-{hi:g} s: fine once, awkward if repeated",
        "red": f"over {hi:g} s: the listener wonders if you are stuck"}, "no speech measured")


def response_latency(seconds: float | None) -> Verdict:
    lo, hi = RESPONSE_LATENCY.green_max, RESPONSE_LATENCY.amber_max
    return _graded("Response latency", seconds, "{:.1f} s", RESPONSE_LATENCY, {
        "green": f"you started within {lo:g} s", "amber": f"{lo:g}-{hi:g} s before the first word; a short bridge helps",
        "red": f"over {hi:g} s before the first word"}, "not measured (recorded file)")


def answer_length(seconds: float | None, mode: str = "interview") -> Verdict:
    if mode == "call" and seconds is not None:
        return Verdict("Turn length", f"{seconds:.0f} s", "none", "calls are a conversation: no length target per turn")
    if seconds is None:
        return Verdict("Answer length", "n/a", "none", "no speech measured")
    band = ANSWER_LENGTH.band
    status = _band(seconds, band)
    target = f"the {band.low:.0f}-{band.high:.0f} s target"
    reason = f"within {target}" if status == "green" else ("shorter than " if seconds < band.low else "longer than ") + target
    return Verdict("Answer length", f"{seconds:.0f} s", status, reason)


def answer_verdicts(turn, held, mode: str = "interview") -> list[Verdict]:
    """The six figures of one answer (a Turn with metrics, and the HeldSilence after it); a figure
    a quality flag puts in doubt gets no colour (see `in_doubt`)."""
    m = turn.metrics
    return [
        in_doubt(pace(m.wpm, mode), m.doubted("wpm")), in_doubt(fillers(m.fillers_per_min), m.doubted("fillers")),
        in_doubt(longest_pause(m.longest_pause_s), m.doubted("pauses")),
        response_latency(turn.response_latency_s), answer_length(m.span_s, mode),
        held_silence(held.outcome if held else None),
    ]


def in_doubt(v: Verdict, doubted: bool) -> Verdict:
    """The verdict of a figure the analysis is less sure of: its value marked "?", no green or red
    (the recording, not the speaker, may be why it is out of its band)."""
    if not doubted or v.status == "none":
        return v
    return Verdict(v.label, f"{v.value}{DOUBT_MARK}", "none", f"less sure (see the note below): {v.reason}")


def held_silence(outcome: str | None) -> Verdict:
    if outcome is None:
        return Verdict("Held silence", "none held", "none", "the interviewer did not hold a silence here")
    status: Status = "amber" if outcome == "filled" else "green"
    reason = {"waited": "you waited calmly for the next question", "added_point": "you used the silence to add a concise point",
              "filled": "you filled the silence; a calm wait or one crisp addition reads as more confident"}.get(outcome, outcome)
    return Verdict("Held silence", outcome.replace("_", " "), status, reason)


# ---- how the voice sounded (prosody); thresholds come from ProsodySettings, their one owner ----

def _prosody_settings():
    from voiceprep.analysis.prosody_settings import ProsodySettings

    return ProsodySettings()


def pitch_variety(sd_st: float | None) -> Verdict:
    """Pitch SD in semitones (Hincks 2004/2005: flattest 10 s stretches ~1 st, lively speakers 2-4 st)."""
    s = _prosody_settings()
    if sd_st is None:
        return Verdict("Pitch variety", "n/a", "none", "too little voiced speech to measure")
    if sd_st >= s.lively_sd_st:
        return Verdict("Pitch variety", f"{sd_st:.1f} st", "green", f"a lively voice (SD {s.lively_sd_st:.1f} st or more)")
    if sd_st >= s.monotone_sd_st:
        return Verdict("Pitch variety", f"{sd_st:.1f} st", "amber", f"some variety; below {s.lively_sd_st:.1f} st starts to sound even")
    return Verdict("Pitch variety", f"{sd_st:.1f} st", "red", f"monotone (SD under {s.monotone_sd_st:.1f} st): it can sound bored, worst on the phone")


def _share_flagged(label: str, flagged: int, checked: int, none_text: str, some_text: str) -> Verdict:
    """Project's own band: none green; one, or under a quarter of the endings, amber; more red."""
    if checked == 0:
        return Verdict(label, "n/a", "none", "no sentence ending to check")
    value = f"{flagged} of {checked}"
    if flagged == 0:
        return Verdict(label, value, "green", none_text)
    status: Status = "amber" if flagged == 1 or flagged / checked < 0.25 else "red"
    return Verdict(label, value, status, some_text)


def rising_endings(flagged: int, statements: int) -> Verdict:
    return _share_flagged("Rising endings", flagged, statements, "every statement ended without a rise",
                          "statements ending on a rise, as if asking: it can sound unsure")


def trailing_off(flagged: int, endings: int) -> Verdict:
    return _share_flagged("Trailing off", flagged, endings, "no sentence faded out at its end",
                          "sentences whose last words faded out: on a phone line they get lost")


def loudness_variation(sd_db: float | None) -> Verdict:
    """SD of word loudness (project's own band: 2-6 dB reads as natural emphasis)."""
    lo, hi = _prosody_settings().loudness_sd_band_db
    if sd_db is None:
        return Verdict("Loudness variation", "n/a", "none", "too few words to measure")
    if lo <= sd_db <= hi:
        return Verdict("Loudness variation", f"{sd_db:.1f} dB", "green", f"natural emphasis ({lo:.0f}-{hi:.0f} dB across words)")
    reason = "very even loudness: stress the key words" if sd_db < lo else "loudness jumps a lot from word to word"
    return Verdict("Loudness variation", f"{sd_db:.1f} dB", "amber", reason)


def prosody_verdicts(turn) -> list[Verdict]:
    """The voice figures of one answer (empty when its prosody was not measured)."""
    p = turn.metrics.prosody if turn.metrics is not None else None
    return [] if p is None else prosody_verdicts_of(p, turn.metrics.figures_in_doubt)


def prosody_verdicts_of(p, doubted: tuple[str, ...] = ()) -> list[Verdict]:
    """Pitch variety, rising endings, trailing off and loudness variation of one Prosody; those
    named in `doubted` (SpeechMetrics.figures_in_doubt) marked as less sure."""
    return [in_doubt(pitch_variety(p.pitch_sd_st), "pitch" in doubted),
            in_doubt(rising_endings(len(p.rising_endings), p.statements), "rising_endings" in doubted),
            in_doubt(trailing_off(len(p.trailing_off), p.endings), "trailing_off" in doubted),
            loudness_variation(p.loudness_sd_db)]
