"""Analyzer: audio -> the speaker's speech spans + transcript -> SpeechMetrics. Owns the (lazily
loaded) recogniser, and makes sure no voiced stretch is silently lost."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from voiceprep.analysis.accounting import account, name_sound, set_apart, unaccounted_s
from voiceprep.analysis.align import clamp_to_speech
from voiceprep.analysis.coverage import (
    WORD_PAD_S,
    cap_words,
    coverage,
    fill_holes,
    merge_decodes,
    outside,
    skipped_speech,
    within_sentence,
)
from voiceprep.analysis.fillers import filler_candidates, lexical_words
from voiceprep.analysis.lexicon import filled_pause_label, is_laughter, normalise
from voiceprep.analysis.metrics import speech_metrics
from voiceprep.analysis.pauses import quiet_gaps, speech_region
from voiceprep.analysis.prosody import ProsodySettings, prosody
from voiceprep.analysis.quality import NOISY_SNR_DB, SignalFigures, quality_flags, unsure_words
from voiceprep.audio.foreground import (
    ForegroundSettings,
    LevelScene,
    extent,
    faint_words,
    split_by_level,
    subtract,
    voice_in_a_pause,
)
from voiceprep.audio.io import SAMPLE_RATE, load_audio
from voiceprep.audio.level import FRAME_SAMPLES, clipped_share, frame_db
from voiceprep.audio.sounds import describe
from voiceprep.audio.vad import VadSettings, flags_to_spans, frame_flags
from voiceprep.types import (
    AnalysisSettings,
    Filler,
    Span,
    SpeechMetrics,
    Transcript,
    VoicedStretch,
    Word,
)

if TYPE_CHECKING:
    from voiceprep.speech.stt import Ahead

TARGET_LEVEL_DB = -18.0  # quiet recordings are raised to this speaker level before detection...
MAX_GAIN_DB = 36.0  # ...by at most this much
QUIET_BELOW_DB = -28.0  # only recordings whose speaker level is below this are raised
VAD_HEARS_FLOOR_DB = -45.0  # a noise floor this loud as the VAD hears it (after any raise) is taken for speech
BACKGROUND_DUCK_DB = -40.0  # other voices are turned down this much before the final decode
# The recogniser hears the recording up to this much after its last sound, not the long silence a
# file may end with: Whisper's words for the same speech changed with the silence after it (a live
# answer stopped 0.8 s after the last word gave 30 words, the same file with 5 s more silence 25;
# bench_latency a08), and long silences are where it invents words. The tail stays under the
# shortest wait before the interviewer replies (turn policy: 0.7 s), so a live answer and an
# offline analysis of the whole file give the recogniser the same audio (bench_stability.py).
DECODE_TAIL_S = 0.5
SOUND_ABOVE_FLOOR_DB = 6.0  # a 10 ms frame this far above the noise floor is sound, not silence
NEAR_SPEECH_S = 0.3  # a recognised word this close to detected speech is heard, not invented
# In heavy noise (the "noisy" quality flag) webrtcvad calls most of a breathy voice silence (real
# speech in 15 dB pink noise: 7.8 of 25.7 s voiced, bench/README.md), so "far from detected
# speech" no longer means "in silence". There a word far from it is still kept when the recogniser
# is this sure of it and the recording sounds at it (a frame SOUND_ABOVE_FLOOR_DB above the
# floor): Whisper's inventions sit in silence, where the level is the floor.
CONFIDENT_WORD_P = 0.8


class Recogniser(Protocol):
    """What the analyzer needs from a speech recogniser (speech.stt.Transcriber is one)."""

    def transcribe(self, audio: np.ndarray, *, prompt: str | None | bool = True, silences=(), offset_s: float = 0.0) -> Transcript: ...

    def decode_clips(self, audio: np.ndarray, spans: list[tuple[float, float]], *, pad_s: float = 0.1) -> list[str]: ...

    def decode_ahead(self, audio: np.ndarray, silences: list[tuple[float, float]], until_s: float, *, prompt: bool = True) -> Ahead: ...


@dataclass(frozen=True)
class _Heard:
    """The words of an answer and how they were obtained."""

    words: list[Word]
    redecoded: bool


class Analyzer:
    """Load once, analyse many answers. `analyze_audio` takes 16 kHz mono float32."""

    def __init__(
        self,
        settings: AnalysisSettings | None = None,
        *,
        stt_model: str | None = None,
        transcriber: Recogniser | None = None,
        foreground: ForegroundSettings = ForegroundSettings(),
        prosody_settings: ProsodySettings | None = None,
    ) -> None:
        self.settings = settings or AnalysisSettings()
        self.prosody_settings = prosody_settings or ProsodySettings()
        self.stt_model = stt_model
        self.foreground = foreground
        self._transcriber = transcriber

    def analyze_file(self, path: str | Path) -> SpeechMetrics:
        return self.analyze_audio(load_audio(path))

    @property
    def transcriber(self):
        if self._transcriber is None:
            from voiceprep.speech.stt import Transcriber

            self._transcriber = Transcriber(self.stt_model)
        return self._transcriber

    def analyze_audio(self, audio: np.ndarray) -> SpeechMetrics:
        """The speaker's speech spans, their words (decoded again where a decode skipped speech),
        every voiced stretch accounted for, then the pure metrics and quality flags."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        duration_s = audio.size / SAMPLE_RATE
        clipped = clipped_share(audio)
        vad = VadSettings(aggressiveness=self.settings.vad_aggressiveness)
        raw_levels = frame_db(audio)
        original = audio  # prosody's loudness is the recording's own level, not the raised one
        audio, gain_db, flags = self._heard_as(audio, raw_levels, vad)
        levels = raw_levels + gain_db
        windows_at = _vad_silences(flags, vad)
        scene = split_by_level(flags, levels, self.foreground, vad)
        candidates, noise_spans, soft_fillers = self._quiet_stretches(audio, scene)
        speech = subtract(scene.voiced, noise_spans)
        figures = SignalFigures(scene.speaker_level_db - gain_db, clipped, scene.snr_db, 0.0, 0.0, 0.0)
        if not speech:  # silence: nothing to transcribe, and Whisper would invent a "You"
            m = speech_metrics([], [], duration_s, self.settings)
            return replace(m, quality=tuple(quality_flags(figures)))
        sound_s = min(duration_s, sound_end(speech, levels, scene.noise_floor_db))
        until_s = heard_until(speech, levels, scene.noise_floor_db, duration_s)
        first = self._decode(audio, windows_at, until_s, sound_s)
        others_heard = [(c, text) for c, text in candidates if not within_sentence(c, first)]
        background = [c for c, _ in others_heard]
        speech = subtract(speech, background)
        figures = replace(figures, background_voice_s=_total(background))
        if not speech:
            m = speech_metrics([], [], duration_s, self.settings)
            return replace(m, quality=tuple(quality_flags(figures)))
        others = [*background, *noise_spans]
        if background:  # decode again with the other voices turned down: fewer of their words get in
            audio = _duck(audio, background)
            first = self._decode(audio, windows_at, until_s, sound_s)
        heard = self._hear(audio, first, speech, windows_at, until_s, sound_s)
        # Whisper smears word edges into the silence (or the other voice) around them: pull
        # them onto the speaker's speech first, then drop the words that begin in another voice.
        noisy = scene.snr_db < NOISY_SNR_DB
        guarded = guard_words(heard.words, speech, levels, scene.noise_floor_db, noisy=noisy, others=others)
        speech = guarded.speech
        # The VAD runs through the pauses of a noisy line, and through a hiss raised with a quiet
        # voice: find them in the level.
        if noisy or scene.noise_floor_db >= VAD_HEARS_FLOOR_DB:
            gaps = quiet_gaps(speech, guarded.words, levels, scene.noise_floor_db, frame_s=FRAME_SAMPLES / SAMPLE_RATE,
                              min_pause_s=self.settings.min_pause_s)
            speech = subtract(speech, gaps)
        # Words far quieter than the speaker are another voice's, heard through the speaker's
        # pauses where no quiet stretch stood out (a colleague talking on behind them). A soft
        # "um" stays the speaker's, as in `_quiet_stretches`.
        mine = [w for w in outside(guarded.words, others) if not filled_pause_label(w.text)]  # in time order
        faint = [(extent(w), w.text) for w in faint_words(mine, levels, scene, self.foreground)]
        if faint:
            faint_spans = [s for s, _ in faint]
            others = [*others, *faint_spans]
            speech, figures = _without_others(speech, figures, faint_spans)
        words = outside(clamp_to_speech(guarded.words, speech), others)
        region = speech_region(speech, words)
        acoustic, named, voices_in_pauses = self._check_candidates(audio, words, region, scene)
        acoustic += [f for f in soft_fillers if not any(a.start < f.end and a.end > f.start for a in acoustic)]
        # Stretches that decoded alone as words, well below the speaker and in none of their
        # sentences: a room full of talk heard through their pauses (`voice_in_a_pause`). Not
        # their speaking time, and their pauses are kept.
        speech, figures = _without_others(speech, figures, [Span(v.start, v.end) for v in voices_in_pauses])
        # A whole span that is neither a word nor a filler (a breath, a click, a cough) is part
        # of the silence around it, as a listener hears it.
        speech, set_aside = set_apart(speech, named)
        m = speech_metrics(words, speech, duration_s, self.settings, acoustic_fillers=acoustic)
        elsewhere = [
            *(VoicedStretch(s.start, s.end, "background_voice", _bg_evidence(s, text, heard.words, levels, scene), _rel_level(s, levels, scene))
              for s, text in others_heard),
            *(VoicedStretch(s.start, s.end, "background_voice",
                            f"the word {text!r} never comes within {self.foreground.faint_word_db:.0f} dB of the speaker's level",
                            _rel_level(s, levels, scene))
              for s, text in faint),
            *(VoicedStretch(s.start, s.end, "noise", f"at the noise floor ({scene.noise_floor_db:.0f} dBFS)", _rel_level(s, levels, scene))
              for s in noise_spans),
            *set_aside,
            *voices_in_pauses,
        ]
        stretches = account(m.speech, m.word_timeline, m.fillers, named, elsewhere)
        probabilities = [w.probability for w in lexical_words(m.word_timeline)]
        figures = replace(figures, voiced_s=round(sum(s.duration_s for s in m.speech), 3),
                          unaccounted_s=unaccounted_s(stretches), redecoded=heard.redecoded,
                          words=len(probabilities), unsure_words=unsure_words(probabilities))
        return replace(m, voiced_stretches=tuple(stretches), quality=tuple(quality_flags(figures)),
                       prosody=self.prosody_of(original, m.word_timeline, duration_s))

    def prosody_of(self, audio: np.ndarray, words, duration_s: float):
        """Pitch and level tracks from Praat, then the pure prosody figures anchored on the words."""
        from voiceprep.speech.prosody_tracks import prosody_tracks

        tracks = prosody_tracks(audio, SAMPLE_RATE, self.prosody_settings)
        return prosody(tracks, words, duration_s, self.prosody_settings)

    def _quiet_stretches(self, audio: np.ndarray, scene: LevelScene) -> tuple[list[tuple[Span, str]], list[Span], list[Filler]]:
        """What the stretches well below the speaker hold: each is decoded alone.

        One that opens with a filled pause is the speaker's own soft "um" (kept, as a filler).
        Words well above the noise floor may be another voice (decided against the sentence
        around them); words near the floor are the speaker's own very soft speech (kept).
        Nothing heard near the floor is steady noise; nothing heard above it stays the
        speaker's (a breath, a sigh: named later).
        Returns (possible other voices with their text, steady noise, soft fillers)."""
        quiet = [*scene.quiet, *scene.near_floor]
        if not quiet:
            return [], [], []
        texts = self.transcriber.decode_clips(audio, [(q.start, q.end) for q in quiet])
        voices, noise, fillers = [], [], []
        for q, text in zip(quiet, texts):
            tokens = text.split()
            label = filled_pause_label(tokens[0]) if tokens else None
            has_words = any(normalise(t) for t in tokens)
            if label:
                fillers.append(Filler(label, "filled_pause", q.start, q.end))
            elif q in scene.quiet and has_words:
                voices.append((q, text))
            elif q in scene.near_floor and not has_words:
                noise.append(q)
        return voices, noise, fillers

    def hear_ahead(self, audio: np.ndarray) -> int:
        """While an answer is still being spoken (`audio` ends in speech: practice hands it over
        when the candidate speaks on after a pause): decode the part of it that is final already (the
        recogniser's windows that no later speech can change), so that at the end of the turn
        `analyze_audio` of the whole answer decodes only its last window. What is decoded here is
        exactly what the analysis would decode (same level, same windows, same prompt), so the
        figures are those of an offline analysis of the same recording. Returns the windows
        decoded now (0 when nothing new is final)."""
        audio = np.asarray(audio, dtype=np.float32).reshape(-1)
        vad = VadSettings(aggressiveness=self.settings.vad_aggressiveness)
        audio, _gain, flags = self._heard_as(audio, frame_db(audio), vad)
        if not flags.any():
            return 0
        until_s = audio.size / SAMPLE_RATE  # they are speaking: the answer goes on past this
        silences = _vad_silences(flags, vad)
        ahead = self.transcriber.decode_ahead(audio, silences, until_s)
        decoded = ahead.decoded
        spoken = [Span(s.start, min(s.end, ahead.final_s)) for s in flags_to_spans(flags, vad) if s.start < ahead.final_s]
        if spoken and skipped_speech(coverage(cap_words(ahead.words), spoken)):  # the end of turn will decode it plain too
            decoded += self.transcriber.decode_ahead(audio, silences, until_s, prompt=False).decoded
        return decoded

    @staticmethod
    def _heard_as(audio: np.ndarray, levels_db: np.ndarray, vad: VadSettings) -> tuple[np.ndarray, float, np.ndarray]:
        """The audio as the recogniser hears it (a quiet recording raised), its gain in dB and the
        VAD's frame flags: one path for `analyze_audio` and `hear_ahead`, so the windows decoded
        ahead are cut from the same samples."""
        raised, gain_db = _raise_quiet(audio, levels_db)
        return raised, gain_db, frame_flags(raised, vad)

    def _decode(self, audio: np.ndarray, silences: list[tuple[float, float]], until_s: float, sound_s: float, *,
                prompt: bool = True) -> list[Word]:
        """Words of the recording up to `until_s` (its last sound ends at `sound_s`), cut into
        windows at `silences` (the VAD's pauses: known while the answer is spoken, so its first
        windows can be decoded then)."""
        inside = [(a, b) for a, b in silences if b < until_s]
        return cap_words(self.transcriber.transcribe(audio[: int(until_s * SAMPLE_RATE)], prompt=prompt, silences=inside,
                                                     sound_end_s=sound_s).words)

    def _hear(self, audio: np.ndarray, first: list[Word], speech: list[Span], silences: list[tuple[float, float]],
              until_s: float, sound_s: float) -> _Heard:
        """Words of the answer. A prompted decode (`first`) that leaves clearly too much voiced
        time uncovered (it can skip whole stretches of fast speech) is decoded again without the
        prompt (`merge_decodes`), and what is still uncovered stretch by stretch; words fill
        only the holes."""
        words = list(first)
        if not skipped_speech(coverage(words, speech)):
            return _Heard(words, False)
        plain = self._decode(audio, silences, until_s, sound_s, prompt=False)
        words = merge_decodes(words, plain, speech)
        for hole in coverage(words, speech).holes:
            if hole.duration_s < 1.0:
                continue
            lo = max(0.0, hole.start - 0.2)
            clip = audio[int(lo * SAMPLE_RATE): int((hole.end + 0.2) * SAMPLE_RATE)]
            alone = cap_words(self.transcriber.transcribe(clip, prompt=False, offset_s=lo).words)
            words = fill_holes(words, alone, [hole])
        return _Heard(words, True)

    def _check_candidates(self, audio: np.ndarray, words: list[Word], region: list[Span],
                          scene: LevelScene) -> tuple[list[Filler], list[VoicedStretch], list[VoicedStretch]]:
        """Re-decode each uncovered voiced stretch alone: filled pauses are kept; words well below
        the speaker in one of their pauses are another voice; the others are named from their
        sound (breath, click, cough) or left "unrecognised", with evidence.
        Returns (filled pauses, named sounds of the speaker's, other voices in their pauses)."""
        found: list[Filler] = []
        named: list[VoicedStretch] = []
        voices: list[VoicedStretch] = []
        candidates = filler_candidates(words, region)
        texts = self.transcriber.decode_clips(audio, [(c.start, c.end) for c in candidates])
        # A clip decoded as one token over and over ("F. F. F. F.") is a failed decode, not an
        # answer: once more with more of the sound around it.
        again = [i for i, t in enumerate(texts) if _stuck(t) and not filled_pause_label(t.split()[0])]
        if again:
            retried = self.transcriber.decode_clips(audio, [(candidates[i].start, candidates[i].end) for i in again], pad_s=0.25)
            for i, t in zip(again, retried):
                texts[i] = t
        for cand, text in zip(candidates, texts):
            tokens = text.split()
            label = filled_pause_label(tokens[0]) if tokens else None
            if label:  # the stretch opens with a filled pause (what follows may be a clipped word)
                found.append(Filler(label, "filled_pause", cand.start, cand.end))
                continue
            sound = describe(audio, cand.start, cand.end, scene.speaker_level_db)
            if _other_words(text, cand, words) and voice_in_a_pause(cand, sound.level_db, words, scene, audio.size / SAMPLE_RATE,
                                                                   self.foreground):
                evidence = (f"{-sound.level_db:.0f} dB below the speaker, between their sentences; "
                            f"decoded alone as {text!r}")
                voices.append(VoicedStretch(cand.start, cand.end, "background_voice", evidence, sound.level_db))
                continue
            kind, evidence = name_sound(sound, text)
            named.append(VoicedStretch(cand.start, cand.end, kind, evidence, sound.level_db))
        for hole in coverage(words, region).holes:  # too long for a filler: still say what it is
            if any(v.start < hole.end and v.end > hole.start for v in (*named, *voices, *found)):
                continue
            sound = describe(audio, hole.start, hole.end, scene.speaker_level_db)
            kind, evidence = name_sound(sound)
            named.append(VoicedStretch(hole.start, hole.end, kind, evidence, sound.level_db))
        return found, named, voices


