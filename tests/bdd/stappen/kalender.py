"""Steps about time: the day a scenario looks at the dossier."""

from __future__ import annotations

from datetime import date

from pytest_bdd import given, parsers, when

from tests.bdd.wereld import Wereld


@given(parsers.parse('het is vandaag "{datum}"'))
@when(parsers.parse('het is vandaag "{datum}"'))
def vandaag_is(wereld: Wereld, datum: str) -> None:
    """Set the peildatum every outcome step uses.

    Voorbeeld: Gegeven het is vandaag "2025-06-01"
    """
    wereld.vandaag = date.fromisoformat(datum)


@when(parsers.parse('de tijd verstrijkt tot "{datum}"'))
def tijd_verstrijkt(wereld: Wereld, datum: str) -> None:
    """Move 'today' forward; facts already recorded stay as they are.

    Voorbeeld: Als de tijd verstrijkt tot "2025-12-01"
    """
    nieuw = date.fromisoformat(datum)
    assert wereld.vandaag is None or nieuw >= wereld.vandaag, "de tijd gaat niet terug"
    wereld.vandaag = nieuw
