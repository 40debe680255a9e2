"""Outcome steps about refused input: the message names line, field and rule; nothing is stored."""

from __future__ import annotations

from pytest_bdd import parsers, then

from tests.bdd.wereld import Wereld


@then(parsers.parse('wordt het feit geweigerd met de melding "{tekst}"'))
def feit_geweigerd(wereld: Wereld, tekst: str) -> None:
    """The last fact was refused; the message contains this text.

    Voorbeeld: Dan wordt het feit geweigerd met de melding "detachering voor de start van het tweede spoor"
    """
    assert wereld.weigering is not None, "het feit is niet geweigerd"
    assert tekst in str(wereld.weigering), f"melding: {wereld.weigering}"


@then(parsers.parse('wordt het dossier geweigerd op regel {regel:d} met de melding "{tekst}"'))
def dossier_geweigerd(wereld: Wereld, regel: int, tekst: str) -> None:
    """An import was refused at this line; the message contains this text.

    Voorbeeld: Dan wordt het dossier geweigerd op regel 2 met de melding "plan van aanpak voor de probleemanalyse"
    """
    assert wereld.weigering is not None, "het dossier is niet geweigerd"
    assert str(wereld.weigering).startswith(f"regel {regel} "), f"melding: {wereld.weigering}"
    assert tekst in str(wereld.weigering), f"melding: {wereld.weigering}"


@then(parsers.parse('noemt de weigering het veld "{veld}" en de toets "{toets}"'))
def weigering_noemt(wereld: Wereld, veld: str, toets: str) -> None:
    """The refusal names the field and the rule that refused it.

    Voorbeeld: Dan noemt de weigering het veld "weken" en de toets "loonsanctie_1_tot_52_weken"
    """
    assert wereld.weigering is not None, "er is niets geweigerd"
    assert wereld.weigering.veld == veld, f"veld: {wereld.weigering.veld}"
    assert wereld.weigering.toets == toets, f"toets: {wereld.weigering.toets}"


@then("is er niets vastgelegd")
def niets_vastgelegd(wereld: Wereld) -> None:
    """After a refusal the store is exactly as before.

    Voorbeeld: En is er niets vastgelegd
    """
    if wereld.dossier_id is None:
        assert wereld.dossiers.overzicht() == [], "er staat toch een dossier in de opslag"
    else:
        assert wereld.dossier.version == wereld.versie_voor


@then(parsers.parse("wordt het feit vastgelegd als positie {positie:d}"))
def vastgelegd(wereld: Wereld, positie: int) -> None:
    """The last fact was accepted at this position.

    Voorbeeld: Dan wordt het feit vastgelegd als positie 4
    """
    assert wereld.weigering is None, f"geweigerd: {wereld.weigering}"
    assert wereld.laatste_positie == positie
