"""Thin typer app: each command lives in voiceprep/commands/<name>.py and registers itself here."""

from __future__ import annotations

import sqlite3
import sys

import typer

from voiceprep import __version__
from voiceprep.errors import VoiceprepError

app = typer.Typer(
    name="voiceprep",
    help="A fully local, voice-based mock interview coach.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"voiceprep {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Practise interviews out loud, fully offline."""


def _register() -> None:
    # One line per command module; each module defines `register(app)`.
    from voiceprep.commands import (
        analyze,
        call,
        coach,
        devices,
        doctor,
        history,
        practice,
        report,
    )

    for module in (analyze, call, coach, devices, doctor, history, practice, report):
        module.register(app)


_register()


def main() -> None:
    """Console entry point: user errors become one line on stderr and exit code 2."""
    try:
        rc = app(standalone_mode=False)
    except VoiceprepError as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        sys.exit(2)
    except sqlite3.DatabaseError as exc:  # a page damaged past the header, found while reading
        from voiceprep.store import damaged_database_error

        print(f"error: {damaged_database_error(exc).one_line()}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        print("aborted", file=sys.stderr)
        sys.exit(1)
    except Exception as exc:  # click usage errors keep their own formatting
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    sys.exit(rc if isinstance(rc, int) else 0)
