"""Ports the outside world implements for the domain and its application layer.

The application layer (:mod:`domain.dienst`) decides; the adapters keep.  What it needs kept
beside the dossiers is named here: the clock, the access log, the medical notes, and where the
signals across dossiers come from.  A write that must commit in the same transaction as a
dossier's events (an access-log entry, a medical note) is a :data:`Meeschrijver`: the storage
adapter hands one out and runs it on the save's transaction, so the fact, its note and its log
entry are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from domain.klok import Klok

if TYPE_CHECKING:
    from datetime import date
    from uuid import UUID

    from domain.medisch import MedischeAantekening
    from domain.signalen import Signaal
    from domain.toegangslog import Toegangsvermelding


Meeschrijver = Callable[[Any], None]
"""A write the storage adapter runs on a save's transaction (the argument is its cursor)."""


class Toegangslog(Protocol):
    """Where access-log entries are kept (NEN 7513): append-only, read back oldest first."""

    def registreer(self, regel: Toegangsvermelding) -> None:
        """Append one entry on its own (a refusal, a read)."""
        ...

    def registreer_alle(self, regels: Sequence[Toegangsvermelding]) -> None:
        """Append several entries in one transaction (the dossiers on a page of signals)."""
        ...

    def meeschrijver(self, regel: Toegangsvermelding) -> Meeschrijver:
        """Append ``regel`` inside the transaction of a save (the entry of a write)."""
        ...

    def voor_dossier(self, dossier_id: UUID) -> list[Toegangsvermelding]:
        """Every entry about one dossier, oldest first."""
        ...


class MedischeOpslag(Protocol):
    """Where medical notes are kept: apart from the events, beside the fact they belong to."""

    def meeschrijver(self, aantekening: MedischeAantekening) -> Meeschrijver:
        """Store ``aantekening`` inside the transaction of the save of its fact."""
        ...

    def aantekeningen(self, dossier_id: UUID) -> list[tuple[MedischeAantekening, str]]:
        """A dossier's notes in position order, each with the SHA-256 stored beside it."""
        ...


Signalenbron = Callable[["date", int, "Collection[str] | None"], "list[Signaal]"]
"""``(peildatum, binnen_dagen, werkgevers or None for all) -> signals, most urgent first``."""

__all__ = ["Klok", "MedischeOpslag", "Meeschrijver", "Signalenbron", "Toegangslog"]
