"""Value objects and closed vocabularies of the exchange format (contract section 3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field

Rol = Literal[
    "werkgever",
    "werknemer",
    "bedrijfsarts",
    "casemanager",
    "arbeidsdeskundige",
    "reintegratiebedrijf",
    "uwv",
]
Doel = Literal["eigen_werk", "aangepast_werk", "ander_werk_intern", "ander_werk_extern"]
Advies = Literal["spoor1", "spoor2", "beide"]
ContactMet = Literal["werknemer", "arbodienst", "reintegratiebedrijf", "inlener"]
Aanvrager = Literal["werkgever", "werknemer"]
Kanaal = Literal["cli", "import", "api", "web", "simulatie"]
"""Through which channel a recording was made (stored in ``Herkomst.bron``)."""

# A required text: at least one non-blank character.
Tekst = Annotated[str, Field(pattern=r"\S", max_length=10_000)]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did something in the case (``door`` in the exchange format)."""

    rol: Rol
    naam: str | None = None


@dataclass(frozen=True, slots=True)
class Herkomst:
    """Provenance of a recording: through which channel, by whom (name, role), on whose behalf.

    ``correlatie_id`` links facts that were recorded together (one import, one
    API request).  This is about the *recording*; ``Actor`` is about the case.
    """

    bron: Kanaal
    """The channel (:data:`Kanaal`); the field keeps its stored name ``bron``, which every
    recorded event and every chain hash carries."""
    geregistreerd_door: str | None = None
    namens: str | None = None
    correlatie_id: str | None = None
    rol: Rol | Literal["auditor", "beheerder"] | None = None
