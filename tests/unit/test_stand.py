"""Where a re-integration stands: tracks, step of track 1, bureau, secondment, wages, advice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from domain.feiten import Feit
from domain.stand import bepaal_stand

D1 = date(2025, 1, 6)


def dossier(*feiten: tuple[str, date, dict[str, Any]]) -> list[Feit]:
    eerst = Feit(
        1,
        "ZiekmeldingOntvangen",
        D1,
        {"eerste_ziektedag": D1, "werknemer": "W-1", "werkgever": "De Linde"},
    )
    return [eerst] + [Feit(i, t, d, v) for i, (t, d, v) in enumerate(feiten, start=2)]


def onderwerpen(feiten: list[Feit], peildatum: date) -> list[str]:
    return [a.onderwerp for a in bepaal_stand(feiten, peildatum).adviezen]


def test_only_track_1_runs_until_track_2_starts_then_both_run() -> None:
    feiten = dossier(("Spoor2Gestart", date(2026, 1, 20), {}))

    assert bepaal_stand(feiten, date(2026, 1, 19)).sporen == ("eerste_spoor",)
    assert bepaal_stand(feiten, date(2026, 1, 20)).sporen == ("eerste_spoor", "tweede_spoor")


def test_no_track_and_no_wages_after_recovery() -> None:
    stand = bepaal_stand(dossier(("HerstelGemeld", date(2025, 3, 1), {})), date(2025, 3, 2))

    assert stand.sporen == ()
    assert stand.loondoorbetaling is None


def test_the_latest_plan_or_return_sets_the_step_of_track_1() -> None:
    feiten = dossier(
        ("PlanVanAanpakOpgesteld", date(2025, 2, 20), {"casemanager": "M", "doel": "eigen_werk"}),
        ("WerkHervat", date(2025, 4, 1), {"percentage": 50, "soort": "aangepast_werk"}),
    )

    assert bepaal_stand(feiten, date(2025, 3, 1)).trede_eerste_spoor == 1
    stand = bepaal_stand(feiten, date(2025, 4, 2))
    assert (stand.trede_eerste_spoor, stand.trede_omschrijving) == (2, "eigen werk, aangepast")
    assert stand.werkhervatting is not None
    assert stand.werkhervatting.percentage == 50


def test_a_plan_for_other_work_without_the_earlier_steps_gets_order_advice() -> None:
    plan = (
        "PlanVanAanpakOpgesteld",
        date(2025, 2, 20),
        {"casemanager": "M", "doel": "ander_werk_intern"},
    )
    onderzoek = ("ArbeidsdeskundigOnderzoekUitgevoerd", date(2025, 2, 10), {"advies": "spoor1"})

    assert "volgorde_eerste_spoor" in onderwerpen(dossier(plan), date(2025, 3, 1))
    assert "volgorde_eerste_spoor" not in onderwerpen(dossier(onderzoek, plan), date(2025, 3, 1))


def test_a_bureau_chosen_alone_without_works_council_or_mark_gets_advice_and_the_objection() -> (
    None
):
    keuze = (
        "ReintegratiebureauGekozen",
        date(2026, 2, 1),
        {
            "bureau": "Werkfit",
            "keurmerk_blik_op_werk": False,
            "instemming_werknemer": False,
            "ondernemingsraad_geraadpleegd": None,
            "bezwaar_werknemer": "slecht bereikbaar",
        },
    )

    stand = bepaal_stand(dossier(keuze), date(2026, 2, 2))

    assert stand.bureau is not None
    assert stand.bureau.bezwaar_werknemer == "slecht bereikbaar"
    assert [a.onderwerp for a in stand.adviezen] == [
        "bureau_samen_met_werknemer",
        "bureau_ondernemingsraad",
        "bureau_keurmerk",
        "bezwaar_werknemer",
    ]
    assert all(a.bron.url.startswith("https://") for a in stand.adviezen)


def test_track_2_without_contact_gets_contact_advice_after_the_limits() -> None:
    feiten = dossier(
        ("Spoor2Gestart", date(2026, 1, 1), {}),
        ("ContactGehad", date(2026, 1, 10), {"met": "werknemer"}),
        ("ContactGehad", date(2026, 1, 10), {"met": "arbodienst"}),
    )

    # 31 days after the last contact with the arbodienst: still fine; 32: advice.
    assert "contact_arbodienst" not in onderwerpen(feiten, date(2026, 2, 10))
    assert "contact_arbodienst" in onderwerpen(feiten, date(2026, 2, 11))
    # 42 days after the last contact with the employee: fine; 43: advice.
    assert "contact_werknemer" not in onderwerpen(feiten, date(2026, 2, 21))
    assert "contact_werknemer" in onderwerpen(feiten, date(2026, 2, 22))


def test_an_evaluation_counts_as_contact_with_the_employee() -> None:
    feiten = dossier(
        ("Spoor2Gestart", date(2026, 1, 1), {}),
        ("EvaluatieGehouden", date(2026, 2, 15), {}),
    )

    assert "contact_werknemer" not in onderwerpen(feiten, date(2026, 3, 1))


def test_a_secondment_keeps_the_old_employer_paying_until_the_end_of_the_waiting_period() -> None:
    feiten = dossier(
        ("Spoor2Gestart", date(2026, 1, 1), {}),
        (
            "DetacheringGestart",
            date(2026, 3, 1),
            {
                "inlener": "Taxi",
                "uren_per_week": Decimal(24),
                "inleenvergoeding_per_uur": Decimal("21.50"),
            },
        ),
    )

    stand = bepaal_stand(feiten, date(2026, 3, 2))

    assert stand.detachering is not None
    assert stand.detachering.inleenvergoeding_per_uur == Decimal("21.50")
    assert stand.loondoorbetaling is not None
    assert stand.loondoorbetaling.werkgever == "De Linde"
    assert stand.loondoorbetaling.tot_en_met == date(2027, 1, 3)  # day 728 = 2025-01-06 + 727
