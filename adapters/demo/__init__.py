"""The demo dossiers behind ``spoorwijzer demo laad`` and ``make run``.

The bundled ``*.jsonl`` files are dossiers in the exchange format (contract
section 3), written as a casemanager would record them on the reference date
:data:`REFERENTIEDATUM`.  Loading shifts every date in them by the same number
of days, so that the reference date becomes "today" and the demo always shows
overdue obligations and obligations falling due soon.  Because every date moves
by the same offset, every deadline and status moves with it.

The files are validated with the exchange-format reader and imported through the application
layer with the real domain rules, by the beheerder; all dossiers are stored in one
transaction, or none at all.

**Simulated history.**  Each fact is recorded as it would have been in practice: at a moment on
or shortly after its date (:func:`tijdstippen`), by the party who records it.  That party is the
line's ``door``, unless the line names another with the demo-only key ``vastlegging`` (for
example the casemanager who records the start of the second track that the bureau made):
``"vastlegging": {"door": {"rol": ..., "naam": ...}, "dagen_later": 2}``.  The key is taken off
before the line is read as exchange format.  Corrections and withdrawals are lines like any
other, recorded later than the facts they change, so ``--zoals-bekend-op`` and ``dossier
geschiedenis`` have something to show.  The access log names the beheerder who loaded the demo.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, get_args

from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.bevoegdheden import Gebruiker
from domain.dienst import Dossierdienst, Historiebestand, Importbestand, Vastlegging
from domain.fouten import GeweigerdError, OngeldigVeldError
from domain.gebeurtenissen import ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.kalender import NL
from domain.waarden import Actor, Rol

REFERENTIEDATUM = date(2026, 11, 23)
"""The day the demo data describe as "today"; loading moves it to the chosen date."""

_ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")


def _map(bron: Traversable | None) -> Traversable:
    return bron if bron is not None else resources.files(__name__)


def bestanden(bron: Traversable | None = None) -> list[str]:
    """The names of the demo files, in loading order (default: the bundled ones)."""
    return sorted(
        item.name
        for item in _map(bron).iterdir()
        if item.is_file() and item.name.endswith(".jsonl")
    )


def verschuif(waarde: Any, dagen: int) -> Any:
    """``waarde`` with every ISO date (``YYYY-MM-DD``, also nested) moved by ``dagen`` days.

    Only strings that are a date as a whole are moved; free text is left alone.
    """
    if isinstance(waarde, dict):
        return {sleutel: verschuif(inhoud, dagen) for sleutel, inhoud in waarde.items()}
    if isinstance(waarde, list):
        return [verschuif(inhoud, dagen) for inhoud in waarde]
    if isinstance(waarde, str) and _ISO_DATUM.fullmatch(waarde):
        try:
            datum = date.fromisoformat(waarde)
        except ValueError:
            return waarde  # not a real date: validation names it
        return (datum + timedelta(days=dagen)).isoformat()
    return waarde


def verschoven_lijnen(tekst: str, dagen: int) -> list[str]:
    """The lines of a demo file with every date moved by ``dagen`` days.

    Blank lines and lines that are not JSON objects are kept as they are, so the
    exchange-format reader refuses them with the right line number.
    """
    verschoven: list[str] = []
    for lijn in lijnen(tekst):
        try:
            gegevens = json.loads(lijn) if lijn.strip() else None
        except json.JSONDecodeError:
            gegevens = None
        if isinstance(gegevens, dict):
            verschoven.append(json.dumps(verschuif(gegevens, dagen), ensure_ascii=False))
        else:
            verschoven.append(lijn)
    return verschoven


DEMO_NAAMRUIMTE = uuid.UUID("5b0c2a55-0d1e-4c57-9a53-706f6f727477")


def demo_id(naam: str) -> uuid.UUID:
    """A stable id per demo file, so the README's commands work on every machine."""
    return uuid.uuid5(DEMO_NAAMRUIMTE, naam)


def importbestanden(vandaag: date, bron: Traversable | None = None) -> list[Importbestand]:
    """Every demo file as an import, shifted so ``vandaag`` is the reference date.

    Each keeps its stable id (:func:`demo_id`); a refusal will name the file.
    """
    dagen = (vandaag - REFERENTIEDATUM).days
    map_ = _map(bron)
    uit: list[Importbestand] = []
    for naam in bestanden(map_):
        tekst = map_.joinpath(naam).read_text(encoding="utf-8")
        try:
            invoeren = lees_invoer(verschoven_lijnen(tekst, dagen))
        except GeweigerdError as fout:
            fout.reden = f"demobestand {naam}: {fout.reden}"
            raise
        uit.append(Importbestand(f"demobestand {naam}", invoeren, demo_id(naam)))
    return uit


VASTLEGGING = "vastlegging"
"""The demo-only key of a line: who recorded the fact, and how many days after its date."""

_MAX_DAGEN_LATER = 366


def _vastlegging_uit(naam: str, lijn: int, waarde: object) -> tuple[Actor | None, int | None]:
    """The ``vastlegging`` key of a demo line, checked: (recorder, days after the fact's date)."""

    def fout(veld: str, reden: str) -> OngeldigVeldError:
        return OngeldigVeldError(
            f"demobestand {naam}: {reden}", veld=f"{VASTLEGGING}.{veld}"
        ).met_lijnnummer(lijn)

    if not isinstance(waarde, Mapping) or set(waarde) - {"door", "dagen_later"}:
        raise fout("", "verwacht een object met 'door' en/of 'dagen_later'")
    door: Actor | None = None
    if "door" in waarde:
        gegeven = waarde["door"]
        if not isinstance(gegeven, Mapping) or gegeven.get("rol") not in get_args(Rol):
            raise fout("door.rol", f"rol onbekend; kies uit {', '.join(get_args(Rol))}")
        naam_door = gegeven.get("naam")
        if naam_door is not None and not (isinstance(naam_door, str) and naam_door.strip()):
            raise fout("door.naam", "een naam is niet-lege tekst")
        door = Actor(rol=gegeven["rol"], naam=naam_door)
    dagen = waarde.get("dagen_later")
    if dagen is not None and not (
        isinstance(dagen, int) and not isinstance(dagen, bool) and 0 <= dagen <= _MAX_DAGEN_LATER
    ):
        raise fout("dagen_later", f"een geheel aantal dagen van 0 tot en met {_MAX_DAGEN_LATER}")
    return door, dagen


