"""The second time axis: the dossier as known at each recording time is what it said then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given

from adapters.klok import VasteKlok
from adapters.opslag import in_geheugen
from adapters.uitwisseling import lees_invoer
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
