"""The clock port: the recording time comes from outside the domain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime


class Klok(Protocol):
    """Tells the recording time.  Case dates never come from here."""

    def nu(self) -> datetime:
        """The current moment, timezone-aware."""
        ...
