"""The one error type a user can cause: a message plus a hint on what to do."""

from __future__ import annotations


class VoiceprepError(Exception):
    """An error the user can fix; the CLI prints it as one line and exits 2."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        """The message and hint joined as the single line the CLI prints."""
        return f"{self.message}: {self.hint}" if self.hint else self.message
