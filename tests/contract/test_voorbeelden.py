"""The worked cases of the contract, run through the real ``spoorwijzer termijnen`` CLI.

Every folder under ``tests/data/voorbeelden`` with a ``case.json`` and a
``dossier.jsonl`` is one case; a new example is picked up without touching this
file.  Each case runs in-process (typer's ``CliRunner``) and once as a real
subprocess of the installed ``spoorwijzer`` script, and both must give exactly
the expected first sick day, end of the waiting period and the ordered list of
(regel, uiterste_datum, status), or, for a refused case, a non-zero exit, an
empty standard output and the reason on standard error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from adapters.cli import app

VOORBEELDEN = Path(__file__).resolve().parents[1] / "data" / "voorbeelden"
SPOORWIJZER = Path(sys.executable).parent / "spoorwijzer"

# What the message of a refused case must say besides "regel N", per case folder.
WEIGERING_BEVAT: dict[str, tuple[str, ...]] = {
    "04-plan-voor-analyse-geweigerd": ("regel 2", "plan van aanpak", "probleemanalyse"),
}


@dataclass(frozen=True)
class Voorbeeld:
    """One worked case."""

    naam: str
    dossier: Path
    peildatum: str
    verwacht: dict[str, Any] | None
    geweigerd: str | None


def _voorbeelden() -> list[Voorbeeld]:
    gevonden = []
    for case in sorted(VOORBEELDEN.glob("*/case.json")):
        gegevens = json.loads(case.read_text(encoding="utf-8"))
        gevonden.append(
            Voorbeeld(
                naam=case.parent.name,
                dossier=case.parent / "dossier.jsonl",
                peildatum=gegevens["peildatum"],
                verwacht=gegevens.get("expected"),
                geweigerd=gegevens.get("refused"),
            )
        )
    return gevonden


VOORBEELDLIJST = _voorbeelden()


def _kern(antwoord: dict[str, Any]) -> dict[str, Any]:
    """The contract part of a ``termijnen --json`` answer (or of a case's ``expected``)."""
    return {
        "eerste_ziektedag": antwoord["eerste_ziektedag"],
        "einde_wachttijd": antwoord["einde_wachttijd"],
        "verplichtingen": [
            (v["regel"], v["uiterste_datum"], v["status"]) for v in antwoord["verplichtingen"]
        ],
    }


def _argumenten(voorbeeld: Voorbeeld) -> list[str]:
    return ["termijnen", str(voorbeeld.dossier), "--peildatum", voorbeeld.peildatum, "--json"]


def _controleer(voorbeeld: Voorbeeld, code: int, stdout: str, stderr: str) -> None:
    if voorbeeld.geweigerd is not None:
        assert code != 0, f"{voorbeeld.naam} had geweigerd moeten worden"
        assert "Traceback" not in stderr, stderr
        assert stdout == ""
        assert re.search(r"regel \d+", stderr), stderr
        for tekst in WEIGERING_BEVAT.get(voorbeeld.naam, ()):
            assert tekst in stderr, f"{tekst!r} ontbreekt in de foutmelding: {stderr!r}"
        return
    assert code == 0, stderr
    assert voorbeeld.verwacht is not None, f"{voorbeeld.naam}: case.json zonder expected/refused"
    assert stderr == ""
    assert _kern(json.loads(stdout)) == _kern(voorbeeld.verwacht)


def test_alle_voorbeelden_gevonden() -> None:
    assert len(VOORBEELDLIJST) >= 5, f"te weinig voorbeelden in {VOORBEELDEN}"
    for voorbeeld in VOORBEELDLIJST:
        assert voorbeeld.dossier.is_file(), voorbeeld.dossier
        assert (voorbeeld.verwacht is None) != (voorbeeld.geweigerd is None), voorbeeld.naam
    assert any(v.geweigerd for v in VOORBEELDLIJST), "geen geweigerd voorbeeld gevonden"


@pytest.mark.parametrize("voorbeeld", VOORBEELDLIJST, ids=lambda v: v.naam)
def test_voorbeeld_in_proces(voorbeeld: Voorbeeld) -> None:
    resultaat = CliRunner().invoke(app, _argumenten(voorbeeld), env={"COLUMNS": "200"})
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception  # a crash, not a refusal
    _controleer(voorbeeld, resultaat.exit_code, resultaat.stdout, resultaat.stderr)


@pytest.mark.parametrize("voorbeeld", VOORBEELDLIJST, ids=lambda v: v.naam)
def test_voorbeeld_als_subproces(voorbeeld: Voorbeeld, tmp_path: Path) -> None:
    assert SPOORWIJZER.is_file(), f"{SPOORWIJZER} ontbreekt: installeer het project in de venv"
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("SPOORWIJZER_")}
    proces = subprocess.run(
        [str(SPOORWIJZER), *_argumenten(voorbeeld)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={**omgeving, "COLUMNS": "200"},
        timeout=60,
        check=False,
    )
    _controleer(voorbeeld, proces.returncode, proces.stdout, proces.stderr)


def test_standaardinvoer_geeft_hetzelfde_antwoord() -> None:
    """``FILE`` may be ``-`` (contract section 5)."""
    voorbeeld = next(v for v in VOORBEELDLIJST if v.verwacht is not None)
    argumenten = ["termijnen", "-", "--peildatum", voorbeeld.peildatum, "--json"]
    resultaat = CliRunner().invoke(
        app, argumenten, input=voorbeeld.dossier.read_text(encoding="utf-8")
    )
    _controleer(voorbeeld, resultaat.exit_code, resultaat.stdout, resultaat.stderr)
