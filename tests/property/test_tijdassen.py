"""The second time axis: the dossier as known at each recording time is what it said then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import in_geheugen
from adapters.uitwisseling.jsonl import lees_invoer
from domain.regels import REGELS
from domain.termijnen import bereken_termijnen, op_latere_peildatum
from tests.conftest import HERKOMST
from tests.property.strategieen import Schets, geldige_dossiers


@given(geldige_dossiers(registraties=True))
def test_as_known_at_each_recording_time_reproduces_the_view_current_then(schets: Schets) -> None:
    klok = VasteKlok(datetime(2026, 1, 1, 9, 0, tzinfo=UTC), stap=timedelta(minutes=1))
    dossiers = in_geheugen(klok)
    invoeren = lees_invoer(schets.jsonl())
    peildata = [schets.dag(50), schets.dag(400), schets.dag(800)]

    dossier_id = dossiers.open_dossier(invoeren[0], HERKOMST)
    toen = []
    for invoer in [None, *invoeren[1:]]:
        if invoer is not None:
            dossiers.registreer(dossier_id, invoer, HERKOMST)
        dossier = dossiers.dossier(dossier_id)
        toen.append(
            (
                dossier.registraties[-1].geregistreerd_op,
                list(dossier.feiten),
                [dossier.termijnen(p) for p in peildata],
            )
        )

    nu = dossiers.dossier(dossier_id)
    for moment, feiten, termijnen in toen:
        beeld = nu.beeld(moment)
        assert beeld.feiten == feiten
        assert [beeld.termijnen(p) for p in peildata] == termijnen
    # Just before the first recording nothing was known.
    assert nu.beeld(toen[0][0] - timedelta(seconds=1)).registraties == ()


@given(geldige_dossiers())
def test_obligations_are_listed_in_contract_order_and_by_date_within_a_rule(schets: Schets) -> None:
    dossier = in_geheugen().bouw_dossier(lees_invoer(schets.jsonl()), HERKOMST)
    volgorde = {naam: i for i, naam in enumerate(REGELS)}

    for peildatum in (schets.dag(60), schets.dag(400), schets.dag(900)):
        lijst = dossier.termijnen(peildatum).verplichtingen
        sleutels = [(volgorde[v.regel], v.uiterste_datum) for v in lijst]
        assert sleutels == sorted(sleutels)


@given(geldige_dossiers(), st.integers(0, 900))
def test_after_the_last_fact_only_open_and_overdue_change_with_the_peildatum(
    schets: Schets, dagen_later: int
) -> None:
    # The read model keeps the obligations as of the last fact and derives later peildata.
    feiten = in_geheugen().bouw_dossier(lees_invoer(schets.jsonl()), HERKOMST).feiten
    tot = max(f.datum for f in feiten)
    later = tot + timedelta(days=dagen_later)

    afgeleid = [
        op_latere_peildatum(v, later) for v in bereken_termijnen(feiten, tot).verplichtingen
    ]

    assert afgeleid == list(bereken_termijnen(feiten, later).verplichtingen)
