"""Recording every event type of contract section 3 stores exactly that one fact.

Given the shortest valid history, when one fact of the type is recorded, then the
dossier holds exactly one new event of that class with the given datum, fields,
door, toelichting and herkomst, stamped with the injected clock's time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand
from domain.gebeurtenissen import ALLE_TYPES
from domain.invoer import valideer
from domain.waarden import Actor
from tests.application.helpers import (
    VOORBEELDEN,
    ZIEKMELDING,
    given,
    recorded,
    regel,
    tijdstip,
)
from tests.conftest import HERKOMST

DOOR = {"rol": "casemanager", "naam": "M. Bakker"}


def test_every_type_of_the_contract_has_an_example() -> None:
    assert set(VOORBEELDEN) == set(ALLE_TYPES)
    assert len(ALLE_TYPES) == 31


def _invoer(type_naam: str) -> dict[str, Any]:
    voorbeeld = VOORBEELDEN[type_naam]
    return regel(
        type_naam,
        voorbeeld.datum,
        **voorbeeld.velden,
        door=DOOR,
        toelichting=f"voorbeeld van {type_naam}",
    )


@pytest.mark.parametrize("type_naam", sorted(ALLE_TYPES))
def test_recording_a_fact_stores_exactly_one_event_of_its_class(
    dossiers: Dossierbestand, klok: VasteKlok, type_naam: str
) -> None:
    voorbeeld = VOORBEELDEN[type_naam]
    if type_naam == "ZiekmeldingOntvangen":
        voor: list[Any] = []
        dossier_id = dossiers.open_dossier(valideer(_invoer(type_naam)), HERKOMST)
        positie = 1
    else:
        dossier_id = given(dossiers, [ZIEKMELDING, *voorbeeld.voorgeschiedenis])
        voor = recorded(dossiers, dossier_id)
        positie = dossiers.registreer(dossier_id, valideer(_invoer(type_naam)), HERKOMST)

    dossier = dossiers.dossier(dossier_id)
    assert positie == len(voor) + 1
    assert dossier.version == positie
    assert recorded(dossiers, dossier_id) == [
        *voor,
        (positie, type_naam, date.fromisoformat(voorbeeld.datum), voorbeeld.verwacht),
    ]
    nieuw = dossier.registraties[-1]
    assert nieuw.door == Actor(rol="casemanager", naam="M. Bakker")
    assert nieuw.toelichting == f"voorbeeld van {type_naam}"
    assert nieuw.herkomst == HERKOMST
    assert nieuw.geregistreerd_op == tijdstip(positie)
    assert klok.tijd == tijdstip(positie + 1)
    gebeurtenissen = list(dossiers.events.get(dossier_id))
    assert len(gebeurtenissen) == positie
    assert type(gebeurtenissen[-1]) is ALLE_TYPES[type_naam]
    assert gebeurtenissen[-1].datum == date.fromisoformat(voorbeeld.datum)


def test_the_recording_time_comes_from_the_clock_not_from_the_case(
    dossiers: Dossierbestand, klok: VasteKlok
) -> None:
    klok.tijd = datetime(2031, 5, 17, 8, 30, tzinfo=UTC)
    dossier_id = given(dossiers, [ZIEKMELDING])

    klok.tijd = datetime(2032, 2, 29, 23, 59, 59, tzinfo=UTC)
    dossiers.registreer(
        dossier_id, valideer(regel("ContactGehad", "2025-01-13", met="werknemer")), HERKOMST
    )

    eerste, tweede = dossiers.dossier(dossier_id).registraties
    assert eerste.geregistreerd_op == datetime(2031, 5, 17, 8, 30, tzinfo=UTC)
    assert tweede.geregistreerd_op == datetime(2032, 2, 29, 23, 59, 59, tzinfo=UTC)
    assert tweede.datum == date(2025, 1, 13)


def test_an_import_records_every_line_in_order_with_one_recording_time(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = dossiers.importeer(
        [
            valideer(ZIEKMELDING),
            valideer(regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)),
            valideer(
                regel(
                    "PlanVanAanpakOpgesteld",
                    "2025-02-20",
                    casemanager="M. Bakker",
                    doel="eigen_werk",
                )
            ),
        ],
        HERKOMST,
    )

    assert recorded(dossiers, dossier_id) == [
        (
            1,
            "ZiekmeldingOntvangen",
            date(2025, 1, 6),
            {
                "eerste_ziektedag": date(2025, 1, 6),
                "werknemer": "W-001",
                "werkgever": "Hoveniersbedrijf De Linde",
            },
        ),
        (2, "ProbleemanalyseOpgesteld", date(2025, 2, 10), {"benutbare_mogelijkheden": True}),
        (
            3,
            "PlanVanAanpakOpgesteld",
            date(2025, 2, 20),
            {
                "casemanager": "M. Bakker",
                "doel": "eigen_werk",
                "visie_werkgever": None,
                "visie_werknemer": None,
            },
        ),
    ]
    tijden = {r.geregistreerd_op for r in dossiers.dossier(dossier_id).registraties}
    assert tijden == {tijdstip(1)}
    assert [r.dossier_id for r in dossiers.overzicht()] == [dossier_id]
    assert list(dossiers.dossier_ids()) == [dossier_id]