def _other_words(decoded: str, stretch: Span, words: list[Word], near_s: float = 0.2) -> bool:
    """Did a stretch decoded alone (`decoded`) hold words of its own? Not when the decode failed
    (one token over and over: the speaker's soft "but" in an MFA clip came back as "Montreal"
    eight times), nor when it holds only filled pauses, laughter ("Hahaha."), or the words on
    either side of it, which the clip's padding reaches ("And." for a phone line's pause before
    the speaker's "and")."""
    if _stuck(decoded):
        return False
    beside = {normalise(w.text) for w in words if w.end >= stretch.start - near_s and w.start <= stretch.end + near_s}
    return any(normalise(t) and normalise(t) not in beside and not filled_pause_label(t) and not is_laughter(t)
               for t in decoded.split())


def _stuck(text: str) -> bool:
    """One token repeated three or more times and nothing else."""
    toks = [normalise(t) for t in text.split()]
    return len(toks) >= 3 and len(set(toks)) == 1


def _vad_silences(flags: np.ndarray, vad: VadSettings) -> list[tuple[float, float]]:
    """The pauses between the VAD's speech spans: where the recogniser's windows may be cut. From
    the VAD alone (frame by frame, no look-ahead), so the same for an answer heard so far as for
    the whole recording, unlike the speech spans the analysis refines with the whole recording's
    levels."""
    spans = flags_to_spans(flags, vad)
    return [(round(float(a.end), 3), round(float(b.start), 3)) for a, b in pairwise(spans)]


