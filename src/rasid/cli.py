"""The `rasid` command: one subcommand per thing a user does."""
from __future__ import annotations

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="rasid (راصد): Arabic conflict news into structured, sourced records.")


def main() -> None:
    app()
