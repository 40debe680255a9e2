"""Outcome steps about obligations: latest dates, status, sources and explanations."""

from __future__ import annotations

from datetime import date

from pytest_bdd import parsers, then

from tests.bdd.wereld import Wereld


@then(parsers.parse('is de uiterste datum voor "{regel}" "{datum}"'))
def uiterste_datum(wereld: Wereld, regel: str, datum: str) -> None:
    """The latest date of an obligation (the last one if the rule has several entries).

    Voorbeeld: Dan is de uiterste datum voor "probleemanalyse" "2025-02-16"
    """
    assert wereld.verplichting(regel).uiterste_datum == date.fromisoformat(datum)


@then(parsers.parse('is de status van "{regel}" "{status}"'))
def status(wereld: Wereld, regel: str, status: str) -> None:
    """The status of an obligation: tijdig, te_laat, verlopen, open or niet_van_toepassing.

    Voorbeeld: Dan is de status van "plan_van_aanpak" "te_laat"
    """
    gevonden = wereld.verplichting(regel)
    assert gevonden.status == status, f"{regel}: {gevonden.status}, verwacht {status}"


@then(parsers.parse("zijn de verplichtingen:"))
def verplichtingen(wereld: Wereld, datatable: list[list[str]]) -> None:
    """The complete list of obligations, in order.

    Voorbeeld: Dan zijn de verplichtingen:
        | regel           | uiterste datum | status |
        | probleemanalyse | 2025-02-16     | tijdig |
    """
    _kop, *rijen = datatable
    verwacht = [tuple(cel.strip() for cel in rij[:3]) for rij in rijen]
    werkelijk = [
        (v.regel, v.uiterste_datum.isoformat(), v.status) for v in wereld.termijnen().verplichtingen
    ]
    assert werkelijk == verwacht, f"verplichtingen:\n{werkelijk}\nverwacht:\n{verwacht}"


@then(parsers.parse('staat "{regel}" niet in het overzicht'))
def niet_in_overzicht(wereld: Wereld, regel: str) -> None:
    """The rule does not (yet) apply at all, so it is not listed.

    Voorbeeld: Dan staat "spoor2_start" niet in het overzicht
    """
    assert regel not in [v.regel for v in wereld.termijnen().verplichtingen]


@then(parsers.parse('heeft "{regel}" {aantal:d} vermeldingen'))
def aantal_vermeldingen(wereld: Wereld, regel: str, aantal: int) -> None:
    """How many entries a rule has (the evaluation chain lists every late gap).

    Voorbeeld: Dan heeft "evaluatie" 2 vermeldingen
    """
    assert [v.regel for v in wereld.termijnen().verplichtingen].count(regel) == aantal


@then(parsers.parse('is het einde van de wachttijd "{datum}"'))
def einde_wachttijd(wereld: Wereld, datum: str) -> None:
    """The last day of the waiting period (a WIA benefit can start the day after).

    Voorbeeld: Dan is het einde van de wachttijd "2027-01-03"
    """
    assert wereld.termijnen().einde_wachttijd == date.fromisoformat(datum)


@then(parsers.parse('noemt "{regel}" de bron "{tekst}"'))
def bron(wereld: Wereld, regel: str, tekst: str) -> None:
    """The legal source of an obligation contains this text.

    Voorbeeld: Dan noemt "wia_aanvraag" de bron "Wet WIA art. 64 lid 3"
    """
    gevonden = wereld.verplichting(regel).bron
    assert tekst in gevonden.artikel, f"bron: {gevonden.artikel}"
    assert gevonden.url.startswith("https://")


@then(parsers.parse('volgt "{regel}" regelversie "{versie}"'))
def regelversie(wereld: Wereld, regel: str, versie: str) -> None:
    """Which version of the rule applied.

    Voorbeeld: Dan volgt "plan_van_aanpak" regelversie "rpg-2023"
    """
    assert wereld.verplichting(regel).regelversie == versie


@then(parsers.parse('legt "{regel}" uit "{tekst}"'))
def uitleg(wereld: Wereld, regel: str, tekst: str) -> None:
    """The explanation of the date contains this text.

    Voorbeeld: Dan legt "ziekmelding_uwv" uit "21 hersteldagen die niet meetellen"
    """
    gevonden = wereld.verplichting(regel).uitleg
    assert tekst in gevonden, f"uitleg: {gevonden}"


@then(parsers.parse('merkt "{regel}" op "{tekst}"'))
def opmerking(wereld: Wereld, regel: str, tekst: str) -> None:
    """A remark on the obligation contains this text.

    Voorbeeld: Dan merkt "plan_van_aanpak" op "visie van werkgever en werknemer ontbreekt"
    """
    opmerkingen = wereld.verplichting(regel).opmerkingen
    assert any(tekst in o for o in opmerkingen), f"opmerkingen: {opmerkingen}"
