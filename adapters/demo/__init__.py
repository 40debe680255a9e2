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
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import date, timedelta
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.bevoegdheden import Gebruiker
from domain.dienst import Dossierdienst, Importbestand
from domain.fouten import GeweigerdError

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


def laad(
    dienst: Dossierdienst,
    wie: Gebruiker,
    vandaag: date,
    *,
    bron: Traversable | None = None,
) -> int:
    """Import every demo dossier, shifted so ``vandaag`` is the reference date; return how many.

    All files go through the application layer as one import by ``wie`` (the beheerder: the
    files hold the facts of every party) and are stored in one transaction: a refused file
    stores nothing.
    """
    return len(dienst.importeer_alle(wie, importbestanden(vandaag, bron)))


__all__ = [
    "REFERENTIEDATUM",
    "bestanden",
    "demo_id",
    "importbestanden",
    "laad",
    "verschoven_lijnen",
    "verschuif",
]
