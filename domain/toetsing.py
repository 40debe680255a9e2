"""The refusals of contract section 4 that depend on what the dossier already holds.

Field-level checks (types, ranges, required fields) happen in
:mod:`domain.invoer`; this module checks a new fact against the facts before it.
``Toetsstaat`` is incremental, so a bulk import checks each line once; a
correction re-checks the whole corrected sequence from the start.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.feiten import CORRECTIE, INTREKKING
from domain.fouten import (
    DatumVoorEersteZiektedagError,
    DetacheringVoorSpoor2Error,
    GeenZiekmeldingError,
    OnbekendePositieError,
    PlanVoorProbleemanalyseError,
    TerugmeldingNaVierWekenError,
    TerugmeldingZonderHerstelError,
    TweedeZiekmeldingError,
    VerlengingTeVroegError,
)
from domain.gebeurtenissen import (
    DetacheringGestart,
    HerstelGemeld,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    Spoor2Gestart,
    WachttijdVrijwilligVerlengd,
    ZiekmeldingOntvangen,
    ZiekteTeruggemeld,
)
from domain.regels import EINDE_WACHTTIJD, SAMENTELLING
from domain.termijnen import HerstelreeksFout, Ziekteverloop, herstelreeks

# The type names the rules below compare, each from its event class.
_ZIEKMELDING = ZiekmeldingOntvangen.__name__
_ANALYSE = ProbleemanalyseOpgesteld.__name__
_PLAN = PlanVanAanpakOpgesteld.__name__
_SPOOR2 = Spoor2Gestart.__name__
_DETACHERING = DetacheringGestart.__name__
_HERSTEL = HerstelGemeld.__name__
_HERSTELMOMENTEN = (_HERSTEL, ZiekteTeruggemeld.__name__)
_VERLENGING = WachttijdVrijwilligVerlengd.__name__


@dataclass(slots=True)
class Toetsstaat:
    """What the refusal rules need to know about the facts so far."""

    eerste_ziektedag: date | None = None
    analyses: list[date] = field(default_factory=list)
    spoor2: list[date] = field(default_factory=list)
    # Recoveries and relapses as (datum, order of recording, is_herstel), checked in date order.
    herstelmomenten: list[tuple[date, int, bool]] = field(default_factory=list)

    def toets(self, type_naam: str, datum: date, velden: Mapping[str, Any]) -> None:
        """Raise the refusal for this fact, if any; change nothing."""
        if type_naam == _ZIEKMELDING:
            if self.eerste_ziektedag is not None:
                raise TweedeZiekmeldingError(
                    "een dossier heeft precies een ZiekmeldingOntvangen; een nieuwe ziekteperiode "
                    "krijgt een nieuw dossier",
                    veld="type",
                    type_naam=type_naam,
                )
            eerste = velden["eerste_ziektedag"]
        elif self.eerste_ziektedag is None:
            raise GeenZiekmeldingError(
                "het dossier begint met ZiekmeldingOntvangen", veld="type", type_naam=type_naam
            )
        else:
            eerste = self.eerste_ziektedag
        self._toets_data(type_naam, datum, velden, eerste)

        if type_naam == _PLAN and not any(d <= datum for d in self.analyses):
            raise PlanVoorProbleemanalyseError(
                "plan van aanpak voor de probleemanalyse: er is geen probleemanalyse op of voor "
                f"{datum.isoformat()} vastgelegd (Regeling procesgang art. 4 lid 1)",
                veld="datum",
                type_naam=type_naam,
            )
        if type_naam == _DETACHERING and not any(d <= datum for d in self.spoor2):
            raise DetacheringVoorSpoor2Error(
                "detachering voor de start van het tweede spoor: er is geen Spoor2Gestart op of "
                f"voor {datum.isoformat()} vastgelegd",
                veld="datum",
                type_naam=type_naam,
            )
        if type_naam in _HERSTELMOMENTEN:
            self._toets_herstelreeks(type_naam, datum)
        if type_naam == _VERLENGING:
            regulier = self._verloop(eerste).datum(EINDE_WACHTTIJD.termijn)
            if velden["nieuwe_einddatum"] <= regulier:
                raise VerlengingTeVroegError(
                    f"de nieuwe einddatum moet na het reguliere einde van de wachttijd "
                    f"({regulier.isoformat()}) liggen (Wet WIA art. 24)",
                    veld="nieuwe_einddatum",
                    type_naam=type_naam,
                )

    def _toets_data(
        self, type_naam: str, datum: date, velden: Mapping[str, Any], eerste: date
    ) -> None:
        te_vroeg = [("datum", datum)] + [
            (naam, waarde) for naam, waarde in velden.items() if isinstance(waarde, date)
        ]
        for naam, waarde in te_vroeg:
            if waarde < eerste:
                raise DatumVoorEersteZiektedagError(
                    f"{waarde.isoformat()} ligt voor de eerste ziektedag {eerste.isoformat()}",
                    veld=naam,
                    type_naam=type_naam,
                )

    def _toets_herstelreeks(self, type_naam: str, datum: date) -> None:
        """Every relapse, in date order, follows a recovery by 1 to 27 days."""
        nieuw = (datum, len(self.herstelmomenten), type_naam == _HERSTEL)
        try:
            herstelreeks(sorted([*self.herstelmomenten, nieuw]))
        except HerstelreeksFout as fout:
            if fout.hersteld_op is None:
                raise TerugmeldingZonderHerstelError(
                    f"ziekte teruggemeld per {fout.terug.isoformat()} zonder herstelmelding "
                    "ervoor (in datumvolgorde)",
                    veld="datum",
                    type_naam=type_naam,
                ) from None
            gat = (fout.terug - fout.hersteld_op).days
            raise TerugmeldingNaVierWekenError(
                f"ziekte teruggemeld per {fout.terug.isoformat()}, {gat} dagen na herstel "
                f"per {fout.hersteld_op.isoformat()}; bij {SAMENTELLING.termijn.dagen} dagen of "
                "meer begint een nieuw dossier (BW 7:629 lid 10)",
                veld="datum",
                type_naam=type_naam,
            ) from None

    def _verloop(self, eerste: date) -> Ziekteverloop:
        onderbrekingen, hersteld_op = herstelreeks(sorted(self.herstelmomenten))
        return Ziekteverloop(eerste, onderbrekingen, hersteld_op, None)

    def verwerk(self, type_naam: str, datum: date, velden: Mapping[str, Any]) -> None:
        """Take an accepted fact into account."""
        if type_naam == _ZIEKMELDING:
            self.eerste_ziektedag = velden["eerste_ziektedag"]
        elif type_naam == _ANALYSE:
            self.analyses.append(datum)
        elif type_naam == _SPOOR2:
            self.spoor2.append(datum)
        elif type_naam in _HERSTELMOMENTEN:
            self.herstelmomenten.append((datum, len(self.herstelmomenten), type_naam == _HERSTEL))

    def neem_op(self, type_naam: str, datum: date, velden: Mapping[str, Any]) -> None:
        """Check, then take into account."""
        self.toets(type_naam, datum, velden)
        self.verwerk(type_naam, datum, velden)


def toets_reeks(feiten: Iterable[tuple[str, date, Mapping[str, Any]]]) -> Toetsstaat:
    """Check a whole sequence of facts in order; raise the first refusal."""
    staat = Toetsstaat()
    for type_naam, datum, velden in feiten:
        staat.neem_op(type_naam, datum, velden)
    return staat


def toets_verwijzing(
    betreft: int,
    eigen_positie: int,
    bestaande: Mapping[int, str],
    ingetrokken: set[int],
    *,
    type_naam: str,
) -> None:
    """A correction or withdrawal must name an earlier, existing, still valid recording."""
    if betreft >= eigen_positie or betreft not in bestaande:
        laatste = eigen_positie - 1
        raise OnbekendePositieError(
            f"positie {betreft} bestaat niet (het dossier heeft posities 1 tot en met {laatste})",
            veld="betreft",
            type_naam=type_naam,
        )
    if betreft in ingetrokken:
        raise OnbekendePositieError(
            f"positie {betreft} is al ingetrokken", veld="betreft", type_naam=type_naam
        )
    doel = bestaande[betreft]
    if type_naam == INTREKKING:
        if betreft == 1:
            raise OnbekendePositieError(
                "de ziekmelding (positie 1) kan niet worden ingetrokken; corrigeer haar of sluit "
                "het dossier",
                veld="betreft",
                type_naam=type_naam,
            )
        if doel == INTREKKING:
            raise OnbekendePositieError(
                f"positie {betreft} is zelf een intrekking", veld="betreft", type_naam=type_naam
            )
    elif doel in (CORRECTIE, INTREKKING):
        raise OnbekendePositieError(
            f"positie {betreft} is een {doel}; corrigeer het oorspronkelijke feit",
            veld="betreft",
            type_naam=type_naam,
        )
