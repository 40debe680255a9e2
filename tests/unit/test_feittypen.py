"""Fact types are named once, by their event class, so a misspelt type fails the type check.

Rule code used to spell type names as strings (``"EerstejaarsevaluatieGehouden"``), and a typo
simply matched nothing.  Now it names the classes of ``domain.gebeurtenissen``: the engine's
lookups take the class, and names compared per fact are taken from a class once.  The first
test keeps string literals out of the rule code; the second runs mypy on a few lines with
typos and on the same lines spelt right, and expects errors exactly at the typos.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from mypy import api

from domain.gebeurtenissen import ALLE_TYPES

ROOT = Path(__file__).resolve().parents[2]

REGELCODE = [*sorted(ROOT.glob("domain/*.py")), ROOT / "simulation" / "model.py"]
"""The domain and the simulation model: rule code that must not spell type names."""


@pytest.mark.parametrize("pad", REGELCODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_rule_code_names_no_fact_type_as_a_string(pad: Path) -> None:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    gevonden = [
        f"{pad.relative_to(ROOT)}:{knoop.lineno}: {knoop.value!r}"
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.Constant) and knoop.value in ALLE_TYPES
    ]
    assert not gevonden, "name the event class instead:\n" + "\n".join(gevonden)


MET_TIKFOUTEN = """\
from domain import gebeurtenissen
from domain.feiten import Feit
from domain.gebeurtenissen import EerstejaarsevaluatieGehoudn  # TIKFOUT
from domain.stand import _in_volgorde
from domain.termijnen import _Index


def regel(feiten: list[Feit]) -> object:
    index = _Index(feiten)
    return (
        EerstejaarsevaluatieGehoudn.__name__,
        gebeurtenissen.Spoor2Gestrat.__name__,  # TIKFOUT
        index.eerste("EerstejaarsevaluatieGehouden"),  # TIKFOUT
        _in_volgorde(feiten, "Spoor2Gestart"),  # TIKFOUT
    )
"""

GOED = (
    MET_TIKFOUTEN.replace("Gehoudn", "Gehouden")
    .replace("Gestrat", "Gestart")
    .replace('"EerstejaarsevaluatieGehouden"', "EerstejaarsevaluatieGehouden")
    .replace('"Spoor2Gestart"', "gebeurtenissen.Spoor2Gestart")
    .replace("  # TIKFOUT", "")
)


def test_a_misspelt_fact_type_fails_the_type_check(tmp_path: Path) -> None:
    fout = tmp_path / "met_tikfouten.py"
    goed = tmp_path / "goed.py"
    fout.write_text(MET_TIKFOUTEN, encoding="utf-8")
    goed.write_text(GOED, encoding="utf-8")

    # The project's settings and cache (warm after `make lint`, so this takes about a second).
    uitvoer, _, _ = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-error-summary",
            str(fout),
            str(goed),
        ]
    )

    fouten = re.findall(r"^(.+?):(\d+): error: (.*)$", uitvoer, flags=re.MULTILINE)
    assert all(Path(bestand).name == fout.name for bestand, _, _ in fouten), uitvoer
    regels_met_fout = {int(regel) for _, regel, _ in fouten}
    verwacht = {
        nummer
        for nummer, tekst in enumerate(MET_TIKFOUTEN.splitlines(), start=1)
        if "TIKFOUT" in tekst
    }
    assert regels_met_fout == verwacht, uitvoer
    assert any("has no attribute" in melding for _, _, melding in fouten), uitvoer
    assert any("incompatible type" in melding for _, _, melding in fouten), uitvoer
