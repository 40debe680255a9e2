"""Issue 11: does an adjustment before the first-year evaluation satisfy ``proces_bijstellingen``?

Rule ``BIJSTELLING_MET_SPOOR2`` (domain/regels.py, docs/regels.md section 7): after a first-year
evaluation without prospects the plan must be adjusted; an adjustment before that evaluation
counts when track 2 started on or before the evaluation and the adjustment falls at most one
evaluation period (42 days) before that start.  Day 1 2024-03-04: the first-year evaluation is
due by 2025-03-02, track 2 then by the evaluation + 42 days.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from adapters.opslag.dossierbestand import in_geheugen
from adapters.uitwisseling.jsonl import lees_invoer
from domain.regels import BIJSTELLING_MET_SPOOR2, REGELS, dagnummer
from domain.rivtoets import Poortwachtertoets, Toetspunt, toets_riv
from domain.stand import bepaal_stand
from domain.waarden import Herkomst
from tests.unit.dossierbouwer import d
from tests.unit.test_rivtoets import feiten

Rij = tuple[str, str, dict[str, Any]]

EJE = "2025-02-14"
BASIS: list[Rij] = [
    ("ProbleemanalyseOpgesteld", "2024-04-08", {"benutbare_mogelijkheden": True}),
    (
        "PlanVanAanpakOpgesteld",
        "2024-04-15",
        {"casemanager": "M. Bakker", "doel": "aangepast_werk"},
    ),
    ("ArbeidsdeskundigOnderzoekUitgevoerd", "2024-12-02", {"advies": "spoor2"}),
    ("EerstejaarsevaluatieGehouden", EJE, {"perspectief_eigen_werkgever": False}),
]


def bijstelling(datum: str) -> Rij:
    return ("PlanVanAanpakBijgesteld", datum, {"reden": "tweede spoor in het plan"})


def spoor2(datum: str) -> Rij:
    return ("Spoor2Gestart", datum, {})


def punt(peildatum: str, *rijen: Rij) -> Toetspunt:
    uitslag: Poortwachtertoets = toets_riv(feiten("2024-03-04", *BASIS, *rijen), d(peildatum))
    return uitslag.punt("proces_bijstellingen")


def test_the_window_is_one_evaluation_period_before_the_track_2_start() -> None:
    assert BIJSTELLING_MET_SPOOR2.termijn.anker == "spoor2_start"
    assert BIJSTELLING_MET_SPOOR2.termijn.dagen == -REGELS["evaluatie"].uiterste.dagen == -42
    assert BIJSTELLING_MET_SPOOR2.termijn.tekst == "start tweede spoor - 42 dagen"
    assert "par. 5" in BIJSTELLING_MET_SPOOR2.bron.artikel
    assert BIJSTELLING_MET_SPOOR2.versies
    with pytest.raises(ValueError, match="heeft geen vaste dag"):
        dagnummer(BIJSTELLING_MET_SPOOR2.termijn)


def test_the_showcase_track_2_adjustment_weeks_before_the_evaluation_counts() -> None:
    """The hovenier: plan adjusted 22 days before track 2 started, both before the evaluation."""
    uitkomst = punt("2025-06-01", bijstelling("2024-12-10"), spoor2("2025-01-01"))

    assert uitkomst.uitkomst == "aanwezig"
    assert not uitkomst.loonsanctierisico
    assert "al bijgesteld op 2024-12-10" in uitkomst.reden
    assert "tweede spoor gestart op 2025-01-01" in uitkomst.reden
    assert "start tweede spoor - 42 dagen" in uitkomst.reden
    assert len(uitkomst.posities) == 2


@pytest.mark.parametrize(
    ("dagen_voor_start", "uitkomst"),
    [(42, "aanwezig"), (43, "ontbreekt")],
    ids=["42 dagen voor de start telt", "43 dagen voor de start telt niet"],
)
def test_the_boundary_of_the_window(dagen_voor_start: int, uitkomst: str) -> None:
    start = d("2025-01-10")
    datum = (start - timedelta(days=dagen_voor_start)).isoformat()

    assert punt("2025-06-01", bijstelling(datum), spoor2("2025-01-10")).uitkomst == uitkomst


def test_an_adjustment_after_track_2_started_and_before_the_evaluation_counts() -> None:
    assert punt("2025-06-01", spoor2("2024-11-01"), bijstelling("2025-02-13")).uitkomst == (
        "aanwezig"
    )


def test_an_adjustment_just_before_the_evaluation_without_track_2_started_does_not_count() -> None:
    """Track 2 starts after the evaluation: the plan needs an adjustment after the evaluation."""
    voor = punt("2025-06-01", bijstelling("2025-02-13"), spoor2("2025-03-20"))

    assert voor.uitkomst == "ontbreekt"
    assert voor.loonsanctierisico
    assert "niet bijgesteld" in voor.reden


def test_an_adjustment_on_the_day_after_the_evaluation_counts_as_it_always_did() -> None:
    na = punt("2025-06-01", bijstelling("2025-02-15"), spoor2("2025-03-20"))

    assert na.uitkomst == "aanwezig"
    assert "plan bijgesteld op 2025-02-15" in na.reden


def test_track_2_on_the_evaluation_day_itself_counts_as_started_by_the_evaluation() -> None:
    assert punt("2025-06-01", bijstelling("2025-01-20"), spoor2(EJE)).uitkomst == "aanwezig"


def test_without_an_adjustment_the_step_is_open_until_the_track_2_deadline_then_missing() -> None:
    uiterste = d(EJE) + timedelta(days=42)

    open_ = punt(uiterste.isoformat(), spoor2("2025-01-10"))
    assert open_.uitkomst == "niet_van_toepassing"
    assert "nog niet aan de orde" in open_.reden
    te_laat = punt((uiterste + timedelta(days=1)).isoformat(), spoor2("2025-01-10"))
    assert te_laat.uitkomst == "ontbreekt"


def test_a_fact_after_the_peildatum_does_not_count() -> None:
    """The dossier as it stood: an adjustment dated after the peildatum is not known yet."""
    assert punt("2025-06-01", bijstelling("2025-06-02"), spoor2("2025-01-10")).uitkomst == (
        "ontbreekt"
    )


def test_the_showcase_demo_dossier_passes_and_is_seconded() -> None:
    """Issue 11 on the README's dossier (unshifted demo dates; reference day 2026-11-23)."""
    demo = Path(__file__).resolve().parents[2] / "adapters" / "demo"
    regels = (demo / "01-hovenier-knie-taxichauffeur.jsonl").read_text(encoding="utf-8")
    dossier = in_geheugen().bouw_dossier(lees_invoer(regels.splitlines()), Herkomst("import"))
    peildatum = d("2026-11-23")

    uitslag = toets_riv(dossier.feiten, peildatum)
    bijgesteld = uitslag.punt("proces_bijstellingen")
    assert bijgesteld.uitkomst == "aanwezig"
    assert "al bijgesteld op 2026-03-10" in bijgesteld.reden
    assert uitslag.oordeel == "compleet"
    assert not uitslag.risico_loonsanctie

    stand = bepaal_stand(dossier.feiten, peildatum)
    assert stand.werksituatie.soort == "detachering"
    assert stand.werksituatie.sinds == d("2026-08-03")
    assert stand.werkhervatting is None
