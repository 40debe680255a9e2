"""Further steps (b); grouped here until they grow into a concept module of their own."""

from __future__ import annotations

from datetime import date

from pytest_bdd import parsers, then

from tests.bdd.wereld import Wereld


@then(parsers.parse('is de detachering bij "{inlener}" beëindigd op "{datum}"'))
def detachering_beeindigd(wereld: Wereld, inlener: str, datum: str) -> None:
    """The secondment ended on this date (the dossier keeps it, but it no longer runs).

    Voorbeeld: Dan is de detachering bij "Taxi Rivierland" beëindigd op "2026-06-01"
    """
    detachering = wereld.stand().detachering
    assert detachering is not None, "er is geen detachering"
    assert detachering.inlener == inlener, f"inlener: {detachering.inlener}"
    assert detachering.beeindigd_op == date.fromisoformat(datum), (
        f"beëindigd op: {detachering.beeindigd_op}"
    )
