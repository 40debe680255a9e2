"""The access log's entry: who read or wrote which dossier, when, how, why, with what result.

One access to one dossier is one :class:`Toegangsvermelding`, in the shape of NEN 7513:2018
("Medische informatica - Logging - Vastleggen van acties op elektronische patientdossiers"),
which builds on ISO 27789 (audit trails for electronic health records):

| NEN 7513 element                          | field(s) here                                        |
|-------------------------------------------|------------------------------------------------------|
| event identification: identifier          | ``gebeurtenis_id`` (UUID, unique in the log)         |
| event identification: type of action      | ``actie`` (lezen, exporteren, verifieren, ...)       |
| event identification: date and time       | ``tijdstip`` (timezone-aware, from the injected Klok)|
| event identification: result              | ``resultaat`` (toegestaan / geweigerd)               |
| user identification: user                 | ``gebruiker`` (required)                             |
| user identification: role                 | ``rol`` (optional)                                   |
| user identification: on behalf of         | ``namens`` (optional: the responsible person)        |
| patient (here: werknemer) identification  | ``dossier_id`` (the record) and ``werknemer``        |
| source: system and application            | ``bron`` (the entry point: cli, api, web) and        |
|                                           | ``toepassing`` (name and version)                    |
| purpose of use                            | ``doel`` (required: no access without a purpose)     |
| free-text context                         | ``toelichting`` (optional)                           |

The application layer (:mod:`domain.dienst`) writes an entry for every read, write and refusal;
where the entries are kept is a port (:class:`domain.poorten.Toegangslog`) that the storage
adapters implement (``adapters.opslag.toegangslog``).  Entries are never changed or removed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Literal, NoReturn, get_args
from uuid import UUID

from domain.fouten import GeweigerdError

if TYPE_CHECKING:
    from domain.klok import Klok

Actie = Literal[
    "lezen",
    "exporteren",
    "verifieren",
    "rapporteren",
    "toetsen",
    "geschiedenis",
    "audit",
    "medisch_lezen",
    "vastleggen",
    "importeren",
]
Resultaat = Literal["toegestaan", "geweigerd"]
Ingang = Literal["cli", "api", "web"]
"""Through which entry point the access happened (NEN 7513: the source system)."""

ACTIES: tuple[str, ...] = get_args(Actie)
RESULTATEN: tuple[str, ...] = get_args(Resultaat)
INGANGEN: tuple[str, ...] = get_args(Ingang)
STANDAARD_DOEL = "re-integratiebegeleiding"


class OngeldigeToegangsvermeldingError(GeweigerdError):
    """An access-log entry is incomplete or malformed; it is not stored."""

    toets = "volledige_toegangsregel"


class ToegangZonderDoelError(OngeldigeToegangsvermeldingError):
    """An access without a purpose: NEN 7513 asks why, and so does the AVG."""

    toets = "toegang_met_doel"


class ToegangZonderGebruikerError(OngeldigeToegangsvermeldingError):
    """An access without a user: nobody can be held to account for it."""

    toets = "toegang_met_gebruiker"


class ToegangsvermeldingBestaatAlError(OngeldigeToegangsvermeldingError):
    """An entry with this gebeurtenis_id is already in the log (it is append-only)."""

    toets = "toegangsregel_eenmalig"


@dataclass(frozen=True, slots=True, kw_only=True)
class Toegangsvermelding:
    """One access to one dossier, in the shape of NEN 7513 (see the module docstring)."""

    gebeurtenis_id: UUID
    tijdstip: datetime
    actie: Actie
    gebruiker: str
    rol: str | None = None
    namens: str | None = None
    doel: str
    dossier_id: UUID
    werknemer: str | None = None
    bron: Ingang = "cli"
    toepassing: str
    resultaat: Resultaat = "toegestaan"
    toelichting: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.gebruiker, str) or not self.gebruiker.strip():
            raise ToegangZonderGebruikerError(
                "gebruiker ontbreekt: een toegangsregel zonder gebruiker is niet toegestaan "
                "(wie het dossier inzag moet vastliggen)",
                veld="gebruiker",
            )
        if not isinstance(self.doel, str) or not self.doel.strip():
            raise ToegangZonderDoelError(
                "doel ontbreekt: een toegangsregel zonder doel is niet toegestaan; geef aan "
                f"waarvoor het dossier wordt ingezien (bijvoorbeeld {STANDAARD_DOEL}, audit "
                "of uwv-beoordeling)",
                veld="doel",
            )
        if not isinstance(self.gebeurtenis_id, UUID):
            self._weiger("gebeurtenis_id", "moet een UUID zijn")
        if not isinstance(self.dossier_id, UUID):
            self._weiger("dossier_id", "moet een UUID zijn")
        if not isinstance(self.tijdstip, datetime) or self.tijdstip.utcoffset() is None:
            self._weiger("tijdstip", "moet een tijdstip met tijdzone zijn")
        if self.actie not in ACTIES:
            self._weiger("actie", f"{self.actie!r} is onbekend; kies uit {', '.join(ACTIES)}")
        if self.resultaat not in RESULTATEN:
            self._weiger(
                "resultaat", f"{self.resultaat!r} is onbekend; kies uit toegestaan of geweigerd"
            )
        if self.bron not in INGANGEN:
            self._weiger("bron", f"{self.bron!r} is onbekend; kies uit {', '.join(INGANGEN)}")
        if not isinstance(self.toepassing, str) or not self.toepassing.strip():
            self._weiger("toepassing", "ontbreekt")

    @staticmethod
    def _weiger(veld: str, reden: str) -> NoReturn:
        raise OngeldigeToegangsvermeldingError(f"toegangsregel: {veld} {reden}", veld=veld)

    @classmethod
    def nieuw(
        cls,
        klok: Klok,
        *,
        toepassing: str,
        actie: Actie,
        gebruiker: str,
        doel: str,
        dossier_id: UUID,
        werknemer: str | None = None,
        rol: str | None = None,
        namens: str | None = None,
        bron: Ingang = "cli",
        resultaat: Resultaat = "toegestaan",
        toelichting: str | None = None,
    ) -> Toegangsvermelding:
        """A new entry: a fresh gebeurtenis_id and the time from ``klok``.

        ``toepassing`` names the application (and its version) that writes the entry.
        """
        return cls(
            gebeurtenis_id=uuid.uuid4(),
            tijdstip=klok.nu(),
            actie=actie,
            gebruiker=gebruiker,
            rol=rol,
            namens=namens,
            doel=doel,
            dossier_id=dossier_id,
            werknemer=werknemer,
            bron=bron,
            toepassing=toepassing,
            resultaat=resultaat,
            toelichting=toelichting,
        )

    def als_json(self) -> dict[str, str | None]:
        """The entry as a JSON object (ids and times as strings, absent values as null)."""
        return {
            "gebeurtenis_id": str(self.gebeurtenis_id),
            "tijdstip": self.tijdstip.isoformat(),
            "actie": self.actie,
            "gebruiker": self.gebruiker,
            "rol": self.rol,
            "namens": self.namens,
            "doel": self.doel,
            "dossier_id": str(self.dossier_id),
            "werknemer": self.werknemer,
            "bron": self.bron,
            "toepassing": self.toepassing,
            "resultaat": self.resultaat,
            "toelichting": self.toelichting,
        }