def _spreiding(naam: str, lijn: int) -> int:
    """A number fixed by file and line: the same on every machine, in every run."""
    return int.from_bytes(hashlib.sha256(f"{naam}:{lijn}".encode()).digest()[:8], "big")


def tijdstippen(
    naam: str, invoeren: Sequence[Invoer], dagen_later: Mapping[int, int], verschuiving: int
) -> list[datetime]:
    """When each fact of a demo file was recorded (UTC), in the simulated history.

    A ziekmelding on its own date, any other fact 0 to 3 days after its date (or
    ``dagen_later`` of its line), on a working day between 08:30 and 16:30 Dutch time, never
    before the previous recording.  The moments are chosen on the unshifted dates and then
    moved by ``verschuiving`` days with the dates, so each keeps its weekday and hour.
    """
    uit: list[datetime] = []
    for nummer, invoer in enumerate(invoeren, start=1):
        lijn = invoer.lijn if invoer.lijn is not None else nummer
        getal = _spreiding(naam, lijn)
        if lijn in dagen_later:
            later = dagen_later[lijn]
        elif invoer.type_naam == ZiekmeldingOntvangen.__name__:
            later = 0
        else:
            later = getal % 4
        dag = invoer.datum - timedelta(days=verschuiving) + timedelta(days=later)
        while dag.weekday() >= 5:  # Saturday, Sunday
            dag += timedelta(days=1)
        minuten = 8 * 60 + 30 + (getal >> 16) % (8 * 60)
        lokaal = datetime.combine(
            dag + timedelta(days=verschuiving), time(minuten // 60, minuten % 60)
        )
        moment = lokaal.replace(tzinfo=NL).astimezone(UTC)
        if uit and moment <= uit[-1]:
            moment = uit[-1] + timedelta(minutes=5 + (getal >> 32) % 20)
        uit.append(moment)
    return uit


def historiebestanden(vandaag: date, bron: Traversable | None = None) -> list[Historiebestand]:
    """Every demo file as a dossier with its simulated recording history.

    Shifted so ``vandaag`` is the reference date (dates and recording moments alike); each
    keeps its stable id (:func:`demo_id`).  A refusal names the file and its line.
    """
    dagen = (vandaag - REFERENTIEDATUM).days
    map_ = _map(bron)
    uit: list[Historiebestand] = []
    for naam in bestanden(map_):
        tekst = map_.joinpath(naam).read_text(encoding="utf-8")
        regels: list[str] = []
        door_per_lijn: dict[int, Actor] = {}
        later_per_lijn: dict[int, int] = {}
        for lijn, regel in enumerate(lijnen(tekst), start=1):
            try:
                gegevens = json.loads(regel) if regel.strip() else None
            except json.JSONDecodeError:
                gegevens = None
            if isinstance(gegevens, dict) and VASTLEGGING in gegevens:
                door, later = _vastlegging_uit(naam, lijn, gegevens.pop(VASTLEGGING))
                if door is not None:
                    door_per_lijn[lijn] = door
                if later is not None:
                    later_per_lijn[lijn] = later
                regel = json.dumps(gegevens, ensure_ascii=False)
            regels.append(regel)
        try:
            invoeren = lees_invoer(verschoven_lijnen("\n".join(regels), dagen))
        except GeweigerdError as fout:
            fout.reden = f"demobestand {naam}: {fout.reden}"
            raise
        vastleggingen = []
        for invoer, tijdstip in zip(
            invoeren, tijdstippen(naam, invoeren, later_per_lijn, dagen), strict=True
        ):
            lijn = invoer.lijn if invoer.lijn is not None else 0
            door = door_per_lijn.get(lijn, invoer.door)
            if door is None:
                raise OngeldigVeldError(
                    f"demobestand {naam}: wie het feit vastlegde ontbreekt (door of "
                    f"{VASTLEGGING}.door)",
                    veld="door",
                    type_naam=invoer.type_naam,
                ).met_lijnnummer(lijn)
            vastleggingen.append(Vastlegging(invoer, tijdstip, door))
        uit.append(Historiebestand(f"demobestand {naam}", vastleggingen, demo_id(naam)))
    return uit


def laad(
    dienst: Dossierdienst,
    wie: Gebruiker,
    vandaag: date,
    *,
    bron: Traversable | None = None,
) -> int:
    """Import every demo dossier with its simulated history; return how many.

    Shifted so ``vandaag`` is the reference date.  All files go through the application layer
    as one import by ``wie`` (the beheerder: the files hold the facts of every party) and are
    stored in one transaction: a refused file stores nothing.  Each fact keeps the moment and
    the party of its recording (:func:`historiebestanden`); none may lie after the clock's now.
    """
    return len(dienst.importeer_historie(wie, historiebestanden(vandaag, bron)))


__all__ = [
    "REFERENTIEDATUM",
    "VASTLEGGING",
    "bestanden",
    "demo_id",
    "historiebestanden",
    "importbestanden",
    "laad",
    "tijdstippen",
    "verschoven_lijnen",
    "verschuif",
]
