"""Issue 11: the current work situation in the Stand, from the latest fact of each kind.

docs/regels.md section 9: the facts that change the work situation are replayed in case order;
each one replaces the situation before it, and an ended situation is not current.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from domain.stand import Reintegratiestand, bepaal_stand
from tests.unit.test_stand import dossier

Rij = tuple[str, date, dict[str, Any]]

SPOOR2: Rij = ("Spoor2Gestart", date(2026, 1, 5), {})


def hervat(datum: date, percentage: int = 40, soort: str = "aangepast_werk") -> Rij:
    return ("WerkHervat", datum, {"percentage": percentage, "soort": soort})


def gestart(datum: date, inlener: str, uren: int = 24) -> Rij:
    return ("DetacheringGestart", datum, {"inlener": inlener, "uren_per_week": Decimal(uren)})


def beeindigd(datum: date) -> Rij:
    return ("DetacheringBeeindigd", datum, {"reden": "proefplaatsing voorbij"})


def stand(peildatum: date, *rijen: Rij) -> Reintegratiestand:
    return bepaal_stand(dossier(*rijen), peildatum)


def test_without_work_facts_there_is_no_work_situation() -> None:
    s = stand(date(2025, 3, 1))

    assert s.werksituatie.soort == "geen_werk"
    assert s.werksituatie.sinds is None
    assert s.werksituatie.omschrijving == "geen werkhervatting of detachering vastgelegd"
    assert s.werkhervatting is None


def test_the_latest_return_to_work_wins() -> None:
    s = stand(date(2025, 6, 1), hervat(date(2025, 3, 1), 25), hervat(date(2025, 4, 1), 50))

    assert s.werksituatie.soort == "werkhervatting"
    assert s.werksituatie.positie == 3
    assert s.werksituatie.omschrijving == (
        "werkhervatting 50% (eigen werk, aangepast) sinds 2025-04-01"
    )
    assert s.werkhervatting is not None
    assert (s.werkhervatting.percentage, s.werkhervatting.sinds) == (50, date(2025, 4, 1))


def test_a_secondment_after_the_return_to_work_ends_it_the_showcase_dossier() -> None:
    """The hovenier: 40% adapted work, then seconded to the taxi company; the kas work stopped."""
    rijen = (hervat(date(2025, 9, 15)), SPOOR2, gestart(date(2026, 8, 3), "Taxibedrijf Rivierland"))

    voor = stand(date(2026, 8, 2), *rijen)
    assert voor.werksituatie.soort == "werkhervatting"
    assert voor.werkhervatting is not None

    na = stand(date(2026, 11, 23), *rijen)
    assert na.werksituatie.soort == "detachering"
    assert na.werksituatie.sinds == date(2026, 8, 3)
    assert na.werksituatie.omschrijving == (
        "gedetacheerd bij Taxibedrijf Rivierland sinds 2026-08-03, 24 uur per week"
    )
    assert na.werkhervatting is None
    assert na.detachering is not None
    assert na.detachering.beeindigd_op is None


def test_an_ended_secondment_leaves_no_work_and_does_not_bring_back_the_earlier_return() -> None:
    s = stand(
        date(2026, 6, 1),
        hervat(date(2025, 9, 15)),
        SPOOR2,
        gestart(date(2026, 3, 1), "Taxi"),
        beeindigd(date(2026, 5, 1)),
    )

    assert s.werksituatie.soort == "geen_werk"
    assert s.werksituatie.sinds == date(2026, 5, 1)
    assert "de detachering is beëindigd op 2026-05-01" in s.werksituatie.omschrijving
    assert s.werkhervatting is None
    assert s.detachering is not None
    assert s.detachering.beeindigd_op == date(2026, 5, 1)


def test_two_secondments_the_later_one_ended() -> None:
    s = stand(
        date(2026, 9, 1),
        SPOOR2,
        gestart(date(2026, 2, 1), "Taxi Rivierland"),
        gestart(date(2026, 5, 1), "Zorgvervoer West", 16),
        beeindigd(date(2026, 8, 1)),
    )

    assert s.detachering is not None
    assert (s.detachering.inlener, s.detachering.beeindigd_op) == (
        "Zorgvervoer West",
        date(2026, 8, 1),
    )
    assert s.werksituatie.soort == "geen_werk"


def test_two_secondments_the_earlier_one_ended_on_the_day_the_later_started() -> None:
    """An ending recorded before the new start on the same day belongs to the earlier one."""
    s = stand(
        date(2026, 9, 1),
        SPOOR2,
        gestart(date(2026, 2, 1), "Taxi Rivierland"),
        beeindigd(date(2026, 5, 1)),
        gestart(date(2026, 5, 1), "Zorgvervoer West", 16),
    )

    assert s.detachering is not None
    assert (s.detachering.inlener, s.detachering.beeindigd_op) == ("Zorgvervoer West", None)
    assert s.werksituatie.soort == "detachering"
    assert "Zorgvervoer West" in s.werksituatie.omschrijving


def test_an_ending_without_a_running_secondment_ends_nothing() -> None:
    """The return to work after a secondment replaced it; the late ending does not end the work."""
    s = stand(
        date(2026, 9, 1),
        SPOOR2,
        gestart(date(2026, 2, 1), "Taxi"),
        hervat(date(2026, 4, 1), 60, "ander_werk_intern"),
        beeindigd(date(2026, 5, 1)),
    )

    assert s.werksituatie.soort == "werkhervatting"
    assert s.werkhervatting is not None
    assert s.werkhervatting.soort == "ander_werk_intern"
    assert "(ander werk bij de eigen werkgever)" in s.werksituatie.omschrijving


def test_recovery_ends_the_return_to_work_and_a_relapse_leaves_no_work() -> None:
    rijen = (
        hervat(date(2025, 3, 1), 50),
        ("HerstelGemeld", date(2025, 4, 1), {}),
        ("HerstelGemeld", date(2025, 4, 8), {}),
        ("ZiekteTeruggemeld", date(2025, 4, 20), {}),
    )

    hersteld = stand(date(2025, 4, 10), *rijen)
    assert hersteld.werksituatie.soort == "hersteld"
    assert hersteld.werksituatie.sinds == date(2025, 4, 1)
    assert hersteld.werkhervatting is None

    terugval = stand(date(2025, 5, 1), *rijen)
    assert terugval.werksituatie.soort == "geen_werk"
    assert terugval.werksituatie.omschrijving.startswith("geen werk: opnieuw ziek sinds 2025-04-20")
    assert terugval.werkhervatting is None


def test_a_closed_dossier_has_no_current_work() -> None:
    s = stand(
        date(2025, 6, 1),
        hervat(date(2025, 3, 1)),
        ("DossierGesloten", date(2025, 5, 1), {"uitkomst": "uit dienst"}),
    )

    assert s.werksituatie.soort == "gesloten"
    assert s.werkhervatting is None


def test_facts_after_the_peildatum_do_not_change_the_situation() -> None:
    s = stand(
        date(2026, 3, 1), hervat(date(2025, 9, 15)), SPOOR2, gestart(date(2026, 3, 2), "Taxi")
    )

    assert s.werksituatie.soort == "werkhervatting"
