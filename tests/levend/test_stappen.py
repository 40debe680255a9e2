"""The step catalogue, read with ast, against step modules written in tmp_path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from pytest_bdd.steps import step_function_context_registry

from adapters.levend.__main__ import main
from adapters.levend.stappen import catalogus, lees_stappen, leesbaar_parse, leesbaar_re

KALENDER = '''\
"""Stappen over datums."""

from __future__ import annotations

from datetime import date
from functools import partial

from pytest_bdd import given, parsers, step, then, when
from pytest_bdd import given as stel

vandaag_is = partial(given, target_fixture="vandaag")


@vandaag_is(parsers.parse('het is vandaag "{datum}"'), converters={"datum": date.fromisoformat})
def vandaag(datum: date) -> date:
    """Zet de peildatum.

    Voorbeeld: Gegeven het is vandaag "2025-01-06"
    """
    return datum


@given(parsers.re(r"^de werknemer werkt (?P<uren>\\d+) uur per week$"))
@stel("de werknemer werkt fulltime")
def uren(uren: str = "38") -> None:
    """Legt de contracturen vast.

    Voorbeeld: de werknemer werkt 24 uur per week
    Voorbeeld: de werknemer werkt fulltime
    """


@when("de casemanager de volgende feiten vastlegt:")
def feiten(datatable: list[list[str]]) -> None:
    """Voorbeeld:
        Als de casemanager de volgende feiten vastlegt:
    """


@then(parsers.parse("staan er {aantal:d} verplichtingen open"))
def open_verplichtingen(aantal: int) -> None:
    """Voorbeeld: Dan staan er 3 verplichtingen open"""


@step("wordt de toelichting vastgelegd als:", "then")
def toelichting(docstring: str) -> None:
    """Voorbeeld: Dan wordt de toelichting vastgelegd als:"""


def geen_stap() -> None:
    """Voorbeeld: dit is geen stap"""
'''

DOSSIER = '''\
"""Stappen over het dossier."""

import pytest_bdd
from pytest_bdd import parsers as p


@pytest_bdd.when(p.parse('de werknemer zich ziek meldt op "{datum}"'))
def ziek(datum):
    """Voorbeeld: de werknemer zich ziek meldt op 6 januari"""


@pytest_bdd.then("is er een dossier")
def dossier():
    pass
'''


@pytest.fixture
def stappen(tmp_path: Path) -> Path:
    map_ = tmp_path / "stappen"
    map_.mkdir()
    (map_ / "__init__.py").write_text("")
    (map_ / "kalender.py").write_text(KALENDER, encoding="utf-8")
    (map_ / "dossier.py").write_text(DOSSIER, encoding="utf-8")
    return map_


def test_de_catalogus_noemt_elke_stap_met_zijn_voorbeeld(stappen: Path) -> None:
    tekst = catalogus(lees_stappen(stappen), "tests/bdd/stappen")

    assert tekst == (Path(__file__).parent / "verwacht_stappen.md").read_text(encoding="utf-8")


def test_ast_vindt_dezelfde_stappen_als_pytest_bdd_registreert(stappen: Path) -> None:
    spec = importlib.util.spec_from_file_location("stappen_kalender_test", stappen / "kalender.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]

    geregistreerd = {
        (c.type or "step", c.parser.name, c.target_fixture)
        for c in list(step_function_context_registry.values())
        if c.step_func.__module__ == spec.name
    }
    [kalender] = [m for m in lees_stappen(stappen) if m.naam == "kalender"]
    gevonden = {(d.soort, d.patroon, d.fixture) for d in kalender.stappen}
    assert gevonden == geregistreerd


def test_leesbare_patronen() -> None:
    assert leesbaar_parse("werknemer {naam} met {uren:d} uur, {{letterlijk}}") == (
        "werknemer {naam} met {uren} uur, {letterlijk}",
        (("naam", "tekst"), ("uren", "geheel getal")),
    )
    assert leesbaar_re(r"^het is (?P<dag>\d{4}-\d\d-\d\d) \(maandag\)$") == (
        "het is {dag} (maandag)",
        (("dag", r"regex `\d{4}-\d\d-\d\d`"),),
        True,
    )
    assert leesbaar_re(r"^(een|twee) (?P<x>[a-z)]+)$")[0] == "(een|twee) {x}"


def test_controleer_meldt_een_verouderde_catalogus(
    stappen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uit = tmp_path / "docs" / "stappen.md"
    argumenten = ["stappen", "--stappen", str(stappen), "--uit", str(uit)]

    assert main([*argumenten, "--controleer"]) == 1  # not there yet
    assert main(argumenten) == 0
    assert main([*argumenten, "--controleer"]) == 0
    (stappen / "kalender.py").write_text(KALENDER.replace("per week", "per maand"))
    assert main([*argumenten, "--controleer"]) == 1

    meldingen = capsys.readouterr()
    assert "is verouderd" in meldingen.err
    assert "ziek: voorbeeld past niet" in meldingen.err
    assert "dossier: geen 'Voorbeeld:' in de docstring" in meldingen.err


def test_streng_faalt_op_een_ontbrekend_of_onjuist_voorbeeld(stappen: Path, tmp_path: Path) -> None:
    uit = tmp_path / "stappen.md"
    argumenten = ["stappen", "--stappen", str(stappen), "--uit", str(uit)]

    assert main([*argumenten, "--streng"]) == 1
    (stappen / "dossier.py").unlink()
    assert main([*argumenten, "--streng"]) == 0


def test_zonder_stappenmap_is_de_catalogus_leeg(tmp_path: Path) -> None:
    tekst = catalogus(lees_stappen(tmp_path / "bestaat-niet"), "tests/bdd/stappen")

    assert "0 stappen in 0 modules." in tekst
    assert "_Nog geen stappen gevonden._" in tekst
