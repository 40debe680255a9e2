"""The per-dossier hash chain: each recording is sealed with the hash of the one before it.

A recording's line is its fact in exchange form plus its envelope: position,
recording time, provenance and the previous recording's hash.  Its hash is
SHA-256 over the canonical JSON of that line (sorted keys, no spaces, UTF-8).
Changing, removing or reordering any recording breaks every hash after it, so
``verifieer_keten`` names the first position that no longer fits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from domain.feiten import Registratie, als_uitwisseling

BEGIN_HASH = "0" * 64
"""What the first recording names as its previous hash."""


def canoniek(gegevens: dict[str, Any]) -> bytes:
    """Canonical JSON: UTF-8, keys sorted, no whitespace, numbers in shortest round-trip form.

    orjson with ``OPT_SORT_KEYS`` writes exactly that (ten times faster than ``json``; for the
    strings, integers, booleans and short decimals of a dossier both give the same bytes).
    """
    return orjson.dumps(gegevens, option=orjson.OPT_SORT_KEYS)


def ketenhash(lijn: dict[str, Any]) -> str:
    """SHA-256 over the canonical line without its own ``hash`` (it includes ``vorige_hash``)."""
    return hashlib.sha256(canoniek({k: v for k, v in lijn.items() if k != "hash"})).hexdigest()


def lijn_zonder_hash(registratie: Registratie, vorige_hash: str) -> dict[str, Any]:
    """A recording as an exchange-format line with its envelope, before sealing."""
    lijn = als_uitwisseling(
        registratie.type_naam,
        registratie.datum,
        registratie.door,
        registratie.toelichting,
        registratie.velden,
    )
    h = registratie.herkomst
    herkomst: dict[str, str] = {"bron": h.bron}
    if h.geregistreerd_door is not None:
        herkomst["geregistreerd_door"] = h.geregistreerd_door
    if h.namens is not None:
        herkomst["namens"] = h.namens
    if h.correlatie_id is not None:
        herkomst["correlatie_id"] = h.correlatie_id
    if h.rol is not None:
        herkomst["rol"] = h.rol
    lijn["positie"] = registratie.positie
    lijn["geregistreerd_op"] = registratie.geregistreerd_op.isoformat()
    lijn["herkomst"] = herkomst
    lijn["vorige_hash"] = vorige_hash
    return lijn


def verzegel(registratie: Registratie, vorige_hash: str) -> str:
    """The chain hash of a recording that follows ``vorige_hash``."""
    return hashlib.sha256(canoniek(lijn_zonder_hash(registratie, vorige_hash))).hexdigest()


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


class Ketenvolger:
    """Follows one dossier's chain a recording at a time (also for a one-pass store scan)."""

    def __init__(self) -> None:
        self.vorige = BEGIN_HASH
        self.aantal = 0
        self.breuk: tuple[int, str] | None = None
        self.ongeketend: list[int] = []

    def neem_op(self, registratie: Registratie, opgeslagen: str | None = None) -> None:
        """Check the next recording against the chain so far (its stored hash by default)."""
        if opgeslagen is None:
            opgeslagen = registratie.ketenhash
        self.aantal += 1
        if self.breuk is not None:
            return
        if registratie.positie != self.aantal:
            self.breuk = (
                registratie.positie,
                f"positie {registratie.positie} staat op plaats {self.aantal}",
            )
            return
        berekend = verzegel(registratie, self.vorige)
        if opgeslagen is None:
            self.ongeketend.append(registratie.positie)
            self.vorige = berekend
        elif opgeslagen != berekend:
            self.breuk = (
                registratie.positie,
                f"positie {registratie.positie}: de opgeslagen hash past niet bij de inhoud of "
                "bij de vorige positie (gewijzigd, weggelaten of verplaatst)",
            )
        else:
            self.vorige = opgeslagen

    def controle(self) -> Ketencontrole:
        """The outcome so far."""
        positie, reden = self.breuk if self.breuk else (None, None)
        return Ketencontrole(self.aantal, self.vorige, positie, reden, tuple(self.ongeketend))


def verifieer_keten(
    registraties: Iterable[tuple[Registratie, str | None]],
) -> Ketencontrole:
    """Recompute the chain over (recording, stored hash) pairs; name the first break."""
    volger = Ketenvolger()
    for registratie, opgeslagen in registraties:
        volger.neem_op(registratie, opgeslagen)
        if volger.breuk is not None:
            break
    return volger.controle()
