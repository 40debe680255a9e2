"""The deadline rules of contract section 2, one behaviour per test.

Unless a test says otherwise the case starts on Monday 2025-01-06, so:
day 42 = 2025-02-16, day 43 = 2025-02-17, day 56 = 2025-03-02, day 295 = 2025-10-27,
day 364 = 2026-01-04, day 637 = 2026-10-04, day 651 = 2026-10-18, day 728 = 2027-01-03.
(2025-01-06 + 25 days = 2025-01-31; + 16 more = 2025-02-16, i.e. + 41 days.)
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.regels import REGELS
from tests.unit.dossierbouwer import Dossier, alle, d, enige, samengevat

EERSTE_ZIEKTEDAG = "2025-01-06"


def dossier() -> Dossier:
    return Dossier(EERSTE_ZIEKTEDAG)


# -- probleemanalyse: day 42 -------------------------------------------------------------------


class TestProbleemanalyse:
    def test_is_due_on_day_42(self) -> None:
        analyse = enige(dossier().op("2025-01-20"), "probleemanalyse")

        assert (analyse.uiterste_datum, analyse.status) == (date(2025, 2, 16), "open")

    def test_made_on_day_42_is_on_time(self) -> None:
        analyse = enige(dossier().analyse("2025-02-16").op("2025-03-01"), "probleemanalyse")

        assert (analyse.status, analyse.voldaan_op, analyse.voldaan_door) == (
            "tijdig",
            date(2025, 2, 16),
            2,
        )

    def test_made_on_day_43_is_late(self) -> None:
        analyse = enige(dossier().analyse("2025-02-17").op("2025-03-01"), "probleemanalyse")

        assert (analyse.status, analyse.voldaan_op) == ("te_laat", date(2025, 2, 17))

    def test_missing_is_still_open_on_day_42_itself(self) -> None:
        assert enige(dossier().op("2025-02-16"), "probleemanalyse").status == "open"

    def test_missing_is_overdue_from_day_43(self) -> None:
        assert enige(dossier().op("2025-02-17"), "probleemanalyse").status == "verlopen"

    def test_the_first_analysis_is_the_one_that_counts(self) -> None:
        overzicht = dossier().analyse("2025-03-20").analyse("2025-02-12").op("2025-04-01")

        analyse = enige(overzicht, "probleemanalyse")
        assert (analyse.status, analyse.voldaan_op, analyse.voldaan_door) == (
            "tijdig",
            date(2025, 2, 12),
            3,
        )


# -- plan van aanpak: analysis + 14, or day 56 ---------------------------------------------------


class TestPlanVanAanpak:
    def test_is_due_two_weeks_after_the_probleemanalyse(self) -> None:
        # 2025-02-10 + 14 days = 2025-02-24.
        plan = enige(dossier().analyse("2025-02-10").op("2025-02-11"), "plan_van_aanpak")

        assert (plan.uiterste_datum, plan.status) == (date(2025, 2, 24), "open")

    def test_made_on_the_last_day_is_on_time_and_one_day_later_is_late(self) -> None:
        op_tijd = dossier().analyse("2025-02-10").plan("2025-02-24").op("2025-03-01")
        te_laat = dossier().analyse("2025-02-10").plan("2025-02-25").op("2025-03-01")

        assert enige(op_tijd, "plan_van_aanpak").status == "tijdig"
        assert enige(te_laat, "plan_van_aanpak").status == "te_laat"

    def test_without_an_analysis_is_due_on_day_56(self) -> None:
        plan = enige(dossier().op("2025-02-01"), "plan_van_aanpak")

        assert (plan.uiterste_datum, plan.status) == (date(2025, 3, 2), "open")

    def test_without_an_analysis_is_overdue_after_day_56(self) -> None:
        assert enige(dossier().op("2025-03-02"), "plan_van_aanpak").status == "open"
        assert enige(dossier().op("2025-03-03"), "plan_van_aanpak").status == "verlopen"

    def test_a_late_analysis_moves_the_plan_past_day_56(self) -> None:
        # Analysis only on 2025-03-10 (day 64): the plan is due 2025-03-10 + 14 = 2025-03-24.
        plan = enige(dossier().analyse("2025-03-10").op("2025-03-11"), "plan_van_aanpak")

        assert (plan.uiterste_datum, plan.status) == (date(2025, 3, 24), "open")

    def test_is_not_needed_when_the_analysis_sees_no_possibilities(self) -> None:
        overzicht = dossier().analyse("2025-02-10", benutbaar=False).op("2025-06-01")

        plan = enige(overzicht, "plan_van_aanpak")
        assert plan.status == "niet_van_toepassing"
        assert alle(overzicht, "evaluatie") == []

    def test_a_plan_made_although_no_possibilities_were_seen_is_not_late(self) -> None:
        # The only analysis says benutbare_mogelijkheden false, so the rule does not apply
        # (contract section 2); a plan drawn up later anyway cannot be "te_laat" against the
        # day-56 deadline that only holds while no analysis exists.
        overzicht = (
            dossier().analyse("2025-02-10", benutbaar=False).plan("2025-04-01").op("2025-04-02")
        )

        plan = enige(overzicht, "plan_van_aanpak")
        assert plan.status == "niet_van_toepassing"
        assert "nog geen probleemanalyse" not in plan.uitleg


# -- evaluaties: last moment + 42 days -----------------------------------------------------------


class TestEvaluatie:
    def test_there_is_no_evaluation_duty_before_a_plan_exists(self) -> None:
        assert alle(dossier().analyse("2025-02-10").op("2025-06-01"), "evaluatie") == []

    def test_the_first_evaluation_is_due_42_days_after_the_plan(self) -> None:
        # 2025-02-20 + 42 days: 2025-02-28 is + 8, 2025-03-31 is + 39, so 2025-04-03.
        overzicht = dossier().analyse("2025-02-10").plan("2025-02-20").op("2025-03-15")

        evaluatie = enige(overzicht, "evaluatie")
        assert (evaluatie.uiterste_datum, evaluatie.status) == (date(2025, 4, 3), "open")

    def test_the_evaluation_duty_is_overdue_after_42_days(self) -> None:
        overzicht = dossier().analyse("2025-02-10").plan("2025-02-20").op("2025-04-04")

        assert enige(overzicht, "evaluatie").status == "verlopen"

    def test_an_evaluation_exactly_42_days_later_leaves_no_gap(self) -> None:
        overzicht = (
            dossier()
            .analyse("2025-02-10")
            .plan("2025-02-20")
            .met("EvaluatieGehouden", "2025-04-03")
            .op("2025-04-10")
        )

        # 2025-04-03 + 42 = 2025-05-15 (2025-04-30 is + 27).
        assert [(v.uiterste_datum, v.status) for v in alle(overzicht, "evaluatie")] == [
            (date(2025, 5, 15), "open")
        ]

    def test_an_evaluation_43_days_later_is_listed_as_late(self) -> None:
        overzicht = (
            dossier()
            .analyse("2025-02-10")
            .plan("2025-02-20")
            .met("EvaluatieGehouden", "2025-04-04")
            .op("2025-04-10")
        )

        assert [
            (v.uiterste_datum, v.status, v.voldaan_op) for v in alle(overzicht, "evaluatie")
        ] == [
            (date(2025, 4, 3), "te_laat", date(2025, 4, 4)),
            (date(2025, 5, 16), "open", None),
        ]

    def test_every_gap_over_42_days_is_listed_and_the_chain_counts_bijstelling(self) -> None:
        overzicht = (
            dossier()
            .analyse("2025-02-10")
            .plan("2025-02-20")
            .met("EvaluatieGehouden", "2025-04-10")  # 49 days after the plan
            .met("EvaluatieGehouden", "2025-05-20")  # 40 days: fine
            .met("PlanVanAanpakBijgesteld", "2025-07-15", reden="meer uren")  # 56 days
            .op("2025-07-20")
        )

        # 2025-04-10 + 42 = 2025-05-22; 2025-05-20 + 42 = 2025-07-01; 2025-07-15 + 42 = 2025-08-26.
        assert [
            (v.uiterste_datum, v.status, v.voldaan_op, v.voldaan_door)
            for v in alle(overzicht, "evaluatie")
        ] == [
            (date(2025, 4, 3), "te_laat", date(2025, 4, 10), 4),
            (date(2025, 7, 1), "te_laat", date(2025, 7, 15), 6),
            (date(2025, 8, 26), "open", None, None),
        ]

    def test_the_eerstejaarsevaluatie_is_an_evaluation_moment(self) -> None:
        overzicht = (
            dossier()
            .analyse("2025-02-10")
            .plan("2025-11-25")
            .eerstejaarsevaluatie("2026-01-04", perspectief=True)
            .op("2026-01-10")
        )

        # 2025-11-25 + 40 = 2026-01-04; 2026-01-04 + 42 = 2026-02-15.
        assert [(v.uiterste_datum, v.status) for v in alle(overzicht, "evaluatie")] == [
            (date(2026, 2, 15), "open")
        ]


# -- UWV notification and first-year evaluation -------------------------------------------------


class TestZiekmeldingUwv:
    def test_is_due_on_day_295(self) -> None:
        # 2025-01-06 + 294: 2025-01-31 is + 25, 2025-02-28 + 53, ..., 2025-09-30 + 267,
        # so + 294 is 2025-10-27.
        uwv = enige(dossier().op("2025-10-27"), "ziekmelding_uwv")

        assert (uwv.uiterste_datum, uwv.status) == (date(2025, 10, 27), "open")

    def test_unmet_is_overdue_the_day_after(self) -> None:
        assert enige(dossier().op("2025-10-28"), "ziekmelding_uwv").status == "verlopen"

    def test_made_on_day_295_is_on_time_and_on_day_296_late(self) -> None:
        op_tijd = dossier().met("ZiekmeldingUWVGedaan", "2025-10-27").op("2025-11-01")
        te_laat = dossier().met("ZiekmeldingUWVGedaan", "2025-10-28").op("2025-11-01")

        assert enige(op_tijd, "ziekmelding_uwv").status == "tijdig"
        assert enige(te_laat, "ziekmelding_uwv").status == "te_laat"


class TestEerstejaarsevaluatie:
    def test_is_due_on_day_364(self) -> None:
        # 2025-01-06 + 363 = 2026-01-06 - 2 days = 2026-01-04 (2025 has 365 days).
        eje = enige(dossier().op("2026-01-04"), "eerstejaarsevaluatie")

        assert (eje.uiterste_datum, eje.status) == (date(2026, 1, 4), "open")

    def test_unmet_is_overdue_on_day_365(self) -> None:
        assert enige(dossier().op("2026-01-05"), "eerstejaarsevaluatie").status == "verlopen"

    def test_held_on_day_364_is_on_time(self) -> None:
        overzicht = dossier().eerstejaarsevaluatie("2026-01-04", perspectief=True).op("2026-01-05")

        assert enige(overzicht, "eerstejaarsevaluatie").status == "tijdig"


# -- track 2 -----------------------------------------------------------------------------------


class TestSpoor2:
    def test_there_is_no_track_2_duty_before_an_eerstejaarsevaluatie(self) -> None:
        assert alle(dossier().op("2026-03-01"), "spoor2_start") == []

    def test_is_due_six_weeks_after_an_evaluation_without_prospects(self) -> None:
        # 2025-12-29 + 42: 2025-12-31 is + 2, 2026-01-31 is + 33, so 2026-02-09.
        overzicht = dossier().eerstejaarsevaluatie("2025-12-29", perspectief=False).op("2026-01-10")

        spoor2 = enige(overzicht, "spoor2_start")
        assert (spoor2.uiterste_datum, spoor2.status) == (date(2026, 2, 9), "open")

    def test_started_on_the_last_day_is_on_time_and_a_day_later_late(self) -> None:
        def met_spoor2(datum: str) -> str:
            overzicht = (
                dossier()
                .eerstejaarsevaluatie("2025-12-29", perspectief=False)
                .met("Spoor2Gestart", datum)
                .op("2026-03-01")
            )
            return enige(overzicht, "spoor2_start").status

        assert met_spoor2("2026-02-09") == "tijdig"
        assert met_spoor2("2026-02-10") == "te_laat"

    def test_is_not_needed_when_the_own_employer_still_has_prospects(self) -> None:
        overzicht = dossier().eerstejaarsevaluatie("2025-12-29", perspectief=True).op("2026-06-01")

        assert enige(overzicht, "spoor2_start").status == "niet_van_toepassing"


# -- end of the waiting period, re-integratieverslag and WIA application -------------------------


class TestEindeWachttijd:
    def test_ends_on_day_728_with_riv_91_and_wia_77_days_before(self) -> None:
        overzicht = dossier().op("2025-06-01")

        # 2027-01-03 - 91: 2026-12-31 is - 3, 2026-11-30 - 34, 2026-10-31 - 65, so 2026-10-04.
        assert overzicht.einde_wachttijd == date(2027, 1, 3)
        assert overzicht.wia_ingangsdatum == date(2027, 1, 4)
        assert enige(overzicht, "reintegratieverslag").uiterste_datum == date(2026, 10, 4)
        assert enige(overzicht, "wia_aanvraag").uiterste_datum == date(2026, 10, 18)

    def test_a_riv_on_its_last_day_is_on_time_and_a_wia_one_day_late_is_late(self) -> None:
        overzicht = (
            dossier()
            .met("ReintegratieverslagOpgesteld", "2026-10-04")
            .met("WIAAangevraagd", "2026-10-19")
            .op("2026-11-01")
        )

        assert enige(overzicht, "reintegratieverslag").status == "tijdig"
        assert enige(overzicht, "wia_aanvraag").status == "te_laat"

    def test_a_voluntary_extension_moves_the_end_and_the_riv_and_wia_deadlines(self) -> None:
        overzicht = (
            dossier()
            .met("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum=d("2027-07-04"))
            .op("2026-09-02")
        )

        # 2027-07-04 - 91 = 2027-04-04 (2027-06-30 is - 4, 05-31 - 34, 04-30 - 65);
        # 2027-07-04 - 77 = 2027-04-18.
        assert overzicht.einde_wachttijd == date(2027, 7, 4)
        assert enige(overzicht, "reintegratieverslag").uiterste_datum == date(2027, 4, 4)
        assert enige(overzicht, "wia_aanvraag").uiterste_datum == date(2027, 4, 18)

    def test_the_latest_voluntary_extension_counts(self) -> None:
        overzicht = (
            dossier()
            .met("WachttijdVrijwilligVerlengd", "2026-09-20", nieuwe_einddatum=d("2027-07-04"))
            .met("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum=d("2027-04-04"))
            .op("2026-10-01")
        )

        assert overzicht.einde_wachttijd == date(2027, 7, 4)

    def test_a_loonsanctie_extends_the_end_but_not_the_riv_and_wia_deadlines(self) -> None:
        overzicht = dossier().met("LoonsanctieOpgelegd", "2026-12-01", weken=12).op("2026-12-02")

        # 2027-01-03 + 7 * 12 = + 84 days: 2027-01-31 is + 28, 02-28 + 56, so 2027-03-28.
        assert overzicht.einde_wachttijd == date(2027, 3, 28)
        assert enige(overzicht, "reintegratieverslag").uiterste_datum == date(2026, 10, 4)
        assert enige(overzicht, "wia_aanvraag").uiterste_datum == date(2026, 10, 18)

    def test_loonsancties_add_up(self) -> None:
        overzicht = (
            dossier()
            .met("LoonsanctieOpgelegd", "2026-12-01", weken=12)
            .met("LoonsanctieOpgelegd", "2027-03-01", weken=4)
            .op("2027-03-02")
        )

        # 2027-01-03 + 16 weeks = + 112 days: 2027-03-31 is + 87, so 2027-04-25.
        assert overzicht.einde_wachttijd == date(2027, 4, 25)

    def test_a_loonsanctie_comes_on_top_of_a_voluntary_extension(self) -> None:
        overzicht = (
            dossier()
            .met("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum=d("2027-07-04"))
            .met("LoonsanctieOpgelegd", "2027-06-01", weken=12)
            .op("2027-06-02")
        )

        # 2027-07-04 + 84: 2027-07-31 is + 27, 2027-08-31 + 58, so 2027-09-26.
        assert overzicht.einde_wachttijd == date(2027, 9, 26)
        assert enige(overzicht, "reintegratieverslag").uiterste_datum == date(2027, 4, 4)


# -- recovery and relapse ------------------------------------------------------------------------


class TestTerugval:
    def test_a_relapse_within_four_weeks_shifts_the_duration_based_days_by_the_gap(self) -> None:
        # Fit from 2025-03-03, sick again 2025-03-24: 21 fit days that do not count.
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-03-03")
            .met("ZiekteTeruggemeld", "2025-03-24")
            .op("2025-04-01")
        )

        # Every date below is the unshifted one + 21 days.
        assert samengevat(overzicht) == {
            "probleemanalyse": (date(2025, 2, 16), "verlopen"),
            "plan_van_aanpak": (date(2025, 3, 2), "verlopen"),
            "ziekmelding_uwv": (date(2025, 11, 17), "open"),
            "eerstejaarsevaluatie": (date(2026, 1, 25), "open"),
            "reintegratieverslag": (date(2026, 10, 25), "open"),
            "wia_aanvraag": (date(2026, 11, 8), "open"),
        }
        assert overzicht.einde_wachttijd == date(2027, 1, 24)

    def test_a_gap_in_the_first_six_weeks_does_not_move_analysis_or_plan(self) -> None:
        # Fit 2025-01-20 up to 2025-02-02 (14 days), sick again 2025-02-03.
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-01-20")
            .met("ZiekteTeruggemeld", "2025-02-03")
            .op("2025-02-05")
        )

        assert enige(overzicht, "probleemanalyse").uiterste_datum == date(2025, 2, 16)
        assert enige(overzicht, "plan_van_aanpak").uiterste_datum == date(2025, 3, 2)
        # 2025-10-27 + 14 = 2025-11-10; 2027-01-03 + 14 = 2027-01-17.
        assert enige(overzicht, "ziekmelding_uwv").uiterste_datum == date(2025, 11, 10)
        assert overzicht.einde_wachttijd == date(2027, 1, 17)

    def test_two_gaps_add_up(self) -> None:
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-03-03")
            .met("ZiekteTeruggemeld", "2025-03-24")  # 21 days
            .met("HerstelGemeld", "2025-06-02")
            .met("ZiekteTeruggemeld", "2025-06-16")  # 14 days
            .op("2025-07-01")
        )

        # 2025-10-27 + 35 = 2025-12-01; 2027-01-03 + 35 = 2027-02-07.
        assert enige(overzicht, "ziekmelding_uwv").uiterste_datum == date(2025, 12, 1)
        assert overzicht.einde_wachttijd == date(2027, 2, 7)

    def test_a_gap_after_a_deadline_does_not_move_that_deadline(self) -> None:
        # Fit 2025-11-03 .. 2025-11-09, after day 295 (2025-10-27) but before day 364.
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-11-03")
            .met("ZiekteTeruggemeld", "2025-11-10")
            .op("2025-11-15")
        )

        assert enige(overzicht, "ziekmelding_uwv").uiterste_datum == date(2025, 10, 27)
        # 2026-01-04 + 7 = 2026-01-11.
        assert enige(overzicht, "eerstejaarsevaluatie").uiterste_datum == date(2026, 1, 11)


class TestHerstel:
    def test_recovery_makes_later_unmet_obligations_not_applicable(self) -> None:
        overzicht = (
            dossier()
            .analyse("2025-02-10")
            .plan("2025-02-20")
            .met("HerstelGemeld", "2025-03-03")
            .op("2025-12-01")
        )

        assert {v.regel: v.status for v in overzicht.verplichtingen} == {
            "probleemanalyse": "tijdig",
            "plan_van_aanpak": "tijdig",
            "evaluatie": "niet_van_toepassing",
            "ziekmelding_uwv": "niet_van_toepassing",
            "eerstejaarsevaluatie": "niet_van_toepassing",
            "reintegratieverslag": "niet_van_toepassing",
            "wia_aanvraag": "niet_van_toepassing",
        }

    def test_recovery_after_a_missed_deadline_leaves_it_overdue(self) -> None:
        overzicht = dossier().met("HerstelGemeld", "2025-02-20").op("2025-04-01")

        assert enige(overzicht, "probleemanalyse").status == "verlopen"
        assert enige(overzicht, "plan_van_aanpak").status == "niet_van_toepassing"

    def test_a_relapse_makes_the_obligations_apply_again(self) -> None:
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-03-03")
            .met("ZiekteTeruggemeld", "2025-03-24")
            .op("2025-12-01")
        )

        assert enige(overzicht, "ziekmelding_uwv").status == "verlopen"
        assert enige(overzicht, "eerstejaarsevaluatie").status == "open"

    def test_on_a_peildatum_between_recovery_and_relapse_the_case_is_recovered(self) -> None:
        overzicht = (
            dossier()
            .met("HerstelGemeld", "2025-03-03")
            .met("ZiekteTeruggemeld", "2025-03-24")
            .op("2025-03-10")
        )

        uwv = enige(overzicht, "ziekmelding_uwv")
        assert (uwv.uiterste_datum, uwv.status) == (date(2025, 10, 27), "niet_van_toepassing")


# -- the peildatum -------------------------------------------------------------------------------


class TestPeildatum:
    def test_a_fact_dated_after_the_peildatum_is_ignored(self) -> None:
        feiten = dossier().analyse("2025-02-10")

        ervoor = enige(feiten.op("2025-02-09"), "probleemanalyse")
        erop = enige(feiten.op("2025-02-10"), "probleemanalyse")

        assert (ervoor.status, ervoor.voldaan_op) == ("open", None)
        assert (erop.status, erop.voldaan_op) == ("tijdig", date(2025, 2, 10))

    def test_a_recovery_after_the_peildatum_is_ignored(self) -> None:
        overzicht = dossier().met("HerstelGemeld", "2025-03-03").op("2025-03-02")

        assert enige(overzicht, "ziekmelding_uwv").status == "open"
        assert enige(overzicht, "plan_van_aanpak").status == "open"

    def test_a_loonsanctie_or_extension_after_the_peildatum_is_ignored(self) -> None:
        feiten = (
            dossier()
            .met("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum=d("2027-07-04"))
            .met("LoonsanctieOpgelegd", "2026-12-01", weken=12)
        )

        assert feiten.op("2026-08-31").einde_wachttijd == date(2027, 1, 3)
        assert feiten.op("2026-11-30").einde_wachttijd == date(2027, 7, 4)
        assert feiten.op("2026-12-01").einde_wachttijd == date(2027, 9, 26)

    def test_the_overview_reports_its_peildatum_and_eerste_ziektedag(self) -> None:
        overzicht = dossier().op("2025-05-05")

        assert (overzicht.peildatum, overzicht.eerste_ziektedag) == (
            date(2025, 5, 5),
            date(2025, 1, 6),
        )


# -- leap days and year ends ---------------------------------------------------------------------


KALENDERGEVALLEN = [
    pytest.param(
        # 2024-02-29 (leap day): + 41 -> 2024-03-31 is + 31, so 2024-04-10; + 55 -> 2024-04-24;
        # + 294 -> 2024-12-31 is + 306, so 2024-12-19; 2025-02-28 is + 365 (no leap day
        # between), so + 363 = 2025-02-26; 2026-02-28 is + 730, so + 727 = 2026-02-25;
        # - 91 -> 2025-11-26; - 77 -> 2025-12-10.
        "2024-02-29",
        {
            "probleemanalyse": "2024-04-10",
            "plan_van_aanpak": "2024-04-24",
            "ziekmelding_uwv": "2024-12-19",
            "eerstejaarsevaluatie": "2025-02-26",
            "reintegratieverslag": "2025-11-26",
            "wia_aanvraag": "2025-12-10",
        },
        "2026-02-25",
        id="leap-day-2024-02-29",
    ),
    pytest.param(
        # 2023-12-31: + 41 -> 2024-01-31 is + 31, so 2024-02-10; + 55 -> 2024-02-24;
        # 2024 is a leap year: 2024-10-31 is + 305, so + 294 = 2024-10-20;
        # 2024-12-31 is + 366, so + 363 = 2024-12-28; 2025-12-31 is + 731, so
        # + 727 = 2025-12-27; - 91 -> 2025-09-27; - 77 -> 2025-10-11.
        "2023-12-31",
        {
            "probleemanalyse": "2024-02-10",
            "plan_van_aanpak": "2024-02-24",
            "ziekmelding_uwv": "2024-10-20",
            "eerstejaarsevaluatie": "2024-12-28",
            "reintegratieverslag": "2025-09-27",
            "wia_aanvraag": "2025-10-11",
        },
        "2025-12-27",
        id="year-end-2023-12-31",
    ),
    pytest.param(
        # 2027-12-31, followed by leap year 2028 just like 2023-12-31 by 2024:
        # the same month-days four years later.
        "2027-12-31",
        {
            "probleemanalyse": "2028-02-10",
            "plan_van_aanpak": "2028-02-24",
            "ziekmelding_uwv": "2028-10-20",
            "eerstejaarsevaluatie": "2028-12-28",
            "reintegratieverslag": "2029-09-27",
            "wia_aanvraag": "2029-10-11",
        },
        "2029-12-27",
        id="year-end-2027-12-31",
    ),
]


@pytest.mark.parametrize(("eerste", "uiterste", "einde"), KALENDERGEVALLEN)
def test_deadlines_across_leap_days_and_year_ends(
    eerste: str, uiterste: dict[str, str], einde: str
) -> None:
    overzicht = Dossier(eerste).op(eerste)

    assert {v.regel: v.uiterste_datum.isoformat() for v in overzicht.verplichtingen} == uiterste
    assert overzicht.einde_wachttijd == d(einde)
    assert all(v.status == "open" for v in overzicht.verplichtingen)


def test_a_two_week_plan_deadline_crosses_the_leap_day() -> None:
    # Analysis on 2024-02-20: + 14 days = 2024-03-05 (2024-02-29 exists: + 9, 03-01 + 10).
    overzicht = Dossier("2024-01-15").analyse("2024-02-20").op("2024-02-21")

    assert enige(overzicht, "plan_van_aanpak").uiterste_datum == date(2024, 3, 5)


# -- rule versions and sources -------------------------------------------------------------------


def volledig_dossier() -> Dossier:
    """A case from 2025-01-06 that produces an obligation of every rule."""
    return (
        dossier()
        .analyse("2025-02-10")
        .plan("2025-02-20")
        .met("EvaluatieGehouden", "2025-04-01")
        .eerstejaarsevaluatie("2025-12-29", perspectief=False)
    )


def test_every_obligation_names_a_known_rule_version_and_an_https_source() -> None:
    overzicht = volledig_dossier().op("2026-01-10")

    assert {v.regel for v in overzicht.verplichtingen} == set(REGELS)
    for v in overzicht.verplichtingen:
        assert v.regelversie in {versie.id for versie in REGELS[v.regel].versies}
        assert v.bron.url.startswith("https://")
        assert v.bron.artikel.strip()
        assert v.uitleg.strip()


def test_a_case_from_2023_07_01_on_uses_the_2023_rules() -> None:
    overzicht = (
        Dossier("2023-07-01")
        .analyse("2023-08-01")
        .plan("2023-08-10")
        .eerstejaarsevaluatie("2024-06-20", perspectief=True)
        .op("2024-07-01")
    )

    assert {
        (v.regel, v.regelversie)
        for v in overzicht.verplichtingen
        if v.regel in ("plan_van_aanpak", "evaluatie", "eerstejaarsevaluatie")
    } == {
        ("plan_van_aanpak", "rpg-2023"),
        ("evaluatie", "rpg-2023"),
        ("eerstejaarsevaluatie", "rpg-2023"),
    }
    assert enige(overzicht, "probleemanalyse").regelversie == "rpg-2002"


def test_a_case_entirely_before_2023_07_01_uses_the_2002_rules() -> None:
    # Day 1 2021-03-01; day 364 = 2022-02-27; everything happens before mid-2023.
    overzicht = (
        Dossier("2021-03-01")
        .analyse("2021-04-01")
        .plan("2021-04-10")
        .met("EvaluatieGehouden", "2021-05-20")
        .eerstejaarsevaluatie("2022-02-20", perspectief=True)
        .op("2022-03-01")
    )

    assert enige(overzicht, "eerstejaarsevaluatie").uiterste_datum == date(2022, 2, 27)
    versies = {
        (v.regel, v.regelversie)
        for v in overzicht.verplichtingen
        if v.regel in ("plan_van_aanpak", "evaluatie", "eerstejaarsevaluatie")
    }
    assert versies == {
        ("plan_van_aanpak", "rpg-2002"),
        ("evaluatie", "rpg-2002"),
        ("eerstejaarsevaluatie", "rpg-2002"),
    }


def test_an_earlier_case_revised_after_2023_07_01_uses_the_2023_rules_for_the_next_evaluation() -> (
    None
):
    overzicht = (
        Dossier("2022-09-05")
        .analyse("2022-10-01")
        .plan("2022-10-10")
        .met("PlanVanAanpakBijgesteld", "2023-07-03", reden="nieuwe visie")
        .op("2023-07-04")
    )

    evaluaties = alle(overzicht, "evaluatie")
    assert enige(overzicht, "plan_van_aanpak").regelversie == "rpg-2002"
    # The gap 2022-10-10 .. 2023-07-03 is late (met on 2023-07-03, under the 2023 rules);
    # the next evaluation is due 2023-07-03 + 42 = 2023-08-14.
    assert [(v.uiterste_datum, v.regelversie) for v in evaluaties] == [
        (date(2022, 11, 21), "rpg-2023"),
        (date(2023, 8, 14), "rpg-2023"),
    ]


def test_a_plan_drawn_up_on_2023_07_01_itself_in_an_earlier_case_uses_the_2023_rules() -> None:
    # Day 1 2023-05-22; analysis 2023-06-20; the plan on the first day of the amendment.
    overzicht = Dossier("2023-05-22").analyse("2023-06-20").plan("2023-07-01").op("2023-07-02")

    assert enige(overzicht, "plan_van_aanpak").regelversie == "rpg-2023"


def test_a_plan_drawn_up_on_2023_06_30_in_an_earlier_case_uses_the_2002_rules() -> None:
    overzicht = Dossier("2023-05-22").analyse("2023-06-20").plan("2023-06-30").op("2023-07-02")

    assert enige(overzicht, "plan_van_aanpak").regelversie == "rpg-2002"
