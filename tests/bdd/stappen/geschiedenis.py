"""Outcome steps about the history: what was recorded, and what the facts are now."""

from __future__ import annotations

from pytest_bdd import parsers, then

from domain.feiten import json_waarde
from tests.bdd.wereld import Wereld


@then(parsers.parse("bevat de geschiedenis {aantal:d} registraties"))
def aantal_registraties(wereld: Wereld, aantal: int) -> None:
    """Every recording counts, corrections and withdrawals included.

    Voorbeeld: Dan bevat de geschiedenis 4 registraties
    """
    assert len(wereld.dossier.registraties) == aantal


@then(parsers.parse('toont de geschiedenis op positie {positie:d} "{type_naam}"'))
def geschiedenis_positie(wereld: Wereld, positie: int, type_naam: str) -> None:
    """The recording at a position, as recorded.

    Voorbeeld: Dan toont de geschiedenis op positie 3 "RegistratieGecorrigeerd"
    """
    registratie = wereld.dossier.registraties[positie - 1]
    assert registratie.type_naam == type_naam, registratie.type_naam


@then(parsers.parse('is "{veld}" van positie {positie:d} nu "{waarde}"'))
def huidige_waarde(wereld: Wereld, veld: str, positie: int, waarde: str) -> None:
    """The current value of a field after corrections.

    Voorbeeld: Dan is "datum" van positie 2 nu "2025-02-10"
    """
    feit = next(f for f in wereld.dossier.feiten if f.positie == positie)
    huidig = feit.datum if veld == "datum" else feit.velden.get(veld)
    assert str(json_waarde(huidig)).lower() == waarde.lower(), f"{veld}: {huidig}"


@then(parsers.parse('bewaart de geschiedenis voor positie {positie:d} "{veld}" "{waarde}"'))
def oorspronkelijke_waarde(wereld: Wereld, positie: int, veld: str, waarde: str) -> None:
    """The original recording keeps its value: corrections never rewrite.

    Voorbeeld: En bewaart de geschiedenis voor positie 2 "datum" "2025-02-20"
    """
    registratie = wereld.dossier.registraties[positie - 1]
    oud = registratie.datum if veld == "datum" else registratie.velden.get(veld)
    assert str(json_waarde(oud)).lower() == waarde.lower(), f"{veld}: {oud}"


@then(parsers.parse("is positie {positie:d} ingetrokken"))
def ingetrokken(wereld: Wereld, positie: int) -> None:
    """A withdrawn fact no longer counts, but stays in the history.

    Voorbeeld: Dan is positie 3 ingetrokken
    """
    assert positie not in [f.positie for f in wereld.dossier.feiten]
    assert len(wereld.dossier.registraties) >= positie
