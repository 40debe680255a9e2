"""``docs/regels.md`` against the deadline engine, so the description of the rules cannot drift.

Checked: one section per rule of ``domain.regels.REGELS``, in order, each naming the rule's legal
source and every version; the sources of counting and of the end of the waiting period; the
statuses; the rule-set version; and every worked example: a ``jsonl`` dossier between
``<!-- termijnen peildatum=... -->`` and ``<!-- /termijnen -->`` must give exactly the table of
obligations and the end of the waiting period written under it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from adapters.opslag.dossierbestand import in_geheugen
from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.regels import EINDE_WACHTTIJD_BRON, REGELS, REGELSET_VERSIE, SAMENTELLING_BRON
from domain.termijnen import STATUSSEN
from tests.conftest import HERKOMST
from tests.docs.markdown import blok, lees, tabelrijen

DOC = lees("regels.md")

_KOP = re.compile(r"^### `(\w+)`\n", re.MULTILINE)
_VOORBEELD = re.compile(
    r"<!-- termijnen peildatum=(\d{4}-\d{2}-\d{2}) -->\n(.*?)<!-- /termijnen -->", re.DOTALL
)
VOORBEELDEN = _VOORBEELD.findall(DOC)


def _plat(tekst: str) -> str:
    """Text with every run of white space as one space (lines in the document are wrapped)."""
    return re.sub(r"\s+", " ", tekst)


def _secties() -> dict[str, str]:
    """The text under each ``### `regel``` heading, up to the next heading."""
    koppen = list(_KOP.finditer(DOC))
    secties = {}
    for i, kop in enumerate(koppen):
        einde = koppen[i + 1].start() if i + 1 < len(koppen) else DOC.find("\n## ", kop.end())
        secties[kop.group(1)] = DOC[kop.end() : einde]
    return secties


def test_one_section_per_rule_in_contract_order() -> None:
    assert [k.group(1) for k in _KOP.finditer(DOC)] == list(REGELS)


@pytest.mark.parametrize("regel", list(REGELS))
def test_each_rule_names_its_source_and_versions(regel: str) -> None:
    sectie = _secties()[regel]
    definitie = REGELS[regel]
    assert _plat(definitie.bron.artikel) in _plat(sectie), definitie.bron.artikel
    versies = {v.id for v in definitie.versies}
    assert {v for v in re.findall(r"`([\w-]+)`", sectie) if v in _alle_versies()} == versies


def _alle_versies() -> set[str]:
    return {v.id for r in REGELS.values() for v in r.versies}


def test_the_sources_of_counting_and_of_the_end_are_named() -> None:
    assert _plat(SAMENTELLING_BRON.artikel) in _plat(DOC)
    assert _plat(EINDE_WACHTTIJD_BRON.artikel) in _plat(DOC)


def test_every_status_is_defined_and_no_other() -> None:
    assert [rij[0].strip("`") for rij in tabelrijen(blok(DOC, "statussen"))] == list(STATUSSEN)


def test_the_rule_set_version_is_the_code_s() -> None:
    assert f"**{REGELSET_VERSIE}**" in DOC
    assert f"`{REGELSET_VERSIE}`" in DOC


def test_there_are_worked_examples() -> None:
    assert len(VOORBEELDEN) >= 4


@pytest.mark.parametrize(
    ("peildatum", "tekst"), VOORBEELDEN, ids=[f"peildatum-{p}" for p, _ in VOORBEELDEN]
)
def test_every_worked_example_is_what_the_engine_computes(peildatum: str, tekst: str) -> None:
    dossier_tekst = re.search(r"```jsonl\n(.*?)```", tekst, re.DOTALL)
    assert dossier_tekst is not None, "een voorbeeld heeft een ```jsonl-blok"
    einde = re.search(r"End of the waiting period: \*\*(\d{4}-\d{2}-\d{2})\*\*", tekst)
    assert einde is not None, "een voorbeeld noemt het einde van de wachttijd"
    dossiers = in_geheugen()
    dossier_id = dossiers.importeer(lees_invoer(lijnen(dossier_tekst.group(1))), HERKOMST)
    overzicht = dossiers.dossier(dossier_id).termijnen(date.fromisoformat(peildatum))

    geschreven = [(r[0].strip("`"), r[1], r[2]) for r in tabelrijen(tekst)]
    berekend = [(v.regel, v.uiterste_datum.isoformat(), v.status) for v in overzicht.verplichtingen]
    assert geschreven == berekend
    assert overzicht.einde_wachttijd.isoformat() == einde.group(1)
