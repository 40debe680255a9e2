"""A small builder of ``domain.feiten.Feit`` lists for the pure deadline-engine tests.

``Dossier("2025-01-06").met("ProbleemanalyseOpgesteld", "2025-02-10",
benutbare_mogelijkheden=True).op("2025-03-01")`` gives the ``Termijnoverzicht``
as of 2025-03-01.  Positions follow the order of ``met`` calls, as in a dossier.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.feiten import Feit
from domain.termijnen import Termijnoverzicht, Verplichting, bereken_termijnen


def d(tekst: str) -> date:
    """A literal date: ``d("2025-02-16")``."""
    return date.fromisoformat(tekst)


class Dossier:
    """The facts of one case, built fact by fact."""

    def __init__(self, eerste_ziektedag: str) -> None:
        self.feiten: list[Feit] = [
            Feit(
                positie=1,
                type_naam="ZiekmeldingOntvangen",
                datum=d(eerste_ziektedag),
                velden={
                    "eerste_ziektedag": d(eerste_ziektedag),
                    "werknemer": "W-001",
                    "werkgever": "Hoveniersbedrijf De Linde",
                },
            )
        ]

    def met(self, type_naam: str, datum: str, **velden: Any) -> Dossier:
        """Add a fact at the next position."""
        self.feiten.append(
            Feit(
                positie=len(self.feiten) + 1,
                type_naam=type_naam,
                datum=d(datum),
                velden=velden,
            )
        )
        return self

    def analyse(self, datum: str, *, benutbaar: bool = True) -> Dossier:
        """A ProbleemanalyseOpgesteld."""
        return self.met("ProbleemanalyseOpgesteld", datum, benutbare_mogelijkheden=benutbaar)

    def plan(self, datum: str) -> Dossier:
        """A PlanVanAanpakOpgesteld with both visies (so no remarks about them)."""
        return self.met(
            "PlanVanAanpakOpgesteld",
            datum,
            casemanager="M. Bakker",
            doel="eigen_werk",
            visie_werkgever="terug in eigen werk",
            visie_werknemer="akkoord",
        )

    def eerstejaarsevaluatie(self, datum: str, *, perspectief: bool) -> Dossier:
        """An EerstejaarsevaluatieGehouden."""
        return self.met(
            "EerstejaarsevaluatieGehouden",
            datum,
            perspectief_eigen_werkgever=perspectief,
            visie_werkgever="v",
            visie_werknemer="v",
        )

    def op(self, peildatum: str) -> Termijnoverzicht:
        """The obligations as of ``peildatum``."""
        return bereken_termijnen(self.feiten, d(peildatum))


def alle(overzicht: Termijnoverzicht, regel: str) -> list[Verplichting]:
    """Every obligation of one rule, in order of latest date."""
    return [v for v in overzicht.verplichtingen if v.regel == regel]


def enige(overzicht: Termijnoverzicht, regel: str) -> Verplichting:
    """The one obligation of this rule (fails if there is none or more than one)."""
    gevonden = alle(overzicht, regel)
    assert len(gevonden) == 1, f"{regel}: {gevonden}"
    return gevonden[0]


def samengevat(overzicht: Termijnoverzicht) -> dict[str, tuple[date, str]]:
    """Rule -> (latest date, status) for rules with a single obligation."""
    return {
        v.regel: (v.uiterste_datum, v.status)
        for v in overzicht.verplichtingen
        if len(alle(overzicht, v.regel)) == 1
    }
