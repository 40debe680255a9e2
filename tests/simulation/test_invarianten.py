"""Invariants over simulated cohorts: what holds for every case, whatever the draws.

Each cohort is built with its dossiers kept (``deelcohorten(..., bewaar=True)``), so the facts
themselves are checked, and a sample of them goes through the exchange format and the real
``spoorwijzer termijnen`` command: the simulation judges obligations exactly as the CLI does.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from adapters.cli import app
from adapters.uitwisseling.jsonl import exporteer_lijnen
from simulation.kpi import Telling
from simulation.model import UITKOMSTEN, Uitslag
from simulation.parameters import Scenario
from simulation.runner import Opdracht, deelcohorten, draai_replicatie
from tests.simulation.hulp import scenario_met

AANTAL = 400
WACHTTIJD = 728
SCHENDING = ("te_laat", "verlopen")

# Long sickness, track 2 on the arbeidsdeskundige's advice, sequential tracks and several
# sub-cohorts: the paths the basis cohort rarely takes (WIA, loonsanctie, track 2).
VARIANTEN = scenario_met(
    Scenario(),
    {
        "ziekteduur.mu": 5.8,
        "ziekteduur.sigma": 0.8,
        "beleid.spoor2_start": "advies_arbeidsdeskundige",
        "beleid.tweesporen": "volgtijdelijk",
        "cohort.deelcohort": 200,
    },
)
COHORTEN = {
    "basis-seed-11": (Scenario(), 11),
    "basis-seed-2026": (Scenario(), 2026),
    "varianten-seed-2026": (VARIANTEN, 2026),
}

# How each outcome shows in the dossier: the one closing fact (and its kind of work).
AFSLUITING = {
    "eigen_werk": ("HerstelGemeld", None),
    "aangepast_werk": ("WerkHervat", "aangepast_werk"),
    "ander_werk_intern": ("WerkHervat", "ander_werk_intern"),
    "ander_werkgever": ("WerkHervat", "ander_werk_extern"),
    "detachering": ("DetacheringGestart", None),
}
AFSLUITENDE_TYPEN = {"HerstelGemeld", "WerkHervat", "DetacheringGestart"}


@pytest.fixture(scope="module", params=sorted(COHORTEN))
def cohort(request: pytest.FixtureRequest) -> tuple[Opdracht, list[Uitslag]]:
    scenario, seed = COHORTEN[request.param]
    opdracht = Opdracht(scenario, seed, 0, AANTAL)
    return opdracht, [u for deel in deelcohorten(opdracht, bewaar=True) for u in deel]


def einddatum(u: Uitslag) -> date:
    """The case's last day (as ``simulation.model`` judges it): day ``einddag``."""
    return u.eerste_ziektedag + timedelta(days=max(u.einddag - 1, 0))


def test_geen_feit_voor_de_eerste_ziektedag(cohort: tuple[Opdracht, list[Uitslag]]) -> None:
    opdracht, uitslagen = cohort
    begin = opdracht.scenario.cohort.startdatum
    for u in uitslagen:
        assert u.dossier is not None
        registraties = u.dossier.registraties
        assert registraties[0].type_naam == "ZiekmeldingOntvangen"
        assert registraties[0].velden["eerste_ziektedag"] == u.eerste_ziektedag
        assert (
            begin
            <= u.eerste_ziektedag
            < begin + timedelta(days=opdracht.scenario.cohort.instroom_dagen)
        )
        vroeg = [
            (r.positie, r.type_naam, r.datum) for r in registraties if r.datum < u.eerste_ziektedag
        ]
        assert not vroeg, f"case {u.case} (dag 1 = {u.eerste_ziektedag}): {vroeg}"
        # ... and none after the first day back at work.
        laat = u.eerste_ziektedag + timedelta(days=u.einddag)
        na = [(r.positie, r.type_naam, r.datum) for r in registraties if r.datum > laat]
        assert not na, f"case {u.case} (einde {laat}): {na}"


def test_elk_geval_eindigt_in_precies_een_uitkomst(cohort: tuple[Opdracht, list[Uitslag]]) -> None:
    _opdracht, uitslagen = cohort
    cases = [u.case for u in uitslagen]
    assert len(cases) == AANTAL
    assert len(set(cases)) == AANTAL, "a case was simulated twice"
    for u in uitslagen:
        assert u.uitkomst in UITKOMSTEN, f"case {u.case}: {u.uitkomst}"
        assert u.dossier is not None
        afsluitend = [
            (r.type_naam, r.velden.get("soort"))
            for r in u.dossier.registraties
            if r.type_naam in AFSLUITENDE_TYPEN
        ]
        if u.uitkomst == "ziek_na_104_weken":
            assert afsluitend == [], f"case {u.case} still sick, but: {afsluitend}"
        else:
            type_naam, soort = AFSLUITING[u.uitkomst]
            assert [a[0] for a in afsluitend] == [type_naam], f"case {u.case}: {afsluitend}"
            if soort is not None:
                assert afsluitend[0][1] == soort, f"case {u.case}: {afsluitend}"


