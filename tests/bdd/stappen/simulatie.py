"""Steps for policy analysts: scenarios, replications and paired comparisons of KPIs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pytest_bdd import given, parsers, then, when

from simulation.kpi import Schatting, Telling, verschillen
from simulation.model import UITKOMSTEN
from simulation.parameters import Scenario
from simulation.runner import Opdracht, deelcohorten
from tests.simulation.hulp import met_afgeleide, scenario_met


@dataclass
class Simulatiestand:
    """What a simulation scenario has set up and measured so far."""

    aantal: int = 1000
    gemeenschappelijk: dict[str, object] = field(default_factory=dict)
    """Keys set for every scenario (``in elk scenario``)."""
    wijzigingen: dict[str, dict[str, object]] = field(default_factory=dict)
    """Per scenario name: its own changed keys (on top of the defaults)."""
    kpis: dict[str, list[dict[str, float]]] = field(default_factory=dict)
    tellingen: dict[str, list[Telling]] = field(default_factory=dict)
    uitkomsten: dict[str, list[list[tuple[int, str]]]] = field(default_factory=dict)
    """Per scenario, per replication: (case, outcome) in the order the cases ended."""

    def scenario(self, naam: str) -> Scenario:
        if naam not in self.wijzigingen:
            raise AssertionError(
                f"scenario {naam!r} is niet gegeven; wel: {sorted(self.wijzigingen)}"
            )
        return scenario_met(
            Scenario(naam=naam), {**self.gemeenschappelijk, **self.wijzigingen[naam]}
        )

    def simuleer(self, naam: str, replicaties: int, seed: int) -> None:
        scenario = self.scenario(naam)
        self.kpis[naam], self.tellingen[naam], self.uitkomsten[naam] = [], [], []
        for r in range(replicaties):
            telling = Telling()
            uitkomsten: list[tuple[int, str]] = []
            for deel in deelcohorten(Opdracht(scenario, seed, r, self.aantal)):
                for u in deel:
                    uitkomsten.append((u.case, u.uitkomst))
                    if u.uitkomst in UITKOMSTEN:  # an unknown one is reported by the Dan-step
                        telling.tel(u)
            self.kpis[naam].append(met_afgeleide(telling.kpis()))
            self.tellingen[naam].append(telling)
            self.uitkomsten[naam].append(uitkomsten)

    def verschil(self, a: str, b: str, kpi: str) -> Schatting:
        for naam in (a, b):
            if naam not in self.kpis:
                raise AssertionError(f"scenario {naam!r} is niet gesimuleerd")
        if kpi not in self.kpis[a][0]:
            raise AssertionError(f"onbekende KPI {kpi!r}; wel: {sorted(self.kpis[a][0])}")
        return verschillen(self.kpis[a], self.kpis[b])[kpi]


@pytest.fixture
def simulatiestand() -> Simulatiestand:
    """A fresh simulation set-up per scenario."""
    return Simulatiestand()


def _waarde(tekst: str) -> object:
    """A scenario value as written: ja/nee are booleans; anything else is converted by the
    scenario's own schema, as a TOML value would be (26 -> int, 0.5 -> float, a date, text)."""
    schoon = tekst.strip()
    ja_nee = {"ja": True, "nee": False}
    return ja_nee.get(schoon.lower(), schoon)


@given(parsers.parse("een cohort van {aantal:d} langdurig zieken"))
def cohort(simulatiestand: Simulatiestand, aantal: int) -> None:
    """The number of cases per replication (all still sick after six weeks).

    Voorbeeld: Gegeven een cohort van 1000 langdurig zieken
    """
    simulatiestand.aantal = aantal


@given(parsers.parse('scenario "{naam}" met de standaardinstellingen'))
def standaardscenario(simulatiestand: Simulatiestand, naam: str) -> None:
    """A scenario with every default (the basis of ``simulation/parameters.py``).

    Voorbeeld: Gegeven scenario "basis" met de standaardinstellingen
    """
    simulatiestand.wijzigingen.setdefault(naam, {})
    simulatiestand.scenario(naam)


@given(parsers.parse('scenario "{naam}" met "{sleutel}" = "{waarde}"'))
def scenario_sleutel(simulatiestand: Simulatiestand, naam: str, sleutel: str, waarde: str) -> None:
    """One key of a scenario, dotted as in the TOML file (a wrong key or value fails here).

    Voorbeeld: Gegeven scenario "vroeg" met "beleid.spoor2_start" = "week"
    """
    simulatiestand.wijzigingen.setdefault(naam, {})[sleutel] = _waarde(waarde)
    simulatiestand.scenario(naam)


