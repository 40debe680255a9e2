"""One calendar: "today" and the end of a day are Dutch, whatever the machine's time zone.

A deadline falls on a Dutch calendar day, so "today" is the date in ``Europe/Amsterdam`` of the
injected clock's moment: between 00:00 and 02:00 Dutch time the UTC date is still yesterday, and
an obligation due yesterday would be ``open`` instead of ``verlopen``.  Every entry point gets its
"today" from here, through the application layer.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from domain.poorten import Klok

NL = ZoneInfo("Europe/Amsterdam")
"""The time zone of the case: Dutch law counts Dutch calendar days."""


def vandaag(klok: Klok) -> date:
    """Today's Dutch calendar date at the clock's moment."""
    return klok.nu().astimezone(NL).date()


def tot_en_met(waarde: date | datetime) -> datetime:
    """A moment for "as known on".

    A date means the end of that Dutch day; a time without a zone is Dutch time.
    """
    if isinstance(waarde, datetime):
        return waarde if waarde.tzinfo is not None else waarde.replace(tzinfo=NL)
    return datetime.combine(waarde, time.max, tzinfo=NL)


def lees_moment(tekst: str) -> date | datetime:
    """``zoals_bekend_op`` as typed: ``YYYY-MM-DD`` (a day) or an ISO date-time.

    Raises ``ValueError`` for anything else; :func:`tot_en_met` turns the result into a moment.
    """
    if len(tekst) == 10:
        return date.fromisoformat(tekst)
    return datetime.fromisoformat(tekst)


__all__ = ["NL", "lees_moment", "tot_en_met", "vandaag"]
