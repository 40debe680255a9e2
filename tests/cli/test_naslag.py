"""``spoorwijzer types``: the overview, one type in full, the typo hint and ``--json``.

The descriptions come from :mod:`adapters.levend.formaat`, the machinery that also generates
the field reference of ``docs/uitwisselformaat.md``; these tests check what a user sees.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import adapters.cli.gemeen as cli_module
from adapters.cli import app
from domain.bevoegdheden import BEVOEGDHEDEN
from domain.gebeurtenissen import ALLE_TYPES, eigen_velden
from domain.invoer import valideer, verplichte_velden

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(autouse=True)
def _breed(monkeypatch: pytest.MonkeyPatch) -> None:
    for console in (cli_module.uit, cli_module.fout_uit):
        monkeypatch.setattr(console, "_width", 400)


def _types(*argumenten: str) -> Result:
    resultaat = CliRunner().invoke(
        app, ["types", *argumenten], env={"COLUMNS": "400", "NO_COLOR": "1"}
    )
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat


def _json(*argumenten: str) -> Any:
    resultaat = _types(*argumenten, "--json")
    assert resultaat.exit_code == 0, resultaat.stderr
    return json.loads(resultaat.stdout)


def test_het_overzicht_noemt_elk_type_in_woorden_met_een_omschrijving() -> None:
    resultaat = _types()
    assert resultaat.exit_code == 0, resultaat.stderr
    uitvoer = ANSI.sub("", resultaat.stdout)
    for naam in ALLE_TYPES:
        assert naam in uitvoer, naam
    assert "ziekmelding UWV gedaan" in uitvoer
    assert "plan van aanpak opgesteld" in uitvoer
    assert "De bedrijfsarts heeft de probleemanalyse opgesteld." in uitvoer
    assert "docs/uitwisselformaat.md#veldreferentie-per-type" in uitvoer


@pytest.mark.parametrize(
    "gespeld",
    [
        "PlanVanAanpakOpgesteld",
        "planvanaanpakopgesteld",
        "PLAN VAN AANPAK OPGESTELD",
        "plan_van_aanpak_opgesteld",
    ],
)
def test_een_type_volledig_ongeacht_hoofdletters(gespeld: str) -> None:
    resultaat = _types(gespeld)
    assert resultaat.exit_code == 0, resultaat.stderr
    uitvoer = ANSI.sub("", resultaat.stdout)
    assert uitvoer.startswith("PlanVanAanpakOpgesteld (plan van aanpak opgesteld)")
    for veld in ("casemanager", "doel", "visie_werkgever", "visie_werknemer", "datum", "door"):
        assert re.search(rf"^│ {veld}\s+│ (ja|nee) ", uitvoer, re.MULTILINE), veld
    assert re.search(r"^│ doel\s+│ ja ", uitvoer, re.MULTILINE)
    assert re.search(r"^│ visie_werkgever\s+│ nee ", uitvoer, re.MULTILINE)
    assert "eigen_werk, aangepast_werk, ander_werk_intern, ander_werk_extern" in uitvoer
    assert "hoogstens 10.000 tekens" in uitvoer
    assert "Vastleggen mag: casemanager, werkgever" in uitvoer
    voorbeeld = uitvoer.split("Voorbeeld:\n", 1)[1].splitlines()[0]
    assert valideer(json.loads(voorbeeld)).type_naam == "PlanVanAanpakOpgesteld"
    assert "docs/uitwisselformaat.md#planvanaanpakopgesteld" in uitvoer


def test_een_tikfout_krijgt_bedoelde_u_en_exitcode_2() -> None:
    resultaat = _types("ZiekmeldingOntvagen")
    assert resultaat.exit_code == 2
    assert "onbekend type 'ZiekmeldingOntvagen'; bedoelde u ZiekmeldingOntvangen?" in (
        resultaat.stderr
    )
    assert resultaat.stdout == ""


def test_onzin_krijgt_geen_hint_maar_wel_de_weg_naar_alle_types() -> None:
    resultaat = _types("xyzzy")
    assert resultaat.exit_code == 2
    assert "bedoelde u" not in resultaat.stderr
    assert "spoorwijzer types" in resultaat.stderr


def test_een_heel_lange_naam_wordt_afgekapt_en_geeft_geen_serverfout() -> None:
    resultaat = _types("Ziekmelding" * 10_000)
    assert resultaat.exit_code == 2
    assert len(resultaat.stderr) < 500


def test_json_van_een_type_noemt_velden_rollen_en_een_geldig_voorbeeld() -> None:
    gegevens = _json("werkhervat")
    assert gegevens["type"] == "WerkHervat"
    velden = {v["naam"]: v for v in gegevens["velden"]}
    assert list(velden) == list(eigen_velden(ALLE_TYPES["WerkHervat"]))
    assert velden["percentage"]["verplicht"] is True
    assert velden["percentage"]["soort"] == "geheel getal van 1 tot en met 100"
    assert velden["soort"]["toegestaan"] == [
        "eigen_werk",
        "aangepast_werk",
        "ander_werk_intern",
        "ander_werk_extern",
    ]
    assert gegevens["rollen"] == sorted(BEVOEGDHEDEN["WerkHervat"])
    assert valideer(gegevens["voorbeeld"]).type_naam == "WerkHervat"
    assert gegevens["documentatie"] == "docs/uitwisselformaat.md#werkhervat"


def test_json_overzicht_heeft_elk_type_met_de_verplichte_velden_van_de_code() -> None:
    gegevens = _json()
    assert [t["type"] for t in gegevens] == list(ALLE_TYPES)
    for t in gegevens:
        verplicht = [v["naam"] for v in t["velden"] if v["verplicht"]]
        assert tuple(verplicht) == verplichte_velden(t["type"]), t["type"]
        assert t["omschrijving"], t["type"]


def test_een_correctie_noemt_wie_haar_mag_vastleggen() -> None:
    gegevens = _json("RegistratieGecorrigeerd")
    assert gegevens["rollen"] == []
    assert "gecorrigeerde" in gegevens["rollen_toelichting"]
