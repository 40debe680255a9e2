"""Signals: obligations across dossiers that need attention, most urgent first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from domain.termijnen import Verplichting


@dataclass(frozen=True, slots=True)
class Signaal:
    """An obligation that needs attention, with the dossier it belongs to."""

    dossier_id: UUID
    werknemer: str
    werkgever: str
    verplichting: Verplichting


def sorteer_signalen(signalen: Iterable[Signaal]) -> list[Signaal]:
    """Most urgent first: the earliest latest date, overdue before open."""
    volgorde = {"verlopen": 0, "open": 1}
    return sorted(
        signalen,
        key=lambda s: (
            s.verplichting.uiterste_datum,
            volgorde.get(s.verplichting.status, 2),
            s.werkgever,
            s.werknemer,
            str(s.dossier_id),
        ),
    )