def sound_end(speech: list[Span], levels_db: np.ndarray, noise_floor_db: float) -> float:
    """Where the last sound ends: the end of the last speech span or of the last frame clearly
    above the noise floor, whichever is later (in loud noise the VAD misses speech that the level
    still shows)."""
    loud = np.flatnonzero(levels_db >= noise_floor_db + SOUND_ABOVE_FLOOR_DB)
    last_sound = (loud[-1] + 1) * FRAME_SAMPLES / SAMPLE_RATE if loud.size else 0.0
    return max(speech[-1].end, last_sound)


def heard_until(speech: list[Span], levels_db: np.ndarray, noise_floor_db: float, duration_s: float) -> float:
    """Where the recogniser stops listening: DECODE_TAIL_S after the last sound (`sound_end`)."""
    return min(duration_s, sound_end(speech, levels_db, noise_floor_db) + DECODE_TAIL_S)


def _raise_quiet(audio: np.ndarray, levels_db: np.ndarray) -> tuple[np.ndarray, float]:
    """A very quiet recording raised to a normal level (the VAD ignores frames below -50 dBFS
    and Whisper hears quiet speech worse); (audio, gain in dB)."""
    voiced = levels_db[levels_db > levels_db.max() - 40] if levels_db.size else levels_db
    if voiced.size == 0:
        return audio, 0.0
    level = float(np.percentile(voiced, 90))
    if level >= QUIET_BELOW_DB:
        return audio, 0.0
    gain = min(MAX_GAIN_DB, TARGET_LEVEL_DB - level)
    return np.clip(audio * 10 ** (gain / 20), -1.0, 1.0).astype(np.float32), gain


