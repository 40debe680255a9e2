"""One "today" for every entry point: the Dutch calendar date of the injected clock.

At 23:30 UTC it is already tomorrow in the Netherlands (00:30 CET, 01:30 CEST): an obligation
due on the UTC date is overdue, in the CLI and in the API alike.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.bootstrap import bootstrap
from adapters.cli import app as cli_app
from adapters.cli.gemeen import Cli
from adapters.klok import VasteKlok
from adapters.opslag.instellingen import Instellingen
from domain.kalender import vandaag
from tests.api.conftest import TestClient, kop, schrijf_config
from tests.conftest import feit, gebruiker


@pytest.mark.parametrize(
    ("moment", "nederlands"),
    [
        (datetime(2025, 3, 16, 23, 30, tzinfo=UTC), date(2025, 3, 17)),  # winter: 00:30 CET
        (datetime(2025, 7, 16, 22, 30, tzinfo=UTC), date(2025, 7, 17)),  # summer: 00:30 CEST
        (datetime(2025, 7, 16, 21, 30, tzinfo=UTC), date(2025, 7, 16)),  # summer: 23:30 CEST
    ],
    ids=["winter-2330", "zomer-2230", "zomer-2130"],
)
def test_cli_en_api_zijn_het_eens_over_vandaag(
    moment: datetime, nederlands: date, tmp_path: Path
) -> None:
    klok = VasteKlok(moment)
    assert vandaag(klok) == nederlands
    # The probleemanalyse is due on the UTC date of the moment (day 42 = day 1 + 41 days).
    uiterste = moment.date()
    eerste = (uiterste - timedelta(days=41)).isoformat()
    verwacht = "verlopen" if nederlands > uiterste else "open"
    melding = {
        "type": "ZiekmeldingOntvangen",
        "datum": eerste,
        "eerste_ziektedag": eerste,
        "werknemer": "W-001",
        "werkgever": "Hoveniersbedrijf De Linde",
    }
    bestand = tmp_path / "dossier.jsonl"
    bestand.write_text(json.dumps(melding) + "\n", encoding="utf-8")

    with bootstrap(Instellingen(opslag="geheugen"), klok=klok) as systeem:
        dossier_id = systeem.dienst.open_dossier(gebruiker("werkgever"), feit(**_als_feit(melding)))
        api = TestClient(maak_app(systeem.dienst, Toegangsconfig.lees(schrijf_config(tmp_path))))
        uit_api = api.get(f"/dossiers/{dossier_id}", headers=kop("werkgever")).json()

        loper = CliRunner()
        toon = loper.invoke(
            cli_app,
            ["dossier", "toon", str(dossier_id), "--json"],
            obj=Cli(systeem=systeem),
            env={"SPOORWIJZER_GEBRUIKER": "tester"},
        )
        assert toon.exit_code == 0, toon.stderr
        uit_cli = json.loads(toon.stdout)
        signalen = api.get("/signalen", headers=kop("werkgever")).json()

    termijnen = CliRunner().invoke(
        cli_app, ["termijnen", str(bestand), "--json"], obj=Cli(klok=klok)
    )
    assert termijnen.exit_code == 0, termijnen.stderr
    uit_bestand = json.loads(termijnen.stdout)

    for antwoord in (uit_api, uit_cli, uit_bestand):
        assert antwoord["peildatum"] == nederlands.isoformat()
        analyse = next(v for v in antwoord["verplichtingen"] if v["regel"] == "probleemanalyse")
        assert (analyse["uiterste_datum"], analyse["status"]) == (uiterste.isoformat(), verwacht)
    assert signalen["peildatum"] == nederlands.isoformat()


def _als_feit(regel: dict[str, str]) -> dict[str, str]:
    velden = dict(regel)
    velden["type_naam"] = velden.pop("type")
    return velden
