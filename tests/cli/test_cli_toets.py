"""``spoorwijzer dossier toets``: the poortwachtertoets as a table and as JSON, exit code 0."""

from __future__ import annotations

import json
from pathlib import Path
from uuid import UUID

import pytest
from click.testing import Result
from typer.testing import CliRunner

import adapters.cli.gemeen as cli_module
from adapters.cli import app

VOORBEELDEN = Path(__file__).resolve().parents[1] / "data" / "voorbeelden"
TE_LAAT = VOORBEELDEN / "02-analyse-en-plan-te-laat" / "dossier.jsonl"


@pytest.fixture
def spoorwijzer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for console in (cli_module.uit, cli_module.fout_uit):
        monkeypatch.setattr(console, "_width", 400)
    monkeypatch.setenv("SPOORWIJZER_GEBRUIKER", "tester")
    return CliRunner()


def run(runner: CliRunner, db: Path, *argumenten: str) -> Result:
    resultaat = runner.invoke(
        app, ["--db", str(db), *argumenten], env={"COLUMNS": "400", "NO_COLOR": "1"}
    )
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat


def test_toets_prints_every_item_the_verdict_and_the_risks_and_exits_0(
    spoorwijzer: CliRunner, tmp_path: Path
) -> None:
    db = tmp_path / "spoorwijzer.db"
    assert run(spoorwijzer, db, "db", "init").exit_code == 0
    dossier_id = str(
        UUID(run(spoorwijzer, db, "dossier", "importeer", str(TE_LAAT)).stdout.strip())
    )

    tabel = run(spoorwijzer, db, "dossier", "toets", dossier_id[:8], "--peildatum", "2025-04-01")
    assert tabel.exit_code == 0, tabel.stderr
    assert "riv_l" in tabel.stdout
    assert "proces_probleemanalyse" in tabel.stdout
    assert "Oordeel: onvolledig" in tabel.stdout
    assert "Risico op loonsanctie:" in tabel.stdout
    assert "proces_plan_van_aanpak: plan van aanpak" in tabel.stdout
    assert "Handmatig controleren" in tabel.stdout

    antwoord = json.loads(
        run(
            spoorwijzer, db, "dossier", "toets", dossier_id, "--peildatum", "2025-04-01", "--json"
        ).stdout
    )
    assert antwoord["dossier_id"] == dossier_id
    assert antwoord["oordeel"] == "onvolledig"
    assert antwoord["risico_loonsanctie"] == ["proces_probleemanalyse", "proces_plan_van_aanpak"]
    assert antwoord["riv_uiterste_datum"] == "2026-10-04"
    punt = next(p for p in antwoord["toetspunten"] if p["code"] == "proces_probleemanalyse")
    assert punt == {
        "code": "proces_probleemanalyse",
        "omschrijving": "probleemanalyse door de bedrijfsarts (week 6)",
        "uitkomst": "te_laat",
        "reden": punt["reden"],
        "bron": {
            "artikel": punt["bron"]["artikel"],
            "url": "https://wetten.overheid.nl/BWBR0014375",
        },
        "loonsanctierisico": True,
        "uit_vocabulaire": True,
        "posities": [2],
        "uiterste_datum": "2025-02-16",
    }
    assert "13 dagen na de uiterste datum 2025-02-16" in punt["reden"]


def test_toets_of_an_unknown_dossier_exits_3(spoorwijzer: CliRunner, tmp_path: Path) -> None:
    assert run(spoorwijzer, tmp_path / "spoorwijzer.db", "db", "init").exit_code == 0
    resultaat = run(spoorwijzer, tmp_path / "spoorwijzer.db", "dossier", "toets", "ffffffff")

    assert resultaat.exit_code == 3
    assert "niet gevonden" in resultaat.stderr