@given(parsers.parse('scenario "{naam}" met:'))
def scenario_tabel(simulatiestand: Simulatiestand, naam: str, datatable: list[list[str]]) -> None:
    """Several keys of a scenario at once, as a ``| sleutel | waarde |`` table.

    Voorbeeld: Gegeven scenario "streng" met:
        | sleutel                       | waarde |
        | naleving.probleemanalyse      | 0.98   |
        | naleving.plan_van_aanpak      | 0.98   |
    """
    _kop, *rijen = datatable
    eigen = simulatiestand.wijzigingen.setdefault(naam, {})
    for sleutel, waarde, *_rest in rijen:
        eigen[sleutel.strip()] = _waarde(waarde)
    simulatiestand.scenario(naam)


@given(parsers.parse('in elk scenario "{sleutel}" = "{waarde}"'))
def elk_scenario(simulatiestand: Simulatiestand, sleutel: str, waarde: str) -> None:
    """A key every scenario shares (a scenario's own value for the key wins).

    Voorbeeld: Gegeven in elk scenario "ziekteduur.mu" = "6.4"
    """
    simulatiestand.gemeenschappelijk[sleutel] = _waarde(waarde)
    for naam in simulatiestand.wijzigingen:
        simulatiestand.scenario(naam)


@when(parsers.parse("beide scenario's {replicaties:d} keer worden gesimuleerd met seed {seed:d}"))
def beide_simuleren(simulatiestand: Simulatiestand, replicaties: int, seed: int) -> None:
    """Both scenarios, with the same seed: replication r of one is paired with r of the other.

    Voorbeeld: Als beide scenario's 4 keer worden gesimuleerd met seed 2026
    """
    namen = list(simulatiestand.wijzigingen)
    assert len(namen) == 2, f"'beide' vraagt twee scenario's, gegeven: {namen}"
    for naam in namen:
        simulatiestand.simuleer(naam, replicaties, seed)


@when(parsers.parse('scenario "{naam}" {replicaties:d} keer wordt gesimuleerd met seed {seed:d}'))
def een_simuleren(simulatiestand: Simulatiestand, naam: str, replicaties: int, seed: int) -> None:
    """One scenario, a number of replications.

    Voorbeeld: Als scenario "basis" 2 keer wordt gesimuleerd met seed 7
    """
    simulatiestand.simuleer(naam, replicaties, seed)


@then(parsers.parse('is het aandeel "{kpi}" in "{b}" lager dan in "{a}"'))
def aandeel_lager(simulatiestand: Simulatiestand, kpi: str, b: str, a: str) -> None:
    """Lower in B than in A: the 95% interval of the paired difference B - A lies below zero.

    Voorbeeld: Dan is het aandeel "schending_spoor2_start" in "vroeg" lager dan in "basis"
    """
    s = simulatiestand.verschil(a, b, kpi)
    assert s.boven < 0, (
        f"{kpi}: {b} - {a} = {s.gemiddelde:+.4f}, 95%-interval [{s.onder:+.4f}, {s.boven:+.4f}]"
    )


@then(parsers.parse('is het aandeel "{kpi}" in "{b}" hoger dan in "{a}"'))
def aandeel_hoger(simulatiestand: Simulatiestand, kpi: str, b: str, a: str) -> None:
    """Higher in B than in A: the 95% interval of the paired difference B - A lies above zero.

    Voorbeeld: Dan is het aandeel "schending_probleemanalyse" in "tekort" hoger dan in "basis"
    """
    s = simulatiestand.verschil(a, b, kpi)
    assert s.onder > 0, (
        f"{kpi}: {b} - {a} = {s.gemiddelde:+.4f}, 95%-interval [{s.onder:+.4f}, {s.boven:+.4f}]"
    )


@then("komt elk geval op precies een uitkomst uit")
def precies_een_uitkomst(simulatiestand: Simulatiestand) -> None:
    """Every case of every replication ended once, in one of the outcomes of the model.

    Voorbeeld: Dan komt elk geval op precies een uitkomst uit
    """
    assert simulatiestand.uitkomsten, "er is niets gesimuleerd"
    for naam, replicaties in simulatiestand.uitkomsten.items():
        for r, uitkomsten in enumerate(replicaties):
            cases = [case for case, _ in uitkomsten]
            assert len(cases) == len(set(cases)) == simulatiestand.aantal, (
                f"{naam}, replicatie {r}: {len(cases)} uitslagen, {len(set(cases))} gevallen"
            )
            vreemd = [(case, u) for case, u in uitkomsten if u not in UITKOMSTEN]
            assert not vreemd, f"{naam}, replicatie {r}: onbekende uitkomsten {vreemd[:5]}"


@then("tellen de uitkomsten op tot het cohort")
def uitkomsten_tellen_op(simulatiestand: Simulatiestand) -> None:
    """The outcomes of each replication add up to the cohort size.

    Voorbeeld: Dan tellen de uitkomsten op tot het cohort
    """
    assert simulatiestand.tellingen, "er is niets gesimuleerd"
    for naam, tellingen in simulatiestand.tellingen.items():
        for r, telling in enumerate(tellingen):
            totaal = sum(telling.uitkomst.values())
            assert totaal == telling.cases == simulatiestand.aantal, (
                f"{naam}, replicatie {r}: {telling.uitkomst} (totaal {totaal})"
            )
