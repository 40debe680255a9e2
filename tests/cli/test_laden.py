"""The root of the CLI loads a command group only when it runs.

``spoorwijzer --help`` and ``spoorwijzer serve --help`` must not import the simulation's
libraries (simpy, numpy, matplotlib); ``--help`` loads no command group at all.  Every command
the root names loads, and ``--help`` describes it as the command itself does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from adapters.cli import app
from adapters.cli.hoofd import COMMANDOS, laad

ZWAAR = ("simpy", "numpy", "matplotlib")


def _geladen(*argumenten: str) -> set[str]:
    """The modules a fresh ``python -m adapters.cli ARGS`` imported (from ``-X importtime``)."""
    resultaat = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "adapters.cli", *argumenten],
        capture_output=True,
        text=True,
        check=True,
    )
    return {
        regel.rsplit("|", 1)[-1].strip()
        for regel in resultaat.stderr.splitlines()
        if regel.startswith("import time:")
    }


@pytest.mark.parametrize("argumenten", [("--help",), ("serve", "--help")], ids=["help", "serve"])
def test_help_laadt_de_simulatie_niet(argumenten: tuple[str, ...]) -> None:
    geladen = _geladen(*argumenten)
    assert "adapters.cli.hoofd" in geladen  # the measurement sees our own modules
    assert not {m for m in geladen if m.split(".")[0] in ZWAAR}


def test_help_laadt_geen_enkele_opdrachtgroep() -> None:
    geladen = _geladen("--help")
    groepen = {c.module for c in COMMANDOS.values()}
    assert not groepen & geladen
    assert not {m for m in geladen if m.split(".")[0] in ("pydantic", "eventsourcing", "rich")}


@pytest.mark.parametrize("naam", list(COMMANDOS))
def test_elk_commando_laadt_en_de_hulp_klopt(naam: str) -> None:
    commando = laad(naam)
    assert commando.name == naam
    kort = (commando.help or "").strip().splitlines()[0]
    assert kort == COMMANDOS[naam].hulp, f"{naam}: pas COMMANDOS aan of de docstring"
    uitvoer = CliRunner().invoke(app, [naam, "--help"])
    assert uitvoer.exit_code == 0, uitvoer.output


def test_een_onbekend_commando_is_een_gebruiksfout() -> None:
    resultaat = CliRunner().invoke(app, ["onzin"])
    assert resultaat.exit_code == 2
