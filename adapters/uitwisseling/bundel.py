r"""Signed export bundles: a tamper-evident copy of one dossier, checked offline.

A bundle is a directory with four files:

``gebeurtenissen.jsonl``
    The exported lines exactly as given (from :func:`adapters.uitwisseling.exporteer_lijnen`),
    UTF-8, each ending in a newline.  Every line carries ``positie``, ``vorige_hash`` and
    ``hash``: a SHA-256 chain over the canonical JSON of the lines (the first ``vorige_hash`` is
    64 zeros).  Apart from those three fields the lines are opaque here.
``manifest.json``
    What the bundle claims: format, dossier id, number of events, head hash (the last line's
    ``hash``), SHA-256 of ``gebeurtenissen.jsonl`` (hex), rule version, export time and the
    fingerprint of the signing key.  Indented UTF-8 JSON; the signature covers its exact bytes,
    so it is never re-serialised before checking.
``manifest.sig``
    The Ed25519 signature (RFC 8032, pure Ed25519: no context, no pre-hash) over the bytes of
    ``manifest.json``: 64 bytes, written as one line of standard base64 (with padding) and a
    newline.
``publieke_sleutel.pem``
    The signer's public key (SubjectPublicKeyInfo PEM).  Convenient, but it proves integrity
    only: whoever can change the bundle can replace this file and re-sign.  Who made a bundle
    is shown only by checking it against a public key obtained some other way.

The key fingerprint is the SHA-256 of the 32 raw bytes of the Ed25519 public key, in hex
(64 characters; messages show the first 16).  Everything but the chain can be checked
without Spoorwijzer (``vertrouwd.pub.pem`` is the public key you trust)::

    openssl pkey -pubin -in vertrouwd.pub.pem -outform DER | tail -c 32 | sha256sum
    base64 -d manifest.sig > handtekening.bin
    openssl pkeyutl -verify -pubin -inkey vertrouwd.pub.pem -rawin \
        -in manifest.json -sigfile handtekening.bin
    sha256sum gebeurtenissen.jsonl

Verification reads files only: no store, no network.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import orjson
from Crypto.PublicKey import ECC
from Crypto.PublicKey.ECC import EccKey
from Crypto.Signature import eddsa

from adapters.uitwisseling.jsonl import BEGIN_HASH, ketenhash

FORMAAT = "spoorwijzer-bundel/1"
ALGORITME = "Ed25519"
GEBEURTENISSEN = "gebeurtenissen.jsonl"
MANIFEST = "manifest.json"
HANDTEKENING = "manifest.sig"
PUBLIEKE_SLEUTEL = "publieke_sleutel.pem"

Sleutelbron = Literal["opgegeven", "meegeleverd"]


class BundelError(ValueError):
    """A bundle cannot be written; the (Dutch) message says why."""


class SleutelError(BundelError):
    """A key file is missing, unreadable, not Ed25519, or would be overwritten."""


class _AfgekeurdError(Exception):
    """Internal: verification stops here, with this reason."""


# -- keys ---------------------------------------------------------------------------------


def publiek_pad(pad_prive: Path) -> Path:
    """Where the public key of a private key file lives: ``<naam>.pub.pem`` next to it."""
    return pad_prive.with_name(f"{pad_prive.name.removesuffix('.pem')}.pub.pem")


def vingerafdruk(sleutel: EccKey) -> str:
    """SHA-256 (hex) of the 32 raw bytes of the Ed25519 public key."""
    return hashlib.sha256(sleutel.public_key().export_key(format="raw")).hexdigest()


def kort(vingerafdruk_: str) -> str:
    """The short form of a fingerprint used in messages (its first 16 hex characters)."""
    return vingerafdruk_[:16]


def vingerafdruk_van(pad: Path) -> str:
    """The fingerprint of the key in a PEM file (private or public)."""
    return vingerafdruk(_lees_sleutel(pad, prive=False))


def maak_sleutel(pad_prive: Path) -> Path:
    """Create an Ed25519 key pair; return the path of the public key.

    The private key goes to ``pad_prive`` (PKCS#8 PEM, mode 0600), the public key to
    ``<naam>.pub.pem`` beside it.  An existing file is never overwritten.
    """
    pad_publiek = publiek_pad(pad_prive)
    for pad in (pad_prive, pad_publiek):
        if pad.exists() or pad.is_symlink():
            raise SleutelError(_bestaat_al(pad))
    sleutel = ECC.generate(curve=ALGORITME)
    pad_prive.parent.mkdir(parents=True, exist_ok=True)
    _schrijf_nieuw(pad_prive, sleutel.export_key(format="PEM").encode("ascii"), 0o600)
    try:
        _schrijf_nieuw(
            pad_publiek, sleutel.public_key().export_key(format="PEM").encode("ascii"), 0o644
        )
    except BaseException:
        pad_prive.unlink(missing_ok=True)
        raise
    return pad_publiek


def _bestaat_al(pad: Path) -> str:
    return (
        f"{pad} bestaat al; een bestaande sleutel wordt nooit overschreven "
        "(kies een ander pad, of verwijder het bestand zelf als u zeker weet dat hij weg mag)"
    )


def _schrijf_nieuw(pad: Path, inhoud: bytes, modus: int) -> None:
    """Create ``pad`` (refusing an existing file, also in a race) with ``modus``."""
    try:
        bestand = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, modus)
    except FileExistsError:
        raise SleutelError(_bestaat_al(pad)) from None
    with os.fdopen(bestand, "wb") as uit:
        uit.write(inhoud)
    os.chmod(pad, modus)  # the umask may have narrowed it; make it exactly what was asked


def _lees_sleutel(pad: Path, *, prive: bool) -> EccKey:
    try:
        inhoud = pad.read_bytes()
    except FileNotFoundError:
        raise SleutelError(f"sleutel {pad} bestaat niet") from None
    except OSError as fout:
        raise SleutelError(f"sleutel {pad} is niet leesbaar ({fout.strerror})") from None
    try:
        sleutel = ECC.import_key(inhoud)
    except ValueError:
        raise SleutelError(f"{pad} is geen leesbare PEM-sleutel") from None
    if sleutel.curve != ALGORITME:
        raise SleutelError(f"{pad} is een {sleutel.curve}-sleutel; verwacht {ALGORITME}")
    if prive and not sleutel.has_private():
        raise SleutelError(
            f"{pad} is een publieke sleutel; ondertekenen kan alleen met de privésleutel"
        )
    return sleutel


# -- the manifest -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a bundle claims about its events; ``manifest.sig`` signs its exact bytes."""

    dossier_id: str
    aantal_gebeurtenissen: int
    kop_hash: str
    gebeurtenissen_sha256: str
    regelset_versie: str
    exporttijd: datetime
    sleutel_vingerafdruk: str
    sleutel_algoritme: str = ALGORITME
    formaat: str = FORMAAT

    def als_json(self) -> dict[str, Any]:
        """The manifest as a JSON object (format first)."""
        return {
            "formaat": self.formaat,
            "dossier_id": self.dossier_id,
            "aantal_gebeurtenissen": self.aantal_gebeurtenissen,
            "kop_hash": self.kop_hash,
            "gebeurtenissen_sha256": self.gebeurtenissen_sha256,
            "regelset_versie": self.regelset_versie,
            "exporttijd": self.exporttijd.isoformat(),
            "sleutel_algoritme": self.sleutel_algoritme,
            "sleutel_vingerafdruk": self.sleutel_vingerafdruk,
        }

    def als_bytes(self) -> bytes:
        """The bytes written to ``manifest.json`` (and signed)."""
        return (json.dumps(self.als_json(), indent=2, ensure_ascii=False) + "\n").encode()

    @classmethod
    def uit_bytes(cls, inhoud: bytes) -> Manifest:
        """Read ``manifest.json``; a ``BundelError`` names what is wrong."""
        try:
            gegevens = json.loads(inhoud.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise BundelError("manifest: manifest.json is geen geldige JSON") from None
        if not isinstance(gegevens, dict):
            raise BundelError("manifest: manifest.json is geen JSON-object")
        formaat = gegevens.get("formaat")
        if formaat != FORMAAT:
            raise BundelError(f"manifest: onbekend formaat {formaat!r}; verwacht {FORMAAT!r}")
        if gegevens.get("sleutel_algoritme") != ALGORITME:
            raise BundelError(
                f"manifest: sleutel_algoritme {gegevens.get('sleutel_algoritme')!r}; "
                f"verwacht {ALGORITME!r}"
            )
        tekst = {
            naam: _tekstveld(gegevens, naam)
            for naam in (
                "dossier_id",
                "kop_hash",
                "gebeurtenissen_sha256",
                "regelset_versie",
                "exporttijd",
                "sleutel_vingerafdruk",
            )
        }
        aantal = gegevens.get("aantal_gebeurtenissen")
        if not isinstance(aantal, int) or isinstance(aantal, bool) or aantal < 0:
            raise BundelError(f"manifest: aantal_gebeurtenissen {aantal!r} is geen aantal")
        try:
            exporttijd = datetime.fromisoformat(tekst["exporttijd"])
        except ValueError:
            raise BundelError(
                f"manifest: exporttijd {tekst['exporttijd']!r} is geen tijdstip"
            ) from None
        return cls(
            dossier_id=tekst["dossier_id"],
            aantal_gebeurtenissen=aantal,
            kop_hash=tekst["kop_hash"],
            gebeurtenissen_sha256=tekst["gebeurtenissen_sha256"],
            regelset_versie=tekst["regelset_versie"],
            exporttijd=exporttijd,
            sleutel_vingerafdruk=tekst["sleutel_vingerafdruk"],
        )


def _tekstveld(gegevens: dict[str, Any], naam: str) -> str:
    waarde = gegevens.get(naam)
    if not isinstance(waarde, str):
        raise BundelError(f"manifest: veld {naam!r} ontbreekt of is geen tekst")
    return waarde


# -- the hash chain -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Keten:
    """How far the chain of lines holds: lines checked, the last good hash, the first fault."""

    aantal: int
    kop_hash: str | None
    fout: str | None


def _toets_keten(regels: Sequence[bytes], *, laatste_afgebroken: bool = False) -> _Keten:
    """Check every line in order and stop at the first fault.

    Per line: it parses; its own ``hash`` equals ``ketenhash`` (otherwise the line itself was
    changed, whichever field); its ``vorige_hash`` is the previous line's hash (otherwise a
    line was left out, added or moved); its ``positie`` is its line number.
    """
    vorige = BEGIN_HASH
    for nummer, ruw in enumerate(regels, start=1):
        afgebroken = laatste_afgebroken and nummer == len(regels)
        uitkomst = _toets_regel(nummer, ruw, vorige, afgebroken=afgebroken)
        if isinstance(uitkomst, _Fout):
            return _Keten(nummer - 1, None if nummer == 1 else vorige, uitkomst.reden)
        vorige = uitkomst
    return _Keten(len(regels), vorige if regels else None, None)


@dataclass(frozen=True, slots=True)
class _Fout:
    reden: str


def _toets_regel(nummer: int, ruw: bytes, vorige: str, *, afgebroken: bool) -> str | _Fout:
    """The line's hash when it holds, else the fault."""
    if not ruw.strip():
        return _Fout(f"regel {nummer}: lege regel")
    try:
        gegevens = orjson.loads(ruw.decode("utf-8"))
    except UnicodeDecodeError:
        return _Fout(f"regel {nummer}: geen geldige UTF-8 (de regel is beschadigd)")
    except orjson.JSONDecodeError as fout:
        if afgebroken:
            return _Fout(f"bestand afgekapt: regel {nummer} is half geschreven (geen geldige JSON)")
        return _Fout(f"regel {nummer}: geen geldige JSON ({fout.msg} op kolom {fout.colno})")
    if not isinstance(gegevens, dict):
        return _Fout(f"regel {nummer}: geen JSON-object")
    eigen = gegevens.get("hash")
    if not isinstance(eigen, str):
        return _Fout(f"regel {nummer}: veld 'hash' ontbreekt")
    if eigen != ketenhash(gegevens):
        return _Fout(f"regel {nummer}: hash klopt niet (de regel is gewijzigd)")
    positie = gegevens.get("positie")
    if not isinstance(positie, int) or isinstance(positie, bool):
        return _Fout(f"regel {nummer}: veld 'positie' ontbreekt of is geen getal")
    if gegevens.get("vorige_hash") != vorige:
        plaats = f"; deze regel draagt positie {positie}" if positie != nummer else ""
        return _Fout(
            f"regel {nummer}: vorige_hash past niet "
            f"(regel weggelaten, toegevoegd of verplaatst{plaats})"
        )
    if positie != nummer:
        return _Fout(
            f"regel {nummer}: positie {positie} waar {nummer} verwacht "
            "(de posities lopen niet door van 1 tot n)"
        )
    return eigen


# -- writing ------------------------------------------------------------------------------


def schrijf_bundel(
    regels: list[str],
    map_: Path,
    *,
    dossier_id: str,
    regelset_versie: str,
    exporttijd: datetime,
    sleutel: Path,
) -> Manifest:
    """Write a signed bundle of exported lines to the new or empty directory ``map_``.

    The lines are checked first (an unbroken chain from position 1): a bundle is never signed
    over a chain that would fail its own verification.  ``manifest.sig`` is written last, so
    an interrupted write leaves a bundle that fails verification.
    """
    if exporttijd.utcoffset() is None:
        raise BundelError("exporttijd zonder tijdzone; geef een tijdstip met tijdzone (UTC)")
    prive = _lees_sleutel(sleutel, prive=True)
    if not regels:
        raise BundelError("het dossier heeft geen gebeurtenissen; er is geen bundel gemaakt")
    if any("\n" in regel for regel in regels):
        raise BundelError("een regel bevat een regeleinde; verwacht één JSON-object per regel")
    keten = _toets_keten([regel.encode("utf-8") for regel in regels])
    if keten.fout is not None or keten.kop_hash is None:
        raise BundelError(
            f"de regels vormen geen geldige hashketen, niets ondertekend: {keten.fout}"
        )
    _maak_lege_map(map_)
    inhoud = "".join(regel + "\n" for regel in regels).encode("utf-8")
    manifest = Manifest(
        dossier_id=dossier_id,
        aantal_gebeurtenissen=keten.aantal,
        kop_hash=keten.kop_hash,
        gebeurtenissen_sha256=hashlib.sha256(inhoud).hexdigest(),
        regelset_versie=regelset_versie,
        exporttijd=exporttijd,
        sleutel_vingerafdruk=vingerafdruk(prive),
    )
    manifest_bytes = manifest.als_bytes()
    handtekening = eddsa.new(prive, "rfc8032").sign(manifest_bytes)
    (map_ / GEBEURTENISSEN).write_bytes(inhoud)
    (map_ / PUBLIEKE_SLEUTEL).write_bytes(
        prive.public_key().export_key(format="PEM").encode("ascii") + b"\n"
    )
    (map_ / MANIFEST).write_bytes(manifest_bytes)
    (map_ / HANDTEKENING).write_bytes(base64.b64encode(handtekening) + b"\n")
    return manifest


def _maak_lege_map(map_: Path) -> None:
    if map_.exists() and not map_.is_dir():
        raise BundelError(f"{map_} bestaat al en is geen map")
    if map_.is_dir() and any(map_.iterdir()):
        raise BundelError(f"map {map_} bestaat al en is niet leeg; kies een nieuwe of lege map")
    map_.mkdir(parents=True, exist_ok=True)


# -- verifying ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verificatieresultaat:
    """The outcome of checking a bundle.

    ``redenen`` is empty when ``ok``; otherwise its first entry names the first fault
    precisely (line and kind).  A mismatch of the file's SHA-256 is then listed after what the
    line checks found, because the line checks say where.  ``aantal`` and ``kop_hash`` describe
    the lines that held: all of them when ``ok``.  ``sleutelbron`` says whether the signature
    was checked against a key given by the caller or against the one inside the bundle; the
    latter proves integrity only, and ``opmerkingen`` says so.
    """

    ok: bool
    redenen: tuple[str, ...]
    aantal: int
    kop_hash: str | None
    manifest: Manifest | None = None
    sleutel_vingerafdruk: str | None = None
    sleutelbron: Sleutelbron | None = None
    opmerkingen: tuple[str, ...] = field(default=())

    @property
    def reden(self) -> str | None:
        """The first fault, or None."""
        return self.redenen[0] if self.redenen else None


@dataclass(slots=True)
class _Stand:
    """What verification has learned so far, for the result when it stops early."""

    sleutelbron: Sleutelbron
    vingerafdruk: str | None = None
    manifest: Manifest | None = None
    opmerkingen: tuple[str, ...] = ()


def verifieer_bundel(map_: Path, publieke_sleutel: Path | None = None) -> Verificatieresultaat:
    """Check a bundle offline; the first fault is named precisely.

    In order: the files are there; the signature over ``manifest.json`` holds for
    ``publieke_sleutel`` (or the bundled key when none is given); the manifest is readable and
    names that key; every line parses, is unchanged (``hash``), follows the previous one
    (``vorige_hash``) at the next position; the number of lines and the head hash are the
    manifest's; and the SHA-256 of ``gebeurtenissen.jsonl`` is the manifest's.
    """
    stand = _Stand("meegeleverd" if publieke_sleutel is None else "opgegeven")
    try:
        return _verifieer(map_, publieke_sleutel, stand)
    except _AfgekeurdError as fout:
        return Verificatieresultaat(
            ok=False,
            redenen=(str(fout),),
            aantal=0,
            kop_hash=None,
            manifest=stand.manifest,
            sleutel_vingerafdruk=stand.vingerafdruk,
            sleutelbron=stand.sleutelbron,
            opmerkingen=stand.opmerkingen,
        )


def _verifieer(map_: Path, publieke_sleutel: Path | None, stand: _Stand) -> Verificatieresultaat:
    if not map_.is_dir():
        raise _AfgekeurdError(f"bundel: {map_} is geen map")
    nodig = [GEBEURTENISSEN, MANIFEST, HANDTEKENING]
    if publieke_sleutel is None:
        nodig.append(PUBLIEKE_SLEUTEL)
    ontbreekt = [naam for naam in nodig if not (map_ / naam).is_file()]
    if ontbreekt:
        werkwoord = "ontbreekt" if len(ontbreekt) == 1 else "ontbreken"
        raise _AfgekeurdError(f"bundel onvolledig: {', '.join(ontbreekt)} {werkwoord}")

    try:
        sleutel = _lees_sleutel(publieke_sleutel or map_ / PUBLIEKE_SLEUTEL, prive=False)
    except SleutelError as fout:
        raise _AfgekeurdError(f"sleutel: {fout}") from None
    afdruk = vingerafdruk(sleutel)
    stand.vingerafdruk = afdruk
    if publieke_sleutel is None:
        stand.opmerkingen = (
            f"gecontroleerd met de meegeleverde sleutel {kort(afdruk)}: dat bewijst dat de "
            "bundel niet gewijzigd is sinds die sleutel hem ondertekende, niet wie hem maakte; "
            "controleer met een publieke sleutel die u langs een andere weg kreeg",
        )

    manifest_bytes = _lees(map_ / MANIFEST)
    handtekening = _handtekening(_lees(map_ / HANDTEKENING))
    try:
        eddsa.new(sleutel.public_key(), "rfc8032").verify(manifest_bytes, handtekening)
    except ValueError:
        raise _AfgekeurdError(
            f"manifest: handtekening ongeldig voor sleutel {kort(afdruk)} (manifest.json is "
            "gewijzigd of met een andere sleutel ondertekend)"
        ) from None
    try:
        manifest = Manifest.uit_bytes(manifest_bytes)
    except BundelError as fout:
        raise _AfgekeurdError(str(fout)) from None
    stand.manifest = manifest
    if manifest.sleutel_vingerafdruk != afdruk:
        raise _AfgekeurdError(
            f"manifest: noemt sleutel {kort(manifest.sleutel_vingerafdruk)}, maar is ondertekend "
            f"met sleutel {kort(afdruk)}"
        )

    inhoud = _lees(map_ / GEBEURTENISSEN)
    bestand_klopt = hashlib.sha256(inhoud).hexdigest() == manifest.gebeurtenissen_sha256
    regels = inhoud.split(b"\n")
    afgebroken = regels[-1] != b""
    if not afgebroken:
        regels.pop()
    keten = _toets_keten(regels, laatste_afgebroken=afgebroken)
    redenen = []
    if keten.fout is not None:
        redenen.append(keten.fout)
    elif keten.aantal < manifest.aantal_gebeurtenissen:
        redenen.append(
            f"bestand afgekapt: manifest noemt {manifest.aantal_gebeurtenissen} gebeurtenissen, "
            f"bundel bevat {keten.aantal}"
        )
    elif keten.aantal > manifest.aantal_gebeurtenissen:
        redenen.append(
            f"regels toegevoegd: bundel bevat {keten.aantal} gebeurtenissen, manifest noemt er "
            f"{manifest.aantal_gebeurtenissen}"
        )
    elif keten.kop_hash != manifest.kop_hash:
        redenen.append(
            f"kop_hash past niet: manifest noemt {kort(manifest.kop_hash)}…, de laatste regel "
            f"heeft {kort(keten.kop_hash or '')}…"
        )
    if not bestand_klopt:
        redenen.append(
            "gebeurtenissen.jsonl: sha256 past niet bij het manifest"
            + (
                ""
                if redenen
                else " (de regels kloppen, maar de opmaak van het bestand is gewijzigd)"
            )
        )
    return Verificatieresultaat(
        ok=not redenen,
        redenen=tuple(redenen),
        aantal=keten.aantal,
        kop_hash=keten.kop_hash,
        manifest=manifest,
        sleutel_vingerafdruk=afdruk,
        sleutelbron=stand.sleutelbron,
        opmerkingen=stand.opmerkingen,
    )


def _lees(pad: Path) -> bytes:
    try:
        return pad.read_bytes()
    except OSError as fout:
        raise _AfgekeurdError(f"bundel: {pad.name} is niet leesbaar ({fout.strerror})") from None


def _handtekening(inhoud: bytes) -> bytes:
    try:
        handtekening = base64.b64decode(inhoud.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _AfgekeurdError("manifest.sig: geen base64-handtekening") from None
    if len(handtekening) != 64:
        raise _AfgekeurdError(
            f"manifest.sig: handtekening van {len(handtekening)} bytes; Ed25519 heeft er 64"
        )
    return handtekening
