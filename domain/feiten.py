"""Recordings and the facts they amount to once corrections and withdrawals are applied.

Pure data and functions over plain tuples, so the deadline engine and the refusal
rules can work on facts from any source.  The event classes are imported only for
their names (``CORRECTIE``, ``INTREKKING``): a fact's type is named once, by its class.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from domain.gebeurtenissen import RegistratieGecorrigeerd, RegistratieIngetrokken
from domain.waarden import Actor, Herkomst

CORRECTIE = RegistratieGecorrigeerd.__name__
INTREKKING = RegistratieIngetrokken.__name__


@dataclass(frozen=True, slots=True)
class Registratie:
    """One recorded event of a dossier, exactly as recorded (position = version)."""

    positie: int
    type_naam: str
    datum: date
    door: Actor | None
    toelichting: str | None
    velden: Mapping[str, Any]
    herkomst: Herkomst
    geregistreerd_op: datetime
    ketenhash: str | None = None


class Feit(NamedTuple):
    """A fact of the case as it currently stands (after corrections).

    A named tuple rather than a dataclass: the deadline engine builds
    thousands per query and tuples are immutable and cheap to create.
    """

    positie: int
    type_naam: str
    datum: date
    velden: Mapping[str, Any]
    door: Actor | None = None
    toelichting: str | None = None
    gecorrigeerd_bij: tuple[int, ...] = ()

    @classmethod
    def uit(cls, registratie: Registratie) -> Feit:
        """The fact a (non-correction) recording states."""
        return cls(
            registratie.positie,
            registratie.type_naam,
            registratie.datum,
            registratie.velden,
            registratie.door,
            registratie.toelichting,
        )


_GEWOON = frozenset({str, int, bool, float, type(None)})


def json_waarde(waarde: Any) -> Any:
    """A field value in exchange-format (JSON) form."""
    if type(waarde) in _GEWOON:
        return waarde
    if isinstance(waarde, date):
        return waarde.isoformat()
    if isinstance(waarde, Decimal):
        als_float = float(waarde)
        return als_float if Decimal(str(als_float)) == waarde else str(waarde)
    if isinstance(waarde, Actor):
        if waarde.naam is None:
            return {"rol": waarde.rol}
        return {"rol": waarde.rol, "naam": waarde.naam}
    if isinstance(waarde, Mapping):
        return {k: json_waarde(v) for k, v in waarde.items()}
    return waarde


def als_uitwisseling(
    type_naam: str,
    datum: date,
    door: Actor | None,
    toelichting: str | None,
    velden: Mapping[str, Any],
) -> dict[str, Any]:
    """One line of the exchange format; optional fields that are empty are left out."""
    regel: dict[str, Any] = {"type": type_naam, "datum": datum.isoformat()}
    for naam, waarde in velden.items():
        if waarde is not None:
            regel[naam] = json_waarde(waarde)
    if door is not None:
        regel["door"] = json_waarde(door)
    if toelichting is not None:
        regel["toelichting"] = toelichting
    return regel


def feit_als_uitwisseling(feit: Feit) -> dict[str, Any]:
    """The exchange-format form of a fact as it currently stands."""
    return als_uitwisseling(feit.type_naam, feit.datum, feit.door, feit.toelichting, feit.velden)


def pas_correctie_toe(feit: Feit, gecorrigeerd: Feit, correctie_positie: int) -> Feit:
    """The corrected fact keeps its position and remembers which correction changed it."""
    return gecorrigeerd._replace(
        positie=feit.positie,
        gecorrigeerd_bij=(*feit.gecorrigeerd_bij, correctie_positie),
    )


def ingetrokken_posities(registraties: Iterable[Registratie]) -> set[int]:
    """Positions withdrawn by a ``RegistratieIngetrokken``."""
    return {int(r.velden["betreft"]) for r in registraties if r.type_naam == INTREKKING}


def effectieve_feiten(
    registraties: Sequence[Registratie],
    corrigeer: Any,
) -> list[Feit]:
    """The facts in position order with corrections applied and withdrawals left out.

    ``corrigeer(feit, velden_json) -> Feit`` validates a correction; it is passed
    in so this module stays free of the validation machinery.
    """
    weg = ingetrokken_posities(registraties)
    feiten: dict[int, Feit] = {}
    for registratie in registraties:
        if registratie.positie in weg or registratie.type_naam == INTREKKING:
            continue
        if registratie.type_naam == CORRECTIE:
            doel = feiten.get(int(registratie.velden["betreft"]))
            if doel is not None:
                nieuw = corrigeer(doel, registratie.velden["velden"])
                feiten[doel.positie] = pas_correctie_toe(doel, nieuw, registratie.positie)
            continue
        feiten[registratie.positie] = Feit.uit(registratie)
    return list(feiten.values())
