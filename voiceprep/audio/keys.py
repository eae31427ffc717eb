"""Keys the candidate presses while answering: Enter says "I'm done" (the answer ends at once),
space asks for more time (the interviewer waits longer at the next pause). Read from the
terminal in cbreak mode on a background thread, so listening never blocks on the keyboard."""

from __future__ import annotations

import os
import queue
import select
import sys
import threading
from dataclasses import dataclass
from typing import Literal

KeyAction = Literal["done", "more_time"]
KEYS: dict[bytes, KeyAction] = {b"\n": "done", b"\r": "done", b" ": "more_time"}
HELP = "Enter: I'm done · Space: more time · Ctrl-C: stop"


@dataclass(frozen=True)
class KeyPress:
    """One control key, with when it was pressed (time.monotonic())."""

    action: KeyAction
    at: float


class KeyReader:
    """Collects control keys from a terminal file descriptor (stdin by default).

    Use as a context manager; `poll()` returns the keys pressed since the last call. When the
    input is not a terminal (CI, a pipe), or `fd` is -1, it reads nothing and changes nothing.
    """

    def __init__(self, fd: int | None = None) -> None:
        if fd is None:
            try:
                fd = sys.stdin.fileno()
            except (OSError, ValueError, AttributeError):  # no real stdin (tests, services)
                fd = -1
        self.fd = fd
        self._events: queue.Queue[KeyPress] = queue.Queue()
        self._stop = threading.Event()
        self._saved = None
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        return self._thread is not None

    def __enter__(self) -> KeyReader:
        try:
            if self.fd < 0 or not os.isatty(self.fd):  # -1: keys off (headless runs)
                return self
            import termios
            import tty

            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        except (OSError, ValueError, ImportError):
            return self
        self._thread = threading.Thread(target=self._run, daemon=True, name="keys")
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def _run(self) -> None:
        import time

        while not self._stop.is_set():
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 16)
            except OSError:
                return
            if not data:
                return
            for i in range(len(data)):
                action = KEYS.get(data[i : i + 1])
                if action:
                    self._events.put(KeyPress(action, time.monotonic()))

    def poll(self) -> list[KeyPress]:
        out = []
        while True:
            try:
                out.append(self._events.get_nowait())
            except queue.Empty:
                return out
