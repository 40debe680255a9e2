"""Event (de)serialisation for the verzuimdossier events, on every backend.

Replaces the library's ``JSONTranscoder`` (which has no ``date``, turns
``str`` enums into plain strings and is slow to decode) with a mapper that
knows each event class's field types: dates, datetimes, decimals, UUIDs and
the ``Actor``/``Herkomst`` value objects are written as plain JSON (orjson)
and restored to their types on read.  Selected with ``MAPPER_TOPIC``; supports the
library's cipher and compressor and its ``class_version`` upcasting.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, Union, get_args, get_origin
from uuid import UUID

import orjson
from eventsourcing.persistence import (
    Mapper,
    MapperDeserialisationError,
    StoredEvent,
    Transcoder,
)
from eventsourcing.utils import get_topic, resolve_topic

from domain.waarden import Actor, Herkomst

Omzetter = Callable[[Any], Any]


# Value objects are immutable, and one dossier repeats the same few: share the instances.
_gedeeld_actor = lru_cache(maxsize=4096)(Actor)
_gedeelde_herkomst = lru_cache(maxsize=4096)(Herkomst)


def _actor(d: dict[str, Any]) -> Actor:
    return _gedeeld_actor(d["rol"], d.get("naam"))


def _herkomst(d: dict[str, Any]) -> Herkomst:
    return _gedeelde_herkomst(
        d["bron"],
        d.get("geregistreerd_door"),
        d.get("namens"),
        d.get("correlatie_id"),
        d.get("rol"),
    )


_WAARDEOBJECTEN: dict[type, Omzetter] = {Actor: _actor, Herkomst: _herkomst}


def _codeer(waarde: Any) -> Any:
    """What orjson cannot write itself (it writes dates, datetimes, UUIDs and dataclasses)."""
    if isinstance(waarde, Decimal):
        return str(waarde)
    msg = (
        f"kan {type(waarde).__name__} niet opslaan; voeg een omzetting toe in "
        "adapters.opslag.mapper"
    )
    raise TypeError(msg)


def _omzetter(hint: Any) -> Omzetter | None:
    origin = get_origin(hint)
    if origin is typing.Annotated:
        return _omzetter(get_args(hint)[0])
    if origin in (Union, types.UnionType):
        binnen = [_omzetter(a) for a in get_args(hint) if a is not type(None)]
        gevonden = [o for o in binnen if o is not None]
        if not gevonden:
            return None
        return gevonden[0]  # None values are left alone by the caller
    if hint is datetime:
        return datetime.fromisoformat
    if hint is date:
        return date.fromisoformat
    if hint is Decimal:
        return Decimal
    if hint is UUID:
        return UUID
    return _WAARDEOBJECTEN.get(hint)


@cache
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


_per_topic: dict[str, tuple[type, int, tuple[tuple[str, Omzetter], ...]]] = {}


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
        data = orjson.dumps(toestand, default=_codeer)
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
        try:
            cls, class_version, plan = _per_topic[stored_event.topic]
        except KeyError:
            cls = resolve_topic(stored_event.topic)
            class_version = getattr(cls, "class_version", 1)
            plan = _plan(cls)
            _per_topic[stored_event.topic] = (cls, class_version, plan)
        data = stored_event.state
        try:
            if self.cipher:
                data = self.cipher.decrypt(data)
            if self.compressor:
                data = self.compressor.decompress(data)
            toestand: dict[str, Any] = orjson.loads(data)
            van = toestand.pop("class_version", 1)
            while van < class_version:
                getattr(cls, f"upcast_v{van}_v{van + 1}")(toestand)
                van += 1
            for naam, omzetter in plan:
                waarde = toestand.get(naam)
                if waarde is not None:
                    toestand[naam] = omzetter(waarde)
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
        gebeurtenis: Any = object.__new__(cls)
        object.__setattr__(gebeurtenis, "__dict__", toestand)
        return gebeurtenis
