"""The exchange format (contract section 3): JSON Lines in, JSON Lines out.

Reading names the line of every refusal.  Exported lines carry, besides the
fact, the envelope: position, recording time, provenance and a per-dossier
SHA-256 chain hash over the canonical JSON of each line and the previous hash.
On import the envelope is checked (positions in order, an unbroken hash chain
when the file carries one) and otherwise ignored: the import records the facts
anew, with new recording times.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from domain.feiten import Registratie, als_uitwisseling, json_waarde
from domain.fouten import GeweigerdError, OngeldigeJSONError, OngeldigVeldError
from domain.invoer import Invoer, valideer
from domain.verzuimdossier import Verzuimdossier

ENVELOP = ("positie", "geregistreerd_op", "herkomst", "hash", "vorige_hash")
"""Keys an exported line adds; accepted on import."""

BEGIN_HASH = "0" * 64


def lees_regels(regels: Iterable[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parse JSON Lines; yield (line number, object); blank lines are skipped."""
    for nummer, tekst in enumerate(regels, start=1):
        if not tekst.strip():
            continue
        try:
            gegevens = orjson.loads(tekst)
        except orjson.JSONDecodeError as fout:
            raise OngeldigeJSONError(
                f"geen geldige JSON ({fout.msg} op kolom {fout.colno})"
            ).met_regelnummer(nummer) from None
        if not isinstance(gegevens, dict):
            raise OngeldigeJSONError(
                f"verwacht een JSON-object per regel, kreeg {type(gegevens).__name__}"
            ).met_regelnummer(nummer)
        yield nummer, gegevens


def lees_invoer(regels: Iterable[str]) -> list[Invoer]:
    """Validate a whole dossier file; the first refusal names its line and field."""
    invoeren: list[Invoer] = []
    verwacht = 1
    vorige: str | None = BEGIN_HASH
    for nummer, gegevens in lees_regels(regels):
        vorige = _toets_keten(gegevens, vorige, nummer)
        positie = gegevens.get("positie")
        if positie is not None and positie != verwacht:
            raise OngeldigVeldError(
                f"positie {positie!r} past niet: dit is feit nummer {verwacht} van het dossier",
                veld="positie",
                type_naam=gegevens.get("type") if isinstance(gegevens.get("type"), str) else None,
            ).met_regelnummer(nummer)
        feit = {k: v for k, v in gegevens.items() if k not in ENVELOP}
        try:
            invoeren.append(valideer(feit))
        except GeweigerdError as fout:
            raise fout.met_regelnummer(nummer) from None
        verwacht += 1
    if not invoeren:
        raise GeweigerdError("het bestand bevat geen feiten")
    return invoeren


def _toets_keten(gegevens: dict[str, Any], vorige: str | None, nummer: int) -> str | None:
    """Check an exported line's chain hash; return the hash the next line must name.

    Lines without ``hash`` are plain input.  Once a file carries hashes, every line must,
    and a changed, removed or reordered line is refused: a hand-edited export must have its
    ``hash`` and ``vorige_hash`` removed to be imported as new input.
    """
    heeft_hash = "hash" in gegevens
    if vorige is None or (not heeft_hash and nummer == 1):
        if heeft_hash:
            raise OngeldigVeldError(
                "deze regel heeft een hash maar eerdere regels niet", veld="hash"
            ).met_regelnummer(nummer)
        return None
    if not heeft_hash:
        raise OngeldigVeldError(
            "de eerdere regels hebben een ketenhash maar deze niet", veld="hash"
        ).met_regelnummer(nummer)
    if gegevens.get("vorige_hash") != vorige:
        raise OngeldigVeldError(
            "vorige_hash past niet op de vorige regel: er is een regel weggelaten, "
            "toegevoegd of verplaatst na de export",
            veld="vorige_hash",
        ).met_regelnummer(nummer)
    if gegevens["hash"] != ketenhash(gegevens):
        raise OngeldigVeldError(
            "hash klopt niet: de regel is na de export gewijzigd (verwijder hash en "
            "vorige_hash om een bewerkt bestand als nieuwe invoer te importeren)",
            veld="hash",
        ).met_regelnummer(nummer)
    return str(gegevens["hash"])


def registratie_als_regel(registratie: Registratie, vorige_hash: str) -> dict[str, Any]:
    """One exported line: the fact plus position, recording time, provenance and chain hash."""
    regel = als_uitwisseling(
        registratie.type_naam,
        registratie.datum,
        registratie.door,
        registratie.toelichting,
        registratie.velden,
    )
    regel["positie"] = registratie.positie
    regel["geregistreerd_op"] = registratie.geregistreerd_op.isoformat()
    regel["herkomst"] = json_waarde(
        {k: v for k, v in vars_van(registratie.herkomst).items() if v is not None}
    )
    regel["vorige_hash"] = vorige_hash
    regel["hash"] = ketenhash(regel)
    return regel


def vars_van(waarde: Any) -> dict[str, Any]:
    """Fields of a slotted dataclass."""
    return {naam: getattr(waarde, naam) for naam in waarde.__dataclass_fields__}


def canoniek(gegevens: dict[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(gegevens, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def ketenhash(regel: dict[str, Any]) -> str:
    """SHA-256 over the canonical line without its own hash (it includes ``vorige_hash``)."""
    return hashlib.sha256(canoniek({k: v for k, v in regel.items() if k != "hash"})).hexdigest()


def exporteer_regels(dossier: Verzuimdossier) -> Iterator[str]:
    """The dossier as JSON Lines, oldest first."""
    vorige = BEGIN_HASH
    for registratie in dossier.registraties:
        regel = registratie_als_regel(registratie, vorige)
        vorige = regel["hash"]
        yield json.dumps(regel, ensure_ascii=False)
