"""The per-dossier hash chain: each recording is sealed with the hash of the one before it.

A recording's line is its fact in exchange form plus its envelope: position,
recording time, provenance and the previous recording's hash.  Its hash is
SHA-256 over the canonical JSON of that line (sorted keys, no spaces, UTF-8).
Changing, removing or reordering any recording breaks every hash after it, so
``verifieer_keten`` names the first position that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from domain.feiten import Registratie, als_uitwisseling, json_waarde

BEGIN_HASH = "0" * 64
"""What the first recording names as its previous hash."""


def canoniek(gegevens: dict[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(gegevens, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def ketenhash(regel: dict[str, Any]) -> str:
    """SHA-256 over the canonical line without its own ``hash`` (it includes ``vorige_hash``)."""
    return hashlib.sha256(canoniek({k: v for k, v in regel.items() if k != "hash"})).hexdigest()


def regel_zonder_hash(registratie: Registratie, vorige_hash: str) -> dict[str, Any]:
    """A recording as an exchange-format line with its envelope, before sealing."""
    regel = als_uitwisseling(
        registratie.type_naam,
        registratie.datum,
        registratie.door,
        registratie.toelichting,
        registratie.velden,
    )
    herkomst = registratie.herkomst
    regel["positie"] = registratie.positie
    regel["geregistreerd_op"] = registratie.geregistreerd_op.isoformat()
    regel["herkomst"] = json_waarde(
        {
            naam: waarde
            for naam in ("bron", "geregistreerd_door", "namens", "correlatie_id")
            if (waarde := getattr(herkomst, naam)) is not None
        }
    )
    regel["vorige_hash"] = vorige_hash
    return regel


def verzegel(registratie: Registratie, vorige_hash: str) -> str:
    """The chain hash of a recording that follows ``vorige_hash``."""
    return ketenhash(regel_zonder_hash(registratie, vorige_hash))


@dataclass(frozen=True, slots=True)
class Ketencontrole:
    """The outcome of recomputing a dossier's chain."""

    aantal: int
    kop_hash: str
    eerste_breuk: int | None
    reden: str | None
    ongeketend: tuple[int, ...] = ()

    @property
    def in_orde(self) -> bool:
        """No broken link (recordings from before the chain existed are listed separately)."""
        return self.eerste_breuk is None


def verifieer_keten(
    registraties: Iterable[tuple[Registratie, str | None]],
) -> Ketencontrole:
    """Recompute the chain over (recording, stored hash) pairs; name the first break."""
    vorige = BEGIN_HASH
    aantal = 0
    ongeketend: list[int] = []
    for verwacht_positie, (registratie, opgeslagen) in enumerate(registraties, start=1):
        aantal += 1
        if registratie.positie != verwacht_positie:
            return Ketencontrole(
                aantal,
                vorige,
                registratie.positie,
                f"positie {registratie.positie} staat op plaats {verwacht_positie}",
                tuple(ongeketend),
            )
        berekend = verzegel(registratie, vorige)
        if opgeslagen is None:
            ongeketend.append(registratie.positie)
        elif opgeslagen != berekend:
            return Ketencontrole(
                aantal,
                vorige,
                registratie.positie,
                f"positie {registratie.positie}: de opgeslagen hash past niet bij de inhoud of "
                "bij de vorige positie (gewijzigd, weggelaten of verplaatst)",
                tuple(ongeketend),
            )
        vorige = berekend if opgeslagen is None else opgeslagen
    return Ketencontrole(aantal, vorige, None, None, tuple(ongeketend))
