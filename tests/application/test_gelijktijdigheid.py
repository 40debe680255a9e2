"""Optimistic concurrency: a command that expects an outdated version stores nothing."""

from __future__ import annotations

import pytest

from adapters.opslag.dossierbestand import Dossierbestand
from domain.fouten import VersieConflictError
from domain.invoer import valideer
from tests.application.helpers import ZIEKMELDING, given, recorded, regel, registraties
from tests.conftest import HERKOMST

CONTACT = regel("ContactGehad", "2025-01-13", met="werknemer")
ANALYSE = regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)


@pytest.mark.parametrize("verwachte_versie", [0, 1, 3, 99])
def test_a_command_expecting_another_version_is_refused_and_stores_nothing(
    dossiers: Dossierbestand, verwachte_versie: int
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, CONTACT])
    voor = registraties(dossiers, dossier_id)
    overzicht_voor = dossiers.overzicht()

    with pytest.raises(VersieConflictError) as info:
        dossiers.registreer(
            dossier_id, valideer(ANALYSE), HERKOMST, verwachte_versie=verwachte_versie
        )

    assert f"versie 2, verwacht {verwachte_versie}" in str(info.value)
    assert registraties(dossiers, dossier_id) == voor
    assert dossiers.overzicht() == overzicht_voor


def test_a_command_expecting_the_current_version_is_recorded(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, CONTACT])

    positie = dossiers.registreer(dossier_id, valideer(ANALYSE), HERKOMST, verwachte_versie=2)

    assert positie == 3
    assert [r[1] for r in recorded(dossiers, dossier_id)] == [
        "ZiekmeldingOntvangen",
        "ContactGehad",
        "ProbleemanalyseOpgesteld",
    ]


def test_the_second_of_two_writers_who_read_the_same_version_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING])
    gelezen = dossiers.dossier(dossier_id).version

    dossiers.registreer(dossier_id, valideer(CONTACT), HERKOMST, verwachte_versie=gelezen)
    with pytest.raises(VersieConflictError):
        dossiers.registreer(dossier_id, valideer(ANALYSE), HERKOMST, verwachte_versie=gelezen)

    assert [r[:2] for r in recorded(dossiers, dossier_id)] == [
        (1, "ZiekmeldingOntvangen"),
        (2, "ContactGehad"),
    ]