def _duck(audio: np.ndarray, stretches: list[Span]) -> np.ndarray:
    """Other voices turned down by BACKGROUND_DUCK_DB, so the recogniser does not write their words."""
    out = audio.copy()
    g = 10 ** (BACKGROUND_DUCK_DB / 20)
    for s in stretches:
        out[int(s.start * SAMPLE_RATE): int(s.end * SAMPLE_RATE)] *= g
    return out


def _without_others(speech: list[Span], figures: SignalFigures, spans: list[Span]) -> tuple[list[Span], SignalFigures]:
    """Other voices' stretches taken out of the speaker's speech and counted as background time."""
    if not spans:
        return speech, figures
    return subtract(speech, spans), replace(figures, background_voice_s=round(figures.background_voice_s + _total(spans), 3))


def _total(spans) -> float:
    return round(sum(s.duration_s for s in spans), 3)


def _rel_level(s: Span, levels_db: np.ndarray, scene: LevelScene) -> float:
    from voiceprep.audio.level import power_mean_db

    seg = levels_db[int(s.start * 100): int(s.end * 100)]
    return round(power_mean_db(seg) - scene.speaker_level_db, 1)


def _bg_evidence(s: Span, decoded: str, words: list[Word], levels_db: np.ndarray, scene: LevelScene) -> str:
    dropped = [w.text for w in words if s.start <= (w.start + w.end) / 2 <= s.end]
    text = f"{-_rel_level(s, levels_db, scene):.0f} dB below the speaker; decoded alone as {decoded!r}"
    return text + (f"; words the full decode put there, left out: {' '.join(dropped)}" if dropped else "")


