"""Medical details, kept apart from the re-integratiedossier.

The verzuimdossier that the werkgever keeps holds what the law asks of him: dates, steps,
functional possibilities and limitations.  Health data (a diagnosis, a treatment, the medical
part of a probleemanalyse or actueel oordeel) are a special category of personal data
(AVG art. 9 lid 1); the werkgever may not process them, only the bedrijfsarts or arbodienst may
(UAVG art. 30 lid 1; Autoriteit Persoonsgegevens, *De zieke werknemer*, 2016).  So a medical
note is never part of an event, the exchange format or the hash chain: it is a separate record
(:class:`MedischeAantekening`) that points at the fact it belongs to by position, stored in its
own table in the same transaction as that fact, and readable only by the bedrijfsarts and the
werknemer themself (the adapters enforce who reads).

A note carries its own SHA-256 over its canonical JSON, so a copy can be checked without the
dossier's chain revealing that medical data exist.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from domain.fouten import GeweigerdError, OngeldigVeldError
from domain.gebeurtenissen import (
    ActueelOordeelOpgesteld,
    ContactGehad,
    InterventieIngezet,
    ProbleemanalyseOpgesteld,
)
from domain.keten import canoniek
from domain.waarden import Herkomst

MEDISCHE_TYPES: frozenset[str] = frozenset(
    soort.__name__
    for soort in (
        ProbleemanalyseOpgesteld,
        ActueelOordeelOpgesteld,
        ContactGehad,
        InterventieIngezet,
    )
)
"""Facts the bedrijfsarts records that may carry a medical note: the probleemanalyse and the
actueel oordeel (Regeling procesgang eerste en tweede ziektejaar, art. 2 and 6), consultations
and the interventions the bedrijfsarts arranges."""

MEDISCHE_BRON = "AVG art. 9; UAVG art. 30 lid 1; AP, De zieke werknemer (2016)"
"""Why medical details are kept apart and read by the bedrijfsarts and werknemer only."""

MAX_TEKST = 20_000


class MedischeGegevens(BaseModel):
    """The medical part of a fact, as the bedrijfsarts records it (all texts; one at least)."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    diagnose: str | None = Field(default=None, max_length=MAX_TEKST)
    behandeling: str | None = Field(default=None, max_length=MAX_TEKST)
    toelichting: str | None = Field(
        default=None,
        max_length=MAX_TEKST,
        description="Het medische deel van de analyse of het oordeel.",
    )

    def als_json(self) -> dict[str, str]:
        """The filled-in texts."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class MedischBijTypeError(GeweigerdError):
    """A medical note on a fact that cannot carry one."""

    toets = "medisch_bij_type"


class MedischAlleenBedrijfsartsError(GeweigerdError):
    """A medical note recorded by someone who is not the bedrijfsarts, or by nobody named."""

    toets = "medisch_alleen_bedrijfsarts"


def weiger_medisch_zonder_bedrijfsarts(herkomst: Herkomst) -> None:
    """Refuse a medical note unless a named bedrijfsarts records it."""
    if herkomst.rol != "bedrijfsarts":
        raise MedischAlleenBedrijfsartsError(
            f"alleen de bedrijfsarts legt medische gegevens vast, niet rol {herkomst.rol} "
            f"({MEDISCHE_BRON})",
            veld="medisch",
        )
    if not herkomst.geregistreerd_door:
        raise MedischAlleenBedrijfsartsError(
            "een medische aantekening noemt de bedrijfsarts die haar vastlegt",
            veld="geregistreerd_door",
        )


def valideer_medisch(type_naam: str, gegevens: object) -> MedischeGegevens:
    """Check the ``medisch`` part of a fact; refusals name the field (``medisch.<naam>``)."""
    if type_naam not in MEDISCHE_TYPES:
        raise MedischBijTypeError(
            f"{type_naam} heeft geen medisch deel; dat mag alleen bij "
            f"{', '.join(sorted(MEDISCHE_TYPES))} ({MEDISCHE_BRON})",
            veld="medisch",
            type_naam=type_naam,
        )
    if not isinstance(gegevens, dict):
        raise OngeldigVeldError(
            f"verwacht een object met diagnose, behandeling en/of toelichting, "
            f"kreeg {type(gegevens).__name__}",
            veld="medisch",
            type_naam=type_naam,
        )
    try:
        model = MedischeGegevens.model_validate(gegevens)
    except ValidationError as fout:
        eerste = fout.errors()[0]
        plaats = ".".join(str(p) for p in eerste["loc"])
        reden = (
            "onbekend veld; toegestaan zijn diagnose, behandeling en toelichting"
            if eerste["type"] == "extra_forbidden"
            else str(eerste["msg"])
        )
        raise OngeldigVeldError(
            reden, veld=f"medisch.{plaats}" if plaats else "medisch", type_naam=type_naam
        ) from None
    if not any(v and v.strip() for v in model.als_json().values()):
        raise OngeldigVeldError(
            "een medisch deel noemt minstens een van diagnose, behandeling of toelichting",
            veld="medisch",
            type_naam=type_naam,
        )
    return model


@dataclass(frozen=True, slots=True)
class MedischeAantekening:
    """A medical note beside the fact at ``positie`` of a dossier."""

    dossier_id: UUID
    positie: int
    type_naam: str
    datum: date
    gegevens: MedischeGegevens
    vastgelegd_door: str
    vastgelegd_op: datetime

    def als_json(self) -> dict[str, Any]:
        """The note as JSON (also what its hash covers, without the hash)."""
        return {
            "dossier_id": str(self.dossier_id),
            "positie": self.positie,
            "type": self.type_naam,
            "datum": self.datum.isoformat(),
            **self.gegevens.als_json(),
            "vastgelegd_door": self.vastgelegd_door,
            "vastgelegd_op": self.vastgelegd_op.astimezone(UTC).isoformat(),
        }

    @property
    def sha256(self) -> str:
        """SHA-256 over the canonical JSON of :meth:`als_json`."""
        return hashlib.sha256(canoniek(self.als_json())).hexdigest()


__all__ = [
    "MEDISCHE_BRON",
    "MEDISCHE_TYPES",
    "MedischAlleenBedrijfsartsError",
    "MedischBijTypeError",
    "MedischeAantekening",
    "MedischeGegevens",
    "valideer_medisch",
    "weiger_medisch_zonder_bedrijfsarts",
]
