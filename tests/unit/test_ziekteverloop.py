"""Counting sick days (contract section 1): day n = day 1 + (n - 1), later by every fit gap
of less than four weeks that begins on or before it."""

from __future__ import annotations

from datetime import date

from domain.termijnen import Onderbreking, Ziekteverloop, ziekteverloop
from tests.unit.dossierbouwer import Dossier


def verloop(*onderbrekingen: Onderbreking) -> Ziekteverloop:
    return Ziekteverloop(
        eerste_ziektedag=date(2025, 1, 6),
        onderbrekingen=onderbrekingen,
        hersteld_op=None,
        gesloten_op=None,
    )


# Fit from 2025-03-03 through 2025-03-23, sick again 2025-03-24: 21 days that do not count.
MAART = Onderbreking(eerste_hersteldag=date(2025, 3, 3), dagen=21)
# Fit 2025-06-02 through 2025-06-15, sick again 2025-06-16: 14 days.
JUNI = Onderbreking(eerste_hersteldag=date(2025, 6, 2), dagen=14)


def test_day_1_is_the_first_sick_day() -> None:
    assert verloop().dag(1) == date(2025, 1, 6)


def test_day_n_is_day_1_plus_n_minus_1_days() -> None:
    assert [verloop().dag(n) for n in (42, 56, 295, 364, 637, 651, 728)] == [
        date(2025, 2, 16),
        date(2025, 3, 2),
        date(2025, 10, 27),
        date(2026, 1, 4),
        date(2026, 10, 4),
        date(2026, 10, 18),
        date(2027, 1, 3),
    ]


def test_a_day_before_the_gap_does_not_move() -> None:
    # Day 56 = 2025-03-02, the last sick day before the recovery.
    assert verloop(MAART).dag(56) == date(2025, 3, 2)


def test_the_next_sick_day_after_the_gap_is_the_relapse_day() -> None:
    # Unshifted day 57 would be 2025-03-03, the first fit day; it is the relapse day instead.
    assert verloop(MAART).dag(57) == date(2025, 3, 24)


def test_later_days_move_by_the_whole_gap() -> None:
    assert verloop(MAART).dag(295) == date(2025, 11, 17)
    assert verloop(MAART).dag(728) == date(2027, 1, 24)


def test_a_day_pushed_past_a_second_gap_moves_by_both() -> None:
    # Unshifted day 147 = 2025-01-06 + 146 = 2025-06-01 (2025-05-31 is + 145), before the
    # June gap; + 21 for March = 2025-06-22, past the start of the June gap, so + 14 more.
    # By hand: sick days 57..126 run 2025-03-24 .. 2025-06-01, day 127 is 2025-06-16,
    # so day 147 is 2025-06-16 + 20 = 2025-07-06.
    assert verloop(MAART, JUNI).dag(147) == date(2025, 7, 6)


def test_the_shift_counts_only_gaps_that_started_by_then() -> None:
    assert verloop(MAART, JUNI).verschuiving_tot(date(2025, 3, 2)) == 0
    assert verloop(MAART, JUNI).verschuiving_tot(date(2025, 5, 1)) == 21
    assert verloop(MAART, JUNI).verschuiving_tot(date(2025, 7, 1)) == 35


def test_a_gap_knows_its_last_fit_day() -> None:
    assert MAART.laatste_hersteldag == date(2025, 3, 23)


def test_the_explanation_names_the_gap() -> None:
    assert verloop(MAART).uitleg_dag(295) == (
        "dag 295 = 2025-01-06 + 294 dagen + 21 hersteldagen die niet meetellen "
        "(2025-03-03 t/m 2025-03-23)"
    )
    assert verloop().uitleg_dag(42) == "dag 42 = 2025-01-06 + 41 dagen"


def test_the_course_of_sickness_is_read_from_recovery_and_relapse_facts() -> None:
    feiten = (
        Dossier("2025-01-06")
        .met("HerstelGemeld", "2025-03-03")
        .met("ZiekteTeruggemeld", "2025-03-24")
        .met("HerstelGemeld", "2025-06-02")
        .met("ZiekteTeruggemeld", "2025-06-16")
        .met("HerstelGemeld", "2025-09-01")
        .feiten
    )

    gelezen = ziekteverloop(feiten)

    assert gelezen.eerste_ziektedag == date(2025, 1, 6)
    assert gelezen.onderbrekingen == (MAART, JUNI)
    assert gelezen.hersteld_op == date(2025, 9, 1)
    assert gelezen.gesloten_op is None
