"""One number in the rule data moves both the engine's deadline and the simulation's behaviour.

Each case changes one rule's days in ``domain.regels.REGELS`` (a week later) and then
simulates a small cohort of long cases in which every party is on time, and one in which
every party is late.  The engine, on the same changed data, must find every on-time fact
``tijdig`` and every late one ``te_laat``; and some on-time facts must fall after the *old*
deadline, which only happens when the simulation took its window from the data too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.feiten import Feit
from domain.gebeurtenissen import (
    DossierGebeurtenis,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    ReintegratieverslagOpgesteld,
    ZiekmeldingUWVGedaan,
)
from domain.regels import REGELS, Termijn, dagnummer
from domain.termijnen import bereken_termijnen
from simulation.model import Model, Uitslag
from simulation.parameters import Scenario
from simulation.stromen import stromen, trek
from tests.simulation.hulp import scenario_met

AANTAL = 40
LATER = 7
WEEK = timedelta(days=LATER)

# Every case is sick past the end of the waiting period and track 2 never places anyone,
# so every step of every case is taken.
LANG = scenario_met(
    Scenario(),
    {"ziekteduur.mu": 7.0, "ziekteduur.sigma": 0.2, "beleid.plaatsing_kans": 0.0},
)

# The rule, the fact that meets it, and the fact its deadline counts from (None: day 1).
REGELS_EN_FEITEN: dict[str, tuple[type[DossierGebeurtenis], type[DossierGebeurtenis] | None]] = {
    "ziekmelding_uwv": (ZiekmeldingUWVGedaan, None),
    "reintegratieverslag": (ReintegratieverslagOpgesteld, None),
    "plan_van_aanpak": (PlanVanAanpakOpgesteld, ProbleemanalyseOpgesteld),
    "probleemanalyse": (ProbleemanalyseOpgesteld, None),
}


def _simuleer(regel: str, naleving: float) -> list[Uitslag]:
    scenario = scenario_met(LANG, {f"naleving.{regel}": naleving})
    model = Model(scenario, trek(stromen(5, 0), AANTAL), 0, bewaar_dossiers=True)
    return model.draai()


def _feiten(uitslagen: list[Uitslag], soort: type[DossierGebeurtenis]) -> list[tuple[Feit, ...]]:
    """Per case: all its facts, and the first fact of this type (must exist)."""
    uit = []
    for u in uitslagen:
        assert u.dossier is not None
        feiten = tuple(u.dossier.feiten)
        assert any(f.type_naam == soort.__name__ for f in feiten), f"case {u.case}"
        uit.append(feiten)
    return uit


def _eerste(feiten: tuple[Feit, ...], soort: type[DossierGebeurtenis]) -> Feit:
    return min((f for f in feiten if f.type_naam == soort.__name__), key=lambda f: f.datum)


def _uiterste(
    feiten: tuple[Feit, ...], termijn: Termijn, anker: type[DossierGebeurtenis] | None
) -> date:
    """The deadline of ``termijn`` in a case without fit gaps or extension, by hand."""
    if anker is None:
        d1: date = feiten[0].velden["eerste_ziektedag"]
        return d1 + timedelta(days=dagnummer(termijn) - 1)
    return _eerste(feiten, anker).datum + timedelta(days=termijn.dagen)


@pytest.mark.parametrize("regel", sorted(REGELS_EN_FEITEN))
def test_one_changed_number_moves_the_deadline_and_the_behaviour_window(
    regel: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    soort, anker = REGELS_EN_FEITEN[regel]
    oud = REGELS[regel]
    nieuw = replace(oud.uiterste, dagen=oud.uiterste.dagen + LATER)
    oude_vensters = Model(LANG, trek(stromen(5, 0), 1), 0).vensters
    monkeypatch.setitem(REGELS, regel, replace(oud, uiterste=nieuw))

    # The simulation's window moved by the same week.
    nieuwe_vensters = Model(LANG, trek(stromen(5, 0), 1), 0).vensters
    if regel in oude_vensters:
        assert nieuwe_vensters[regel].uiterste == oude_vensters[regel].uiterste + LATER

    # Everyone late: every fact is after the new deadline, and the engine says te_laat.
    for feiten in _feiten(_simuleer(regel, 0.0), soort):
        overzicht = bereken_termijnen(feiten, feiten[-1].datum)
        v = next(v for v in overzicht.verplichtingen if v.regel == regel)
        assert v.uiterste_datum == _uiterste(feiten, nieuw, anker)
        assert _uiterste(feiten, nieuw, anker) == _uiterste(feiten, oud.uiterste, anker) + WEEK
        assert v.status == "te_laat", (v, _eerste(feiten, soort))

    if regel == "probleemanalyse":
        return  # on time, the bedrijfsartsen's capacity decides, not a window

    # Everyone on time: the engine on the changed data says tijdig for each, and some facts
    # fall after the old deadline (the old window never went past it).
    na_oude_uiterste = 0
    for feiten in _feiten(_simuleer(regel, 1.0), soort):
        overzicht = bereken_termijnen(feiten, feiten[-1].datum)
        v = next(v for v in overzicht.verplichtingen if v.regel == regel)
        assert v.status == "tijdig", (v, _eerste(feiten, soort))
        assert v.uiterste_datum == _uiterste(feiten, nieuw, anker)
        na_oude_uiterste += _eerste(feiten, soort).datum > _uiterste(feiten, oud.uiterste, anker)
    assert na_oude_uiterste > 0
