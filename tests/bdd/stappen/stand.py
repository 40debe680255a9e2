"""Outcome steps about where the re-integration stands: tracks, bureau, secondment, wages, advice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytest_bdd import parsers, then

from tests.bdd.wereld import Wereld


@then(parsers.parse("loopt alleen het eerste spoor"))
def alleen_eerste_spoor(wereld: Wereld) -> None:
    """Only track 1 runs.

    Voorbeeld: Dan loopt alleen het eerste spoor
    """
    assert wereld.stand().sporen == ("eerste_spoor",), wereld.stand().sporen


@then(parsers.parse("lopen het eerste en het tweede spoor naast elkaar"))
def beide_sporen(wereld: Wereld) -> None:
    """Track 2 runs in parallel with track 1.

    Voorbeeld: Dan lopen het eerste en het tweede spoor naast elkaar
    """
    assert wereld.stand().sporen == ("eerste_spoor", "tweede_spoor"), wereld.stand().sporen


@then(parsers.parse("loopt er geen spoor meer"))
def geen_spoor(wereld: Wereld) -> None:
    """After recovery or closing no track runs.

    Voorbeeld: Dan loopt er geen spoor meer
    """
    assert wereld.stand().sporen == ()


@then(parsers.parse('staat het eerste spoor op trede {trede:d}: "{omschrijving}"'))
def trede(wereld: Wereld, trede: int, omschrijving: str) -> None:
    """The step of track 1: 1 eigen werk, 2 eigen werk aangepast, 3 ander werk bij de eigen werkgever.

    Voorbeeld: Dan staat het eerste spoor op trede 2: "eigen werk, aangepast"
    """
    stand = wereld.stand()
    assert (stand.trede_eerste_spoor, stand.trede_omschrijving) == (trede, omschrijving)


@then(parsers.parse('is het arbeidsdeskundig advies "{advies}"'))
def arbeidsdeskundig_advies(wereld: Wereld, advies: str) -> None:
    """The latest arbeidsdeskundig onderzoek's advice (spoor1, spoor2, beide).

    Voorbeeld: Dan is het arbeidsdeskundig advies "spoor2"
    """
    assert wereld.stand().arbeidsdeskundig_advies == advies


@then(parsers.parse('is "{bureau}" gekozen {hoe} instemming van de werknemer'))
def bureau_gekozen(wereld: Wereld, bureau: str, hoe: str) -> None:
    """The re-integratiebureau, chosen "met" or "zonder" the employee's consent.

    Voorbeeld: Dan is "Werkfit" gekozen met instemming van de werknemer
    """
    gekozen = wereld.stand().bureau
    assert gekozen is not None, "er is geen re-integratiebureau gekozen"
    assert gekozen.bureau == bureau
    assert gekozen.instemming_werknemer is (hoe == "met")


@then(parsers.parse('noteert het dossier het bezwaar van de werknemer "{tekst}"'))
def bezwaar(wereld: Wereld, tekst: str) -> None:
    """The employee's objection to the bureau is kept.

    Voorbeeld: Dan noteert het dossier het bezwaar van de werknemer "slecht bereikbaar met het openbaar vervoer"
    """
    gekozen = wereld.stand().bureau
    assert gekozen is not None
    assert gekozen.bezwaar_werknemer is not None
    assert tekst in gekozen.bezwaar_werknemer


@then(parsers.parse('geeft het dossier het advies "{onderwerp}"'))
def advies(wereld: Wereld, onderwerp: str) -> None:
    """A practice advice on this subject is given (it never changes a deadline).

    Voorbeeld: Dan geeft het dossier het advies "bureau_keurmerk"
    """
    onderwerpen = [a.onderwerp for a in wereld.stand().adviezen]
    assert onderwerp in onderwerpen, f"adviezen: {onderwerpen}"


@then(parsers.parse('geeft het dossier geen advies "{onderwerp}"'))
def geen_advies(wereld: Wereld, onderwerp: str) -> None:
    """No practice advice on this subject.

    Voorbeeld: Dan geeft het dossier geen advies "contact_werknemer"
    """
    onderwerpen = [a.onderwerp for a in wereld.stand().adviezen]
    assert onderwerp not in onderwerpen, f"adviezen: {onderwerpen}"


@then(parsers.parse('is de werknemer gedetacheerd bij "{inlener}" voor {uren} uur per week'))
def gedetacheerd(wereld: Wereld, inlener: str, uren: str) -> None:
    """A running secondment.

    Voorbeeld: Dan is de werknemer gedetacheerd bij "Taxi Rivierland" voor 24 uur per week
    """
    detachering = wereld.stand().detachering
    assert detachering is not None, "er is geen detachering"
    assert detachering.inlener == inlener
    assert detachering.uren_per_week == Decimal(uren)
    assert detachering.beeindigd_op is None or detachering.beeindigd_op > wereld.peildatum


@then(
    parsers.parse(
        'betaalt "{inlener}" een inleenvergoeding van {bedrag} euro per uur aan de werkgever'
    )
)
def inleenvergoeding(wereld: Wereld, inlener: str, bedrag: str) -> None:
    """The inlener pays the old employer a fee per hour.

    Voorbeeld: Dan betaalt "Taxi Rivierland" een inleenvergoeding van 21.50 euro per uur aan de werkgever
    """
    detachering = wereld.stand().detachering
    assert detachering is not None
    assert detachering.inlener == inlener
    assert detachering.inleenvergoeding_per_uur == Decimal(bedrag)


@then(parsers.parse('betaalt "{werkgever}" het loon door tot en met "{datum}"'))
def loon(wereld: Wereld, werkgever: str, datum: str) -> None:
    """Who pays the wages and until when (the end of the waiting period).

    Voorbeeld: Dan betaalt "Hoveniersbedrijf De Linde" het loon door tot en met "2027-01-03"
    """
    loondoorbetaling = wereld.stand().loondoorbetaling
    assert loondoorbetaling is not None, "er wordt geen loon doorbetaald (hersteld of gesloten)"
    assert loondoorbetaling.werkgever == werkgever
    assert loondoorbetaling.tot_en_met == date.fromisoformat(datum)


@then(parsers.parse('is de huidige werksituatie "{soort}"'))
def werksituatie(wereld: Wereld, soort: str) -> None:
    """The kind of the current work situation (docs/regels.md section 9).

    Voorbeeld: Dan is de huidige werksituatie "detachering"
    """
    huidig = wereld.stand().werksituatie
    assert huidig.soort == soort, f"werksituatie: {huidig.soort} ({huidig.omschrijving})"


@then(parsers.parse('beschrijft de stand de werksituatie als "{tekst}"'))
def werksituatie_tekst(wereld: Wereld, tekst: str) -> None:
    """The Dutch sentence of the current work situation contains this text.

    Voorbeeld: Dan beschrijft de stand de werksituatie als "gedetacheerd bij Taxi Rivierland"
    """
    omschrijving = wereld.stand().werksituatie.omschrijving
    assert tekst in omschrijving, f"werksituatie: {omschrijving}"


@then("toont de stand geen lopende werkhervatting")
def geen_werkhervatting(wereld: Wereld) -> None:
    """No current (partial) return to work: none recorded, or a later fact ended it.

    Voorbeeld: Dan toont de stand geen lopende werkhervatting
    """
    werkhervatting = wereld.stand().werkhervatting
    assert werkhervatting is None, f"werkhervatting: {werkhervatting}"


@then(parsers.parse('toont de stand een werkhervatting van {percentage:d}% sinds "{datum}"'))
def werkhervatting(wereld: Wereld, percentage: int, datum: str) -> None:
    """The current (partial) return to work.

    Voorbeeld: Dan toont de stand een werkhervatting van 40% sinds "2025-09-15"
    """
    huidig = wereld.stand().werkhervatting
    assert huidig is not None, f"geen lopende werkhervatting: {wereld.stand().werksituatie}"
    assert (huidig.percentage, huidig.sinds) == (percentage, date.fromisoformat(datum)), huidig