@dataclass(frozen=True)
class GuardedWords:
    """The recognised words kept as the speaker's, and the speech spans they lie in."""

    words: list[Word]
    speech: list[Span]  # the detected speech plus the extent of each word kept on its own evidence
    trusted: tuple[Word, ...]  # words kept far from detected speech (noisy recordings only)


def guard_words(words: list[Word], speech: list[Span], levels_db: np.ndarray, noise_floor_db: float, *,
                noisy: bool, others: list[Span] | tuple[Span, ...] = ()) -> GuardedWords:
    """Guard against hallucinated words: a real word lies near detected speech (NEAR_SPEECH_S).

    In a noisy recording the VAD misses much of the speech, so a word far from it is kept on its
    own evidence too: a confident one (CONFIDENT_WORD_P) that sounds above the noise floor or
    touches a heard word, or one inside a run of kept words (both neighbours kept and touching
    it, within WORD_PAD_S):
    the recogniser's inventions sit in silence, not between the speaker's words. A word kept so
    becomes speech over its extent, so no pause or span edge is measured through it. A word in
    `others` (another voice, steady noise) is never kept on its own evidence."""
    words = sorted(words, key=lambda w: w.start)
    first_s, last_s = min((s.start for s in speech), default=0.0), max((s.end for s in speech), default=0.0)
    near = [_near_speech(w, speech) and not _zero_length_beyond(w, first_s, last_s) for w in words]
    # far from detected speech, in a noisy recording, and not in another voice or steady noise
    far = [noisy and not n and bool(outside([w], others)) for w, n in zip(words, near)]
    sure = [f and w.probability >= CONFIDENT_WORD_P and _sounds(w, levels_db, noise_floor_db) for w, f in zip(words, far)]
    heard = [n or s_ for n, s_ in zip(near, sure)]
    # A confident word the recogniser set against a heard word is the speaker's even where the
    # noise hides its sound (real speech in 15 dB pink noise: "...a different end.", "different"
    # at 0.81 with no duration, 4.7 dB above the floor, against "end." which the VAD heard).
    attached = [far[i] and not heard[i] and words[i].probability >= CONFIDENT_WORD_P
                and ((i > 0 and heard[i - 1] and _touch(words[i - 1], words[i]))
                     or (i < len(words) - 1 and heard[i + 1] and _touch(words[i], words[i + 1]))) for i in range(len(words))]
    heard = [h or a for h, a in zip(heard, attached)]
    inside_run = [far[i] and 0 < i < len(words) - 1 and heard[i - 1] and heard[i + 1]
                  and _touch(words[i - 1], words[i]) and _touch(words[i], words[i + 1]) for i in range(len(words))]
    kept = [w for w, h, r in zip(words, heard, inside_run) if h or r]
    trusted = [w for w, s_, a, r in zip(words, sure, attached, inside_run) if s_ or a or r]
    extents: list[Span] = []
    for w in trusted:  # in time order; words that touch make one span
        if w.end <= w.start:
            continue
        if extents and w.start <= extents[-1].end:
            extents[-1] = Span(extents[-1].start, max(extents[-1].end, w.end))
        else:
            extents.append(Span(w.start, w.end))
    return GuardedWords(kept, sorted([*speech, *extents], key=lambda s: s.start), tuple(trusted))


