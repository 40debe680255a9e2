"""The ``spoorwijzer`` command line (typer + rich): an entry point of the application layer.

:mod:`adapters.cli.hoofd` is the root with every command group by name;
:mod:`adapters.cli.gemeen` what the groups share (who acts, the system, options, exit codes).
"""

from __future__ import annotations

from adapters.cli.hoofd import app


def main() -> None:
    """Entry point of the ``spoorwijzer`` script."""
    app()


__all__ = ["app", "main"]
