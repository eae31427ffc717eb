"""The one owner of every prosody threshold and band (no numpy: the report's bands read it cheaply)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProsodySettings:
    """The one owner of every prosody threshold (the tracker's, the flags' and the report bands').

    Sources: "Hincks" = Hincks 2004 (ICALL) and 2005 (Interspeech): pitch variation as the SD of
    F0 over 10 s stretches; speakers' means ran from 0.11 to 0.235 of their mean F0 (about 1.9
    to 4 semitones) and the flattest 10 s stretches 0.06 (about 1 semitone); Hincks & Edlund 2009
    gave learners feedback on exactly this SD in semitones. "Ladd" = Ladd 1996, Intonational
    Phonology p. 123: a high rising terminal climbs up to 40 % (about 6 semitones) over the last
    accented syllable(s). "project" = the project's own, chosen on the dev half of the
    constructed set (bench/bench_prosody.py) and checked on the held-out half.
    """

    # Tracker (Praat's autocorrelation method). 75 Hz is Praat's default floor; 500 Hz leaves
    # room above a high voice's rising ending. Praat's manual gives 75-500 for mixed speakers.
    pitch_floor_hz: float = 75.0
    pitch_ceiling_hz: float = 500.0
    time_step_s: float = 0.01
    # Praat's silence threshold is relative to the loudest sample (Praat's default 0.03, -30 dB);
    # a sentence fading out by 24 dB goes unvoiced with it, which hides the fade (project, on dev).
    silence_threshold: float = 0.01
    voicing_threshold: float = 0.45  # Praat's default
    high_pass_hz: float = 60.0  # rumble below the floor is removed before tracking
    # Cleaning: a voiced frame this far from its neighbours' median is an octave error (project).
    octave_jump_st: float = 7.0
    max_from_median_st: float = 13.0  # over an octave from the answer's median: noise or a halving/doubling
    local_window_s: float = 0.15
    min_voiced_run_s: float = 0.04
    # Whole answer: monotone when the SD of pitch is below this (Hincks; 1.6 st chosen on dev).
    min_voiced_s: float = 1.5
    monotone_sd_st: float = 1.6
    # Monotone stretches: 10 s windows as in Hincks, each with at least this much voiced speech.
    stretch_window_s: float = 10.0
    stretch_step_s: float = 1.0
    min_stretch_voiced_s: float = 2.0
    # Endings: the last `ending_min_s` before the sentence's last voiced frame, searched up to
    # `ending_slack_s` past the recogniser's end of its last word (its word ends wander).
    ending_min_s: float = 0.5
    ending_slack_s: float = 0.35
    min_ending_voiced_s: float = 0.08
    # Rising ending on a statement: the last voiced frames this many semitones above the lowest
    # point of the ending (Ladd: up to 6 st; 't Hart et al. 1990: movements under ~3 st are
    # hard to hear as a change; 2.5 st chosen on dev).
    rise_st: float = 2.5
    # Pitch of frames this far below the sentence's median voiced level is not used for the
    # rise: a fading voice's pitch is unreliable and is not heard as upspeak (project; 10-12 dB
    # equally good on dev, added after the first held-out run showed faded endings read as rises).
    pitch_quiet_db: float = 12.0
    # Trailing off: the voiced frames of the sentence's last `fade_window_s` this many dB below
    # (median) its other voiced frames (project; 10 dB chosen on dev, where 7-9 dB flagged too
    # many natural sentence-final falls; see bench/README.md).
    # A phrase for trailing off ends at a sentence end or at a pause of `phrase_pause_s` between
    # two words (the recogniser often writes no full stop before a faded pause; project: 0.3-0.7 s
    # equal on dev, where it found 2 more of 34 fades at no cost in precision).
    phrase_pause_s: float = 0.5
    fade_window_s: float = 0.4
    min_body_s: float = 0.3
    trail_drop_db: float = 10.0  # 10 dB is about half as loud to the ear (Stevens' sone scale)
    # Report contour resolution and the sentence-rate spread (project).
    contour_step_s: float = 0.05
    min_sentence_words: int = 4
    # Bands shown in the report (project's own, except the pitch SD band which follows Hincks):
    # green above `lively_sd_st`, amber between, red below `monotone_sd_st`.
    lively_sd_st: float = 2.5
    loudness_sd_band_db: tuple[float, float] = (2.0, 6.0)