def _touch(a: Word, b: Word) -> bool:
    """Does `b` follow `a` within the looseness of word timing (WORD_PAD_S)?"""
    return b.start - a.end <= WORD_PAD_S


def _sounds(word: Word, levels_db: np.ndarray, noise_floor_db: float) -> bool:
    """Is some 10 ms frame of the word SOUND_ABOVE_FLOOR_DB above the noise floor?"""
    a = int(word.start * SAMPLE_RATE) // FRAME_SAMPLES
    b = max(a + 1, -(-int(word.end * SAMPLE_RATE) // FRAME_SAMPLES))
    seg = levels_db[a:b]
    return bool(seg.size) and float(seg.max()) >= noise_floor_db + SOUND_ABOVE_FLOOR_DB


def _zero_length_beyond(word: Word, first_s: float, last_s: float) -> bool:
    """A word with no duration beyond either end of the detected speech (`first_s`..`last_s`).
    Whisper stacks inventions at one instant where its window ends: a read answer cut 0.2 s after
    its last word came back with "We'll see you next time, see you next time." after it, eight of
    those words at 11.48 s where the speech ended at 11.31 (LibriSpeech 2412-153948-0000, session
    24). A zero-length word has no smeared edge for NEAR_SPEECH_S to forgive and no sound of its
    own; between two stretches of speech such words are mostly real (the aligner squeezes fast
    words), past the ends they are not."""
    return word.end <= word.start and (word.start > last_s or word.end < first_s)


def _near_speech(word: Word, speech: list[Span], slack_s: float = NEAR_SPEECH_S) -> bool:
    """A real word overlaps detected speech (give or take `slack_s`: Whisper smears word edges)."""
    return any(word.start < s.end + slack_s and word.end > s.start - slack_s for s in speech)
