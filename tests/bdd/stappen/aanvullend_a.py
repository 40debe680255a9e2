"""Further steps (a); grouped here until they grow into a concept module of their own."""

from __future__ import annotations

from datetime import date

from pytest_bdd import parsers, then

from tests.bdd.wereld import Wereld


@then(parsers.parse('is de eerste ziektedag "{datum}"'))
def eerste_ziektedag(wereld: Wereld, datum: str) -> None:
    """Day 1 from which the dossier counts every deadline.

    Voorbeeld: Dan is de eerste ziektedag "2025-01-06"
    """
    assert wereld.termijnen().eerste_ziektedag == date.fromisoformat(datum)


@then(parsers.parse('heeft "{regel}" de vermeldingen:'))
def vermeldingen(wereld: Wereld, regel: str, datatable: list[list[str]]) -> None:
    """Every entry of one rule, in order (the evaluation chain lists every late gap).

    Voorbeeld: Dan heeft "evaluatie" de vermeldingen:
        | uiterste datum | status   |
        | 2024-12-02     | te_laat  |
        | 2025-03-28     | verlopen |
    """
    _kop, *rijen = datatable
    verwacht = [(rij[0].strip(), rij[1].strip()) for rij in rijen]
    werkelijk = [
        (v.uiterste_datum.isoformat(), v.status)
        for v in wereld.termijnen().verplichtingen
        if v.regel == regel
    ]
    assert werkelijk == verwacht, f"{regel}:\n{werkelijk}\nverwacht:\n{verwacht}"


@then(parsers.parse('maakt "{regel}" geen opmerking over "{tekst}"'))
def geen_opmerking(wereld: Wereld, regel: str, tekst: str) -> None:
    """No remark on the obligation contains this text.

    Voorbeeld: Dan maakt "plan_van_aanpak" geen opmerking over "visie"
    """
    opmerkingen = wereld.verplichting(regel).opmerkingen
    assert not any(tekst in o for o in opmerkingen), f"opmerkingen: {opmerkingen}"
