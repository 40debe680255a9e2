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
or shortly after its date (:func:`tijdstippen`), by the party who records it
(:func:`vastlegger`): the line's ``door`` when that role may record the fact, else the
dossier's casemanager (the re-integratiebureau starts the second track, the casemanager records
it).  Corrections and withdrawals are lines like any other, recorded later than the facts they
change, so ``--zoals-bekend-op`` and ``dossier geschiedenis`` have something to show.  The files
stay plain exchange format.  The access log names the beheerder who loaded the demo.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.bevoegdheden import BEVOEGDHEDEN, CORRECTIES, Gebruiker
from domain.dienst import Dossierdienst, Historiebestand, Importbestand, Vastlegging
from domain.fouten import GeweigerdError, OngeldigVeldError
from domain.gebeurtenissen import ZiekmeldingOntvangen
from domain.invoer import Invoer
from domain.kalender import NL
from domain.waarden import Actor

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


def vastlegger(invoeren: Sequence[Invoer], index: int) -> Actor | None:
    """Who records fact ``index`` of a demo file: its ``door`` when that role may record it.

    Otherwise the keeper of the dossier records it: the last casemanager named before it, else
    whoever reported the sickness.  A correction or withdrawal is judged by the type it changes.
    """
    invoer = invoeren[index]
    soort = invoer.type_naam
    if soort in CORRECTIES:
        betreft = int(invoer.velden["betreft"])
        if 1 <= betreft <= index:
            soort = invoeren[betreft - 1].type_naam
    if invoer.door is not None and invoer.door.rol in BEVOEGDHEDEN.get(soort, ()):
        return invoer.door
    for eerder in reversed(invoeren[:index]):
        if eerder.door is not None and eerder.door.rol == "casemanager":
            return eerder.door
    return invoeren[0].door if index > 0 else None


def _spreiding(naam: str, lijn: int) -> int:
    """A number fixed by file and line: the same on every machine, in every run."""
    return int.from_bytes(hashlib.sha256(f"{naam}:{lijn}".encode()).digest()[:8], "big")


def tijdstippen(naam: str, invoeren: Sequence[Invoer], verschuiving: int) -> list[datetime]:
    """When each fact of a demo file was recorded (UTC), in the simulated history.

    A ziekmelding on its own date, any other fact 0 to 3 days after its date, on a working day
    between 08:30 and 16:30 Dutch time, never before the previous recording.  The moments are
    chosen on the unshifted dates and then moved by ``verschuiving`` days with the dates, so
    each keeps its weekday and hour.
    """
    uit: list[datetime] = []
    for nummer, invoer in enumerate(invoeren, start=1):
        lijn = invoer.lijn if invoer.lijn is not None else nummer
        getal = _spreiding(naam, lijn)
        later = 0 if invoer.type_naam == ZiekmeldingOntvangen.__name__ else getal % 4
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
        try:
            invoeren = lees_invoer(verschoven_lijnen(tekst, dagen))
        except GeweigerdError as fout:
            fout.reden = f"demobestand {naam}: {fout.reden}"
            raise
        vastleggingen = []
        for index, (invoer, tijdstip) in enumerate(
            zip(invoeren, tijdstippen(naam, invoeren, dagen), strict=True)
        ):
            door = vastlegger(invoeren, index)
            if door is None:
                raise OngeldigVeldError(
                    f"demobestand {naam}: geen partij die dit feit mag vastleggen (door)",
                    veld="door",
                    type_naam=invoer.type_naam,
                ).met_lijnnummer(invoer.lijn if invoer.lijn is not None else index + 1)
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
    "bestanden",
    "demo_id",
    "historiebestanden",
    "importbestanden",
    "laad",
    "tijdstippen",
    "vastlegger",
    "verschoven_lijnen",
    "verschuif",
]
