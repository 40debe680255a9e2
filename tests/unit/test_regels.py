"""The rules as data: numbers, prose and versions come from ``domain.regels`` alone.

The deadline tests (``test_termijnen``) check the dates; these check that the engine takes
them from the data: a rule's days, its versions and the visie boundary can be changed in
``REGELS`` and the engine follows, and the prose a person reads follows the numbers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.regels import (
    EINDE_WACHTTIJD,
    LOONSANCTIEBESLUIT,
    REGELS,
    SAMENTELLING,
    Anker,
    Regel,
    Regelversie,
    Termijn,
    dagnummer,
    duur_tekst,
    versie_op,
    versie_voor,
)
from domain.termijnen import herstelreeks
from tests.unit.dossierbouwer import Dossier, d, enige

_2002 = Regelversie("v-2002", date(2002, 4, 1), "oud")
_2023 = Regelversie("v-2023", date(2023, 7, 1), "nieuw", visie_verplicht=True)
_2030 = Regelversie("v-2030", date(2030, 1, 1), "toekomst")


def _regel(*versies: Regelversie) -> Regel:
    return replace(REGELS["plan_van_aanpak"], versies=versies)


# -- the numbers of contract section 2 --------------------------------------------------------


@pytest.mark.parametrize(
    ("termijn", "dag"),
    [
        (REGELS["probleemanalyse"].uiterste, 42),
        (REGELS["plan_van_aanpak"].zonder_anker, 56),
        (REGELS["ziekmelding_uwv"].uiterste, 295),
        (REGELS["eerstejaarsevaluatie"].uiterste, 364),
        (REGELS["reintegratieverslag"].uiterste, 637),
        (REGELS["wia_aanvraag"].uiterste, 651),
        (LOONSANCTIEBESLUIT.termijn, 686),
        (EINDE_WACHTTIJD.termijn, 728),
    ],
)
def test_the_fixed_days_are_those_of_the_contract(termijn: Termijn | None, dag: int) -> None:
    assert termijn is not None
    assert termijn.vast
    assert dagnummer(termijn) == dag


@pytest.mark.parametrize(
    ("regel", "anker", "dagen"),
    [
        ("plan_van_aanpak", "probleemanalyse", 14),
        ("evaluatie", "vorig_moment", 42),
        ("spoor2_start", "eerstejaarsevaluatie", 42),
    ],
)
def test_the_deadlines_after_a_fact_count_from_that_fact(
    regel: str, anker: str, dagen: int
) -> None:
    termijn = REGELS[regel].uiterste
    assert (termijn.anker, termijn.dagen, termijn.vast) == (anker, dagen, False)
    with pytest.raises(ValueError, match=anker):
        dagnummer(termijn)


def test_the_end_of_the_waiting_period_moves_the_riv_and_wia_days() -> None:
    langer = replace(EINDE_WACHTTIJD, termijn=Termijn("ziektedag", 734))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("domain.regels.EINDE_WACHTTIJD", langer)
        assert dagnummer(REGELS["reintegratieverslag"].uiterste) == 735 - 91
        assert "(dag 644)" in REGELS["reintegratieverslag"].termijn


def test_samentelling_is_four_weeks_after_the_first_fit_day() -> None:
    assert SAMENTELLING.termijn == Termijn("herstel", 28)
    herstel = d("2025-03-01")
    # 27 fit days: counted together; 28: a new case.
    gaten, _ = herstelreeks(
        [(herstel, 0, True), (herstel + timedelta(days=27), 1, False)], streng=False
    )
    assert [g.dagen for g in gaten] == [27]
    gaten, _ = herstelreeks(
        [(herstel, 0, True), (herstel + timedelta(days=28), 1, False)], streng=False
    )
    assert gaten == ()


# -- prose from the numbers ---------------------------------------------------------------------


def test_the_prose_states_the_numbers_of_the_data() -> None:
    assert REGELS["probleemanalyse"].termijn == (
        "dag 42 (eerste ziektedag + 41 dagen); de letterlijke lezing 'binnen zes weken' "
        "(dag 43) geldt als ruim"
    )
    assert REGELS["ziekmelding_uwv"].termijn == (
        "dag 295 in ziektedagen (eerste dag na 42 weken ongeschiktheid)"
    )
    assert REGELS["eerstejaarsevaluatie"].termijn == "dag 364 in ziektedagen (einde week 52)"
    assert REGELS["plan_van_aanpak"].termijn.startswith(
        "probleemanalyse + 14 dagen; zolang er geen probleemanalyse is: dag 56; "
    )
    assert REGELS["wia_aanvraag"].termijn.startswith("einde wachttijd - 77 dagen (dag 651); ")


@pytest.mark.parametrize("regel", list(REGELS))
def test_a_changed_number_changes_the_prose(regel: str) -> None:
    oud = REGELS[regel]
    nieuw = replace(oud, uiterste=replace(oud.uiterste, dagen=oud.uiterste.dagen + 7))
    assert nieuw.termijn != oud.termijn
    verwacht = (
        f"dag {dagnummer(nieuw.uiterste)}"
        if nieuw.uiterste.vast
        else f"{abs(nieuw.uiterste.dagen)} dagen"
    )
    assert verwacht in nieuw.termijn


def test_weeks_in_words() -> None:
    assert [duur_tekst(n) for n in (7, 14, 42, 43, 0)] == [
        "een week",
        "twee weken",
        "zes weken",
        "43 dagen",
        "0 dagen",
    ]


# -- versions by date ---------------------------------------------------------------------------


def test_the_version_on_a_date_is_the_latest_that_applies_by_then() -> None:
    regel = _regel(_2002, _2023, _2030)
    assert versie_op(regel, date(2023, 6, 30)) is _2002
    assert versie_op(regel, date(2023, 7, 1)) is _2023
    assert versie_op(regel, date(2029, 12, 31)) is _2023
    assert versie_op(regel, date(2030, 1, 1)) is _2030
    # Before the first version the oldest applies.
    assert versie_op(regel, date(1999, 1, 1)) is _2002


def test_the_governing_date_is_the_later_of_day_1_and_the_moment() -> None:
    # Contract section 2: a case from the amendment on, or an earlier case whose plan or
    # evaluation is drawn up or revised from then on.
    regel = _regel(_2002, _2023)
    assert versie_voor(regel, date(2023, 7, 1), date(2023, 7, 1)) is _2023
    assert versie_voor(regel, date(2023, 5, 1), date(2023, 7, 1)) is _2023
    assert versie_voor(regel, date(2023, 5, 1), date(2023, 6, 30)) is _2002
    assert versie_voor(regel, date(2023, 7, 2), date(2023, 6, 30)) is _2023


def test_versions_must_be_in_date_order() -> None:
    with pytest.raises(ValueError, match="geldig_vanaf"):
        _regel(_2023, _2002)
    with pytest.raises(ValueError, match="geldig_vanaf"):
        _regel()


def test_the_engine_picks_a_third_version_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    oud = REGELS["plan_van_aanpak"]
    toekomst = replace(_2030, visie_verplicht=True, publicatie="Stcrt. 2029, 1")
    monkeypatch.setitem(REGELS, "plan_van_aanpak", replace(oud, versies=(*oud.versies, toekomst)))

    voor = Dossier("2029-11-01").analyse("2029-12-01").plan("2029-12-31").op("2030-01-02")
    na = Dossier("2029-11-01").analyse("2029-12-01").plan("2030-01-01").op("2030-01-02")

    assert enige(voor, "plan_van_aanpak").regelversie == "rpg-2023"
    assert enige(na, "plan_van_aanpak").regelversie == "v-2030"


def test_the_visie_boundary_is_the_versions_date(monkeypatch: pytest.MonkeyPatch) -> None:
    # A case from 2023-03 with a plan of 2023-09 without visies: the 2023 rule applies to the
    # plan, so the engine remarks on the missing visie ...
    zonder_visie = (
        Dossier("2023-03-01")
        .analyse("2023-04-01")
        .met("PlanVanAanpakOpgesteld", "2023-09-01", casemanager="M. Bakker", doel="eigen_werk")
    )
    opmerkingen = enige(zonder_visie.op("2023-09-02"), "plan_van_aanpak").opmerkingen
    assert opmerkingen == (
        "visie van werkgever en werknemer ontbreekt in positie 3 (verplicht sinds 1 juli 2023, "
        "Stcrt. 2023, 13931; leidt niet direct tot loonsanctie)",
    )

    # ... and when the data says the amendment came on 2024-01-01, it does not (yet).
    later = Regelversie(
        "rpg-2024", date(2024, 1, 1), "later", visie_verplicht=True, publicatie="Stcrt. 2023, 1"
    )
    for naam in ("plan_van_aanpak", "evaluatie", "eerstejaarsevaluatie"):
        regel = REGELS[naam]
        monkeypatch.setitem(REGELS, naam, replace(regel, versies=(regel.versies[0], later)))
    verplichting = enige(zonder_visie.op("2023-09-02"), "plan_van_aanpak")
    assert verplichting.regelversie == "rpg-2002"
    assert verplichting.opmerkingen == ()
    plan_2024 = zonder_visie.met("PlanVanAanpakBijgesteld", "2024-01-02", reden="bijgesteld").op(
        "2024-01-03"
    )
    laatste = [v for v in plan_2024.verplichtingen if v.regel == "evaluatie"][-1]
    assert laatste.regelversie == "rpg-2024"
    assert laatste.opmerkingen == (
        "visie van werkgever en werknemer ontbreekt in positie 4 (verplicht sinds 1 januari "
        "2024, Stcrt. 2023, 1; leidt niet direct tot loonsanctie)",
    )


def test_a_changed_number_moves_the_deadline_and_its_explanation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier = Dossier("2025-01-06").analyse("2025-02-10")
    analyse = REGELS["probleemanalyse"]
    monkeypatch.setitem(
        REGELS, "probleemanalyse", replace(analyse, uiterste=Termijn("eerste_ziektedag", 48))
    )
    verplichting = enige(dossier.op("2025-02-11"), "probleemanalyse")
    assert verplichting.uiterste_datum == d("2025-02-23")
    assert verplichting.status == "tijdig"
    assert verplichting.uitleg == (
        "dag 49 = 2025-01-06 + 48 dagen (vast op de oorspronkelijke eerste ziektedag)"
    )


@pytest.mark.parametrize("anker", ["eerste_ziektedag", "eerstejaarsevaluatie"])
def test_an_anchor_the_engine_does_not_give_is_an_error_not_a_wrong_date(
    anker: Anker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The plan counts from the analysis; data that says otherwise needs the engine changed.
    plan = REGELS["plan_van_aanpak"]
    monkeypatch.setitem(REGELS, "plan_van_aanpak", replace(plan, uiterste=Termijn(anker, 14)))
    with pytest.raises(ValueError, match=anker):
        Dossier("2025-01-06").analyse("2025-02-10").op("2025-02-11")
