"""Event (de)serialisation for the verzuimdossier events, on every backend.

Replaces the library's ``JSONTranscoder`` (which has no ``date``, turns
``str`` enums into plain strings and is slow to decode) with a mapper that
knows each event class's field types: dates, datetimes, decimals, UUIDs and
the ``Actor``/``Herkomst`` value objects are written as plain JSON and
restored to their types on read.  Selected with ``MAPPER_TOPIC``; supports the
library's cipher and compressor and its ``class_version`` upcasting.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, Union, get_args, get_origin
from uuid import UUID

from eventsourcing.persistence import (
    Mapper,
    MapperDeserialisationError,
    StoredEvent,
    Transcoder,
)
from eventsourcing.utils import get_topic, resolve_topic

from domain.waarden import Actor, Herkomst

Omzetter = Callable[[Any], Any]

_WAARDEOBJECTEN: dict[type, Omzetter] = {
    Actor: lambda d: Actor(**d),
    Herkomst: lambda d: Herkomst(**d),
}


def _codeer(waarde: Any) -> Any:
    if isinstance(waarde, (date, datetime)):
        return waarde.isoformat()
    if isinstance(waarde, Decimal):
        return str(waarde)
    if isinstance(waarde, UUID):
        return str(waarde)
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        return {
            f.name: getattr(waarde, f.name)
            for f in dataclasses.fields(waarde)
            if getattr(waarde, f.name) is not None
        }
    msg = f"kan {type(waarde).__name__} niet opslaan; voeg een omzetting toe in adapters.mapper"
    raise TypeError(msg)


_ENCODER = json.JSONEncoder(default=_codeer, separators=(",", ":"), ensure_ascii=False)


def _omzetter(hint: Any) -> Omzetter | None:
    origin = get_origin(hint)
    if origin is typing.Annotated:
        return _omzetter(get_args(hint)[0])
    if origin in (Union, types.UnionType):
        binnen = [_omzetter(a) for a in get_args(hint) if a is not type(None)]
        gevonden = [o for o in binnen if o is not None]
        if not gevonden:
            return None
        enkel = gevonden[0]
        return lambda w: None if w is None else enkel(w)
    if hint is datetime:
        return datetime.fromisoformat
    if hint is date:
        return date.fromisoformat
    if hint is Decimal:
        return Decimal
    if hint is UUID:
        return UUID
    return _WAARDEOBJECTEN.get(hint)


@lru_cache(maxsize=None)
def _plan(cls: type) -> tuple[tuple[str, Omzetter], ...]:
    """Which stored fields of ``cls`` need turning back into Python types."""
    hints = typing.get_type_hints(cls, include_extras=True)
    plan = []
    for naam, hint in hints.items():
        if naam in ("originator_id", "originator_version"):
            continue
        omzetter = _omzetter(hint)
        if omzetter is not None:
            plan.append((naam, omzetter))
    return tuple(plan)


class _GeenTranscoder(Transcoder):
    """Placeholder: this mapper encodes itself."""

    def encode(self, obj: Any) -> bytes:
        raise NotImplementedError

    def decode(self, data: bytes) -> Any:
        raise NotImplementedError


class DossierMapper(Mapper[UUID]):
    """Maps verzuimdossier events to stored events and back."""

    def __init__(self, transcoder: Transcoder | None = None, **kwargs: Any) -> None:
        super().__init__(transcoder or _GeenTranscoder(), **kwargs)

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        """Encode an event's state as compact JSON."""
        cls = type(domain_event)
        toestand = dict(vars(domain_event))
        originator_id = toestand.pop("originator_id")
        originator_version = toestand.pop("originator_version")
        class_version = getattr(cls, "class_version", 1)
        if class_version > 1:
            toestand["class_version"] = class_version
        data = _ENCODER.encode(toestand).encode("utf8")
        if self.compressor:
            data = self.compressor.compress(data)
        if self.cipher:
            data = self.cipher.encrypt(data)
        return StoredEvent(
            originator_id=originator_id,
            originator_version=originator_version,
            topic=get_topic(cls),
            state=data,
        )

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        """Decode a stored event, upcasting old class versions first."""
        cls = resolve_topic(stored_event.topic)
        data = stored_event.state
        try:
            if self.cipher:
                data = self.cipher.decrypt(data)
            if self.compressor:
                data = self.compressor.decompress(data)
            toestand: dict[str, Any] = json.loads(data)
            class_version = getattr(cls, "class_version", 1)
            van = toestand.pop("class_version", 1)
            while van < class_version:
                getattr(cls, f"upcast_v{van}_v{van + 1}")(toestand)
                van += 1
            for naam, omzetter in _plan(cls):
                if naam in toestand:
                    toestand[naam] = omzetter(toestand[naam])
        except Exception as fout:
            msg = (
                f"kan opgeslagen gebeurtenis niet lezen: topic {stored_event.topic!r}, "
                f"dossier {stored_event.originator_id}, positie "
                f"{stored_event.originator_version}: {fout}"
            )
            raise MapperDeserialisationError(msg) from fout
        oid = stored_event.originator_id
        toestand["originator_id"] = oid if isinstance(oid, UUID) else UUID(str(oid))
        toestand["originator_version"] = stored_event.originator_version
        gebeurtenis = object.__new__(cls)
        object.__setattr__(gebeurtenis, "__dict__", toestand)
        return gebeurtenis
