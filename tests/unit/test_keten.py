"""The hash chain is sealed at recording time and names the first recording that no longer fits."""

from __future__ import annotations

import dataclasses

from adapters.opslag.dossierbestand import Dossierbestand
from domain.keten import BEGIN_HASH, verifieer_keten, verzegel
from domain.waarden import Herkomst
from tests.conftest import HERKOMST, feit, ziekmelding


def _dossier(dossiers: Dossierbestand):  # type: ignore[no-untyped-def]
    dossier_id = dossiers.importeer(
        [
            ziekmelding("2025-01-06"),
            feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True),
            feit("PlanVanAanpakOpgesteld", "2025-02-20", casemanager="M", doel="eigen_werk"),
            feit("EvaluatieGehouden", "2025-03-31"),
        ],
        HERKOMST,
    )
    return dossiers.dossier(dossier_id)


def test_every_recording_is_sealed_with_the_hash_of_the_one_before(
    dossiers: Dossierbestand,
) -> None:
    registraties = _dossier(dossiers).registraties

    vorige = BEGIN_HASH
    for registratie in registraties:
        assert registratie.ketenhash == verzegel(registratie, vorige)
        vorige = registratie.ketenhash

    controle = verifieer_keten((r, r.ketenhash) for r in registraties)
    assert controle.in_orde
    assert controle.aantal == 4
    assert controle.kop_hash == registraties[-1].ketenhash


def test_a_later_recording_continues_the_chain(dossiers: Dossierbestand) -> None:
    dossier = _dossier(dossiers)
    dossiers.registreer(dossier.id, feit("EvaluatieGehouden", "2025-05-09"), HERKOMST)

    opnieuw = dossiers.dossier(dossier.id)

    assert opnieuw.verifieer().in_orde
    assert opnieuw.registraties[-1].ketenhash == verzegel(
        opnieuw.registraties[-1], opnieuw.registraties[-2].ketenhash or ""
    )


def test_a_changed_field_breaks_the_chain_at_that_position(dossiers: Dossierbestand) -> None:
    registraties = list(_dossier(dossiers).registraties)
    registraties[2] = dataclasses.replace(
        registraties[2], velden={"casemanager": "X", "doel": "eigen_werk"}
    )

    controle = verifieer_keten((r, r.ketenhash) for r in registraties)

    assert controle.eerste_breuk == 3
    assert "positie 3" in (controle.reden or "")


def test_a_removed_recording_breaks_the_chain_where_it_was(dossiers: Dossierbestand) -> None:
    registraties = list(_dossier(dossiers).registraties)
    del registraties[1]

    controle = verifieer_keten((r, r.ketenhash) for r in registraties)

    assert controle.eerste_breuk == 3  # position 3 now stands in place 2


def test_recordings_from_before_the_chain_are_listed_not_broken(dossiers: Dossierbestand) -> None:
    registraties = [dataclasses.replace(r, ketenhash=None) for r in _dossier(dossiers).registraties]

    controle = verifieer_keten((r, r.ketenhash) for r in registraties)

    assert controle.in_orde
    assert controle.ongeketend == (1, 2, 3, 4)


def test_the_recorders_role_is_provenance_and_sealed_in_the_chain(dossiers: Dossierbestand) -> None:
    dossier = _dossier(dossiers)
    herkomst = Herkomst(
        bron="cli",
        geregistreerd_door="M. Bakker",
        namens="De Linde",
        correlatie_id="c-9",
        rol="casemanager",
    )
    dossiers.registreer(dossier.id, feit("EvaluatieGehouden", "2025-05-09"), herkomst)

    opnieuw = dossiers.dossier(dossier.id)
    laatste = opnieuw.registraties[-1]

    assert laatste.herkomst == herkomst
    assert opnieuw.verifieer().in_orde
    zonder_rol = dataclasses.replace(laatste, herkomst=dataclasses.replace(herkomst, rol=None))
    assert verzegel(zonder_rol, opnieuw.registraties[-2].ketenhash or "") != laatste.ketenhash
