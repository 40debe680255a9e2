"""Outcome steps about the poortwachtertoets: RIV parts, process steps, verdict and risks."""

from __future__ import annotations

from pytest_bdd import parsers, then

from domain.rivtoets import Poortwachtertoets, Toetspunt, toets_riv
from tests.bdd.wereld import Wereld


def _toets(wereld: Wereld) -> Poortwachtertoets:
    """The poortwachtertoets of the scenario's dossier as of today."""
    return toets_riv(wereld.dossier.feiten, wereld.peildatum)


def _punt(wereld: Wereld, code: str) -> Toetspunt:
    toets = _toets(wereld)
    codes = [p.code for p in toets.punten]
    assert code in codes, f"geen toetspunt {code!r}; wel: {codes}"
    return toets.punt(code)


@then(parsers.parse('is de poortwachtertoets "{oordeel}"'))
def oordeel(wereld: Wereld, oordeel: str) -> None:
    """The verdict of the poortwachtertoets: compleet or onvolledig.

    Voorbeeld: Dan is de poortwachtertoets "onvolledig"
    """
    toets = _toets(wereld)
    tekort = [
        f"{p.code}: {p.uitkomst}" for p in toets.punten if p.uit_vocabulaire and not p.in_orde
    ]
    assert toets.oordeel == oordeel, f"{toets.oordeel}, verwacht {oordeel}; niet in orde: {tekort}"


@then(parsers.parse('is toetspunt "{code}" "{uitkomst}"'))
def uitkomst(wereld: Wereld, code: str, uitkomst: str) -> None:
    """The outcome of one item: aanwezig, tijdig, te_laat, ontbreekt or niet_van_toepassing.

    Voorbeeld: Dan is toetspunt "riv_j" "ontbreekt"
    """
    punt = _punt(wereld, code)
    assert punt.uitkomst == uitkomst, f"{code}: {punt.uitkomst} ({punt.reden}), verwacht {uitkomst}"


@then(parsers.parse('noemt toetspunt "{code}" de reden "{tekst}"'))
def reden(wereld: Wereld, code: str, tekst: str) -> None:
    """The reason of an item contains this text (a fact, a position or a date).

    Voorbeeld: Dan noemt toetspunt "proces_spoor2" de reden "33 dagen na de uiterste datum 2025-03-28"
    """
    punt = _punt(wereld, code)
    assert tekst in punt.reden, f"{code}: {punt.reden!r} bevat niet {tekst!r}"


@then(parsers.parse('noemt toetspunt "{code}" de bron "{tekst}"'))
def bron(wereld: Wereld, code: str, tekst: str) -> None:
    """The legal source of an item (its article or its link) contains this text.

    Voorbeeld: Dan noemt toetspunt "riv_j" de bron "art. 6 lid 1 onder j"
    """
    punt = _punt(wereld, code)
    assert tekst in f"{punt.bron.artikel} {punt.bron.url}", f"{code}: {punt.bron}"


@then(parsers.parse('loopt "{code}" risico op een loonsanctie'))
def risico(wereld: Wereld, code: str) -> None:
    """The item is on the list of what risks a loonsanctie.

    Voorbeeld: Dan loopt "proces_spoor2" risico op een loonsanctie
    """
    codes = [p.code for p in _toets(wereld).risico_loonsanctie]
    assert code in codes, f"risico op loonsanctie: {codes}"


@then(parsers.parse('loopt "{code}" geen risico op een loonsanctie'))
def geen_risico(wereld: Wereld, code: str) -> None:
    """The item is not on the list of what risks a loonsanctie.

    Voorbeeld: Dan loopt "riv_l" geen risico op een loonsanctie
    """
    codes = [p.code for p in _toets(wereld).risico_loonsanctie]
    assert code not in codes, f"risico op loonsanctie: {codes}"


@then("loopt het dossier geen risico op een loonsanctie")
def dossier_zonder_risico(wereld: Wereld) -> None:
    """Nothing in the dossier risks a loonsanctie.

    Voorbeeld: Dan loopt het dossier geen risico op een loonsanctie
    """
    codes = [p.code for p in _toets(wereld).risico_loonsanctie]
    assert codes == [], f"risico op loonsanctie: {codes}"


@then(parsers.parse('moet toetspunt "{code}" met de hand worden gecontroleerd'))
def handmatig(wereld: Wereld, code: str) -> None:
    """The exchange format cannot show this item, so the verdict leaves it to a person.

    Voorbeeld: Dan moet toetspunt "riv_c" met de hand worden gecontroleerd
    """
    punt = _punt(wereld, code)
    assert not punt.uit_vocabulaire, f"{code} is wel vast te leggen: {punt.reden}"
