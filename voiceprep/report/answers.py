"""Which turns are answers, and which deliberate silence followed each one."""

from __future__ import annotations

from collections.abc import Sequence

from voiceprep.types import HeldSilence, Turn

ANSWER_ROLES = ("candidate", "agent")
NOT_ANSWERS = ("silence_response",)  # speech during a held silence belongs to the answer before it


def answers_with_silences(turns: Sequence[Turn]) -> list[tuple[Turn, HeldSilence | None]]:
    """Measured answers in order, each with the held silence that followed it (if any).

    A held silence may be stored on the answer itself or on the interviewer's held_silence turn
    right after it.
    """
    rows: list[tuple[Turn, HeldSilence | None]] = []
    for t in turns:
        if t.role in ANSWER_ROLES and t.metrics is not None and t.kind not in NOT_ANSWERS:
            rows.append((t, t.held_silence))
        elif t.held_silence is not None and rows and rows[-1][1] is None:
            rows[-1] = (rows[-1][0], t.held_silence)
    return rows
