"""The practice screen: the interviewer's words as captions, a listening indicator with the
answer's elapsed time and the controls, and one line of feedback after each answer.

A rich Live region at the bottom holds the indicator; captions, feedback and notes print above it
and scroll like a transcript. The engine and the scripts report events through the `Screen`
protocol; `NoScreen` ignores them (headless runs, --json).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from voiceprep.audio.keys import HELP
from voiceprep.report.bands import Verdict, answer_length, fillers, in_doubt, longest_pause, pace
from voiceprep.types import SpeechMetrics

STYLE = {"green": "green", "amber": "yellow", "red": "red", "none": "dim"}


class Screen(Protocol):
    def caption(self, who: str, text: str) -> None: ...

    def speaking(self, on: bool) -> None: ...

    def listening(self, on: bool) -> None: ...

    def feedback(self, metrics: SpeechMetrics) -> None: ...

    def note(self, text: str) -> None: ...


class NoScreen:
    """Ignores every event."""

    def caption(self, who: str, text: str) -> None:
        pass

    def speaking(self, on: bool) -> None:
        pass

    def listening(self, on: bool) -> None:
        pass

    def feedback(self, metrics: SpeechMetrics) -> None:
        pass

    def note(self, text: str) -> None:
        pass


def feedback_verdicts(m: SpeechMetrics) -> list[Verdict]:
    """The four figures said after each answer: pace, fillers, longest pause, length (a figure in
    doubt marked "?", uncoloured)."""
    return [in_doubt(pace(m.wpm), m.doubted("wpm")), in_doubt(fillers(m.fillers_per_min), m.doubted("fillers")),
            in_doubt(longest_pause(m.longest_pause_s), m.doubted("pauses")), answer_length(m.span_s)]


def feedback_line(m: SpeechMetrics) -> Text:
    """One line: each figure coloured by its band (green within target, amber near, red off)."""
    line = Text("  ")
    for i, v in enumerate(feedback_verdicts(m)):
        if i:
            line.append(" · ", style="dim")
        line.append(f"{v.label.lower()} ", style="dim")
        line.append(v.value, style=STYLE[v.status])
    return line


def clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class LiveScreen:
    """The screen over a rich Console; use as a context manager around the session."""

    def __init__(self, console: Console, *, quiet: bool = False, controls: str = HELP,
                 now: Callable[[], float] = time.monotonic, refresh_per_second: float = 4) -> None:
        self.console, self.quiet, self.controls, self.now = console, quiet, controls, now
        self._since: float | None = None  # listening since (the `now` clock)
        self._talking = False
        self._live = Live(console=console, get_renderable=self.status, refresh_per_second=refresh_per_second,
                          transient=True, redirect_stdout=False, redirect_stderr=False)

    def __enter__(self) -> LiveScreen:
        self._live.start()
        return self

    def __exit__(self, *exc) -> None:
        self._live.stop()

    def status(self) -> Group:
        """The bottom region: what is happening now, and the controls while listening."""
        if self._since is not None:
            line = Text("● ", style="bold red").append("Listening  ", style="bold").append(clock(self.now() - self._since))
            return Group(line, Text(f"  {self.controls}", style="dim"))
        if self._talking:
            return Group(Text("Interviewer speaking…", style="cyan"))
        return Group(Text(""))

    def _print(self, renderable) -> None:
        self.console.print(renderable, highlight=False)
        self._live.refresh()

    def caption(self, who: str, text: str) -> None:
        self._print(Text(f"{who}: ", style="bold cyan").append(text))  # Text: no markup from spoken words

    def speaking(self, on: bool) -> None:
        self._talking = on
        self._live.refresh()

    def listening(self, on: bool) -> None:
        self._since = self.now() if on else None
        if on and not self.console.is_terminal:  # piped or logged: the live region is not drawn, so say it
            self._print(Text(f"Your turn (listening)... {self.controls}", style="dim"))
        self._live.refresh()

    def feedback(self, metrics: SpeechMetrics) -> None:
        if not self.quiet:
            self._print(feedback_line(metrics))

    def note(self, text: str) -> None:
        self._print(Text(text, style="dim"))


@contextmanager
def screen_for(console: Console, *, live: bool, quiet: bool = False) -> Iterator[Screen]:
    """The live screen for a session at the microphone; nothing for headless runs (their output
    is the summary or the JSON at the end)."""
    if not live:
        yield NoScreen()
        return
    with LiveScreen(console, quiet=quiet) as screen:
        yield screen