def test_de_uitkomsten_tellen_op_tot_het_cohort(cohort: tuple[Opdracht, list[Uitslag]]) -> None:
    opdracht, uitslagen = cohort
    telling = Telling()
    for u in sorted(uitslagen, key=lambda x: x.case):
        telling.tel(u)
    assert telling.cases == AANTAL
    assert sum(telling.uitkomst.values()) == AANTAL
    assert set(telling.uitkomst) == set(UITKOMSTEN)
    kpis = telling.kpis()
    routes = [f"terugkeer_{u}" for u in UITKOMSTEN if u != "ziek_na_104_weken"]
    assert sum(kpis[k] for k in routes) + kpis["ziek_na_104_weken"] == pytest.approx(1.0)
    # Keeping the dossiers changes nothing: the replication counts the same cases.
    assert draai_replicatie(opdracht) == telling


def test_einddag_ligt_binnen_de_wachttijd(cohort: tuple[Opdracht, list[Uitslag]]) -> None:
    _opdracht, uitslagen = cohort
    for u in uitslagen:
        assert 0 <= u.einddag <= WACHTTIJD, f"case {u.case}: einddag {u.einddag}"
        assert u.ziekteduur > 42, f"case {u.case} is no long-term case: {u.ziekteduur} days"
        assert u.einddag <= min(u.ziekteduur, WACHTTIJD), f"case {u.case}"
        if u.uitkomst == "ziek_na_104_weken":
            assert u.einddag == WACHTTIJD, f"case {u.case}"
            assert u.ziekteduur >= WACHTTIJD, f"case {u.case}"


def test_loonsanctie_alleen_na_een_wia_aanvraag(cohort: tuple[Opdracht, list[Uitslag]]) -> None:
    opdracht, uitslagen = cohort
    for u in uitslagen:
        assert u.dossier is not None
        typen = {r.type_naam: r for r in u.dossier.registraties}
        sanctie = typen.get("LoonsanctieOpgelegd")
        assert (sanctie is not None) == (u.loonsanctie_weken > 0), f"case {u.case}"
        if sanctie is None:
            continue
        aanvraag = typen.get("WIAAangevraagd")
        assert u.wia_aanvraag, f"case {u.case}: sanction, no application"
        assert aanvraag is not None, f"case {u.case}: sanction, no application recorded"
        assert aanvraag.positie < sanctie.positie, f"case {u.case}"
        assert aanvraag.datum <= sanctie.datum, f"case {u.case}"
        # UWV decides before day 686 or not at all (Wet WIA art. 25 lid 10).
        assert sanctie.datum <= u.eerste_ziektedag + timedelta(days=685), f"case {u.case}"
    if opdracht.scenario is VARIANTEN:
        assert any(u.loonsanctie_weken for u in uitslagen), "no loonsanctie: invariant unused"


def steekproef(uitslagen: list[Uitslag], per_groep: int = 2) -> list[Uitslag]:
    """A few cases of every outcome, every broken rule, a sanction and a clean record."""
    groepen: dict[str, list[Uitslag]] = defaultdict(list)
    for u in uitslagen:
        groepen[f"uitkomst {u.uitkomst}"].append(u)
        for regel in u.schendingen:
            groepen[f"regel {regel}"].append(u)
        if u.loonsanctie_weken:
            groepen["loonsanctie"].append(u)
        if not u.schendingen:
            groepen["geen schending"].append(u)
    gekozen = {u.case: u for groep in sorted(groepen) for u in groepen[groep][:per_groep]}
    return [gekozen[c] for c in sorted(gekozen)]


def test_verplichtingen_gelijk_aan_spoorwijzer_termijnen_op_het_export(
    cohort: tuple[Opdracht, list[Uitslag]],
) -> None:
    """The obligations the simulation judged are those of the exported dossier (contract §5)."""
    _opdracht, uitslagen = cohort
    runner = CliRunner()
    gezien: set[str] = set()
    for u in steekproef(uitslagen):
        assert u.dossier is not None
        invoer = "".join(f"{regel}\n" for regel in exporteer_lijnen(u.dossier))
        resultaat = runner.invoke(
            app,
            ["termijnen", "-", "--peildatum", einddatum(u).isoformat(), "--json"],
            input=invoer,
        )
        assert resultaat.exit_code == 0, f"case {u.case}: {resultaat.output}"
        antwoord = json.loads(resultaat.stdout)
        assert antwoord["eerste_ziektedag"] == u.eerste_ziektedag.isoformat()
        cli = {v["regel"] for v in antwoord["verplichtingen"] if v["status"] in SCHENDING}
        assert cli == set(u.schendingen), f"case {u.case}: CLI {sorted(cli)}, sim {u.schendingen}"
        gezien |= cli
    assert gezien, "the sample has no broken rule: the comparison proves nothing"
