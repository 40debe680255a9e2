"""Clocks: the system clock for the real world, a fixed one for tests and demos."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


class SysteemKlok:
    """The recording time from the system clock (UTC)."""

    def nu(self) -> datetime:
        """Now, in UTC."""
        return datetime.now(UTC)


@dataclass
class VasteKlok:
    """A clock that says what it is told; ``stap`` advances it after every reading."""

    tijd: datetime
    stap: timedelta = timedelta(0)

    def nu(self) -> datetime:
        """The set time (then advanced by ``stap``)."""
        tijd = self.tijd
        self.tijd = tijd + self.stap
        return tijd
