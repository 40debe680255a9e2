"""The exchange format (contract section 3): JSON Lines in, JSON Lines out.

Reading names the line of every refusal.  Exported lines carry, besides the
fact, the envelope: position, recording time, provenance and a per-dossier
SHA-256 chain hash over the canonical JSON of each line and the previous hash.
On import the envelope is checked (positions in order, an unbroken hash chain
when the file carries one) and otherwise ignored: the import records the facts
anew, with new recording times.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from domain.feiten import Registratie
from domain.fouten import GeweigerdError, OngeldigeJSONError, OngeldigVeldError
from domain.invoer import Invoer, valideer
from domain.keten import BEGIN_HASH, canoniek, ketenhash, lijn_zonder_hash
from domain.verzuimdossier import Verzuimdossier

ENVELOP = ("positie", "geregistreerd_op", "herkomst", "hash", "vorige_hash")
"""Keys an exported line adds; accepted on import."""

__all__ = [
    "BEGIN_HASH",
    "ENVELOP",
    "canoniek",
    "exporteer_lijnen",
    "ketenhash",
    "lees_invoer",
    "lees_lijnen",
    "lijnen",
    "registratie_als_lijn",
]


def lijnen(tekst: str) -> list[str]:
    """The lines of a file's text, split on newlines only (a carriage return before one is dropped).

    ``str.splitlines()`` would also split on U+2028, U+2029, U+0085 and other separators that
    JSON allows unescaped inside a string, so a text holding one could not be read back from
    its own export, and every line number after it would be wrong.
    """
    return [lijn.removesuffix("\r") for lijn in tekst.split("\n")]


def lees_lijnen(tekstlijnen: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parse JSON Lines; yield (physical line number, object); blank lines count but are skipped.

    ``tekstlijnen`` are the file's lines as :func:`lijnen` splits them.
    """
    for nummer, tekst in enumerate(tekstlijnen, start=1):
        if not tekst.strip():
            continue
        try:
            gegevens = orjson.loads(tekst)
        except orjson.JSONDecodeError as fout:
            raise OngeldigeJSONError(
                f"geen geldige JSON ({fout.msg} op kolom {fout.colno})"
            ).met_lijnnummer(nummer) from None
        if not isinstance(gegevens, dict):
            raise OngeldigeJSONError(
                f"verwacht een JSON-object per regel, kreeg {type(gegevens).__name__}"
            ).met_lijnnummer(nummer)
        yield nummer, gegevens


def lees_invoer(tekstlijnen: Iterable[str]) -> list[Invoer]:
    """Validate a whole dossier file; the first refusal names its line and field."""
    invoeren: list[Invoer] = []
    verwacht = 1
    vorige: str | None = BEGIN_HASH
    for nummer, gegevens in lees_lijnen(tekstlijnen):
        vorige = _toets_keten(gegevens, vorige, nummer, eerste=verwacht == 1)
        positie = gegevens.get("positie")
        if positie is not None and positie != verwacht:
            raise OngeldigVeldError(
                f"positie {positie!r} past niet: dit is feit nummer {verwacht} van het dossier",
                veld="positie",
                type_naam=gegevens.get("type") if isinstance(gegevens.get("type"), str) else None,
            ).met_lijnnummer(nummer)
        feit = {k: v for k, v in gegevens.items() if k not in ENVELOP}
        try:
            invoeren.append(dataclasses.replace(valideer(feit), lijn=nummer))
        except GeweigerdError as fout:
            raise fout.met_lijnnummer(nummer) from None
        verwacht += 1
    if not invoeren:
        raise GeweigerdError("het bestand bevat geen feiten")
    return invoeren


def _toets_keten(
    gegevens: dict[str, Any], vorige: str | None, nummer: int, *, eerste: bool
) -> str | None:
    """Check an exported line's chain hash; return the hash the next line must name.

    Lines without ``hash`` are plain input.  ``eerste``: this is the file's first fact (blank
    lines before it do not count).  Once a file carries hashes, every line must,
    and a changed, removed or reordered line is refused: a hand-edited export must have its
    ``hash`` and ``vorige_hash`` removed to be imported as new input.
    """
    heeft_hash = "hash" in gegevens
    if vorige is None or (not heeft_hash and eerste):
        if heeft_hash:
            raise OngeldigVeldError(
                "deze regel heeft een hash maar eerdere regels niet", veld="hash"
            ).met_lijnnummer(nummer)
        return None
    if not heeft_hash:
        raise OngeldigVeldError(
            "de eerdere regels hebben een ketenhash maar deze niet", veld="hash"
        ).met_lijnnummer(nummer)
    if gegevens.get("vorige_hash") != vorige:
        raise OngeldigVeldError(
            "vorige_hash past niet op de vorige regel: er is een regel weggelaten, "
            "toegevoegd of verplaatst na de export",
            veld="vorige_hash",
        ).met_lijnnummer(nummer)
    if gegevens["hash"] != ketenhash(gegevens):
        raise OngeldigVeldError(
            "hash klopt niet: de regel is na de export gewijzigd (verwijder hash en "
            "vorige_hash om een bewerkt bestand als nieuwe invoer te importeren)",
            veld="hash",
        ).met_lijnnummer(nummer)
    return str(gegevens["hash"])


def registratie_als_lijn(registratie: Registratie, vorige_hash: str) -> dict[str, Any]:
    """One exported line: the fact, its envelope and its chain hash (the stored one if any)."""
    lijn = lijn_zonder_hash(registratie, vorige_hash)
    lijn["hash"] = registratie.ketenhash or ketenhash(lijn)
    return lijn


def exporteer_lijnen(dossier: Verzuimdossier) -> Iterator[str]:
    """The dossier as JSON Lines, oldest first, with the chain as stored."""
    vorige = BEGIN_HASH
    for registratie in dossier.registraties:
        lijn = registratie_als_lijn(registratie, vorige)
        vorige = lijn["hash"]
        yield json.dumps(lijn, ensure_ascii=False)
