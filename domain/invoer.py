"""Validation of incoming facts, derived from the event classes.

One pydantic model per type of contract section 3 is built from the event
class's own annotations, so the stored schema and the accepted input are the
same list of fields.  Validation is strict: a JSON string is not a boolean, a
number is not a date.  Every pydantic complaint becomes a typed
:class:`~domain.fouten.GeweigerdError` that names the field and the reason.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, create_model

from domain.fouten import (
    GeweigerdError,
    LoonsanctieWekenError,
    OnbekendTypeError,
    OngeldigVeldError,
)
from domain.gebeurtenissen import (
    ALGEMENE_VELDEN,
    ALLE_TYPES,
    DossierGebeurtenis,
    LoonsanctieOpgelegd,
    RegistratieGecorrigeerd,
    eigen_velden,
)
from domain.waarden import Actor, Rol

_ISO_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_datum(waarde: object) -> object:
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str) and _ISO_DATUM.match(waarde):
        try:
            return date.fromisoformat(waarde)
        except ValueError:
            msg = f"geen bestaande datum: {waarde!r}"
            raise ValueError(msg) from None
    msg = f"verwacht een datum als JJJJ-MM-DD, kreeg {waarde!r}"
    raise ValueError(msg)


def _decimaal(waarde: object) -> object:
    if isinstance(waarde, Decimal):
        return waarde
    if isinstance(waarde, (int, float, str)) and not isinstance(waarde, bool):
        try:
            getal = Decimal(str(waarde))
        except InvalidOperation:
            pass
        else:
            if getal.is_finite():
                return getal
    msg = f"verwacht een getal, kreeg {waarde!r}"
    raise ValueError(msg)


IsoDatum = Annotated[date, BeforeValidator(_iso_datum)]
Decimaal = Annotated[Decimal, BeforeValidator(_decimaal)]


class _Door(BaseModel, frozen=True, extra="forbid", strict=True):
    rol: Rol
    naam: str | None = None


def _invoertype(hint: Any) -> Any:
    """Swap ``date`` and ``Decimal`` for their strict exchange-format parsers."""
    origin = get_origin(hint)
    if origin is Annotated:
        base, *meta = get_args(hint)
        return Annotated[(_invoertype(base), *meta)]
    if origin in (Union, types.UnionType):
        return Union[tuple(_invoertype(arg) for arg in get_args(hint))]  # noqa: UP007
    if hint is date:
        return IsoDatum
    if hint is Decimal:
        return Decimaal
    return hint


def _is_optioneel(hint: Any) -> bool:
    origin = get_origin(hint)
    if origin is Annotated:
        return _is_optioneel(get_args(hint)[0])
    return origin in (Union, types.UnionType) and type(None) in get_args(hint)


def _bouw_model(cls: type[DossierGebeurtenis]) -> type[BaseModel]:
    hints = typing.get_type_hints(cls, include_extras=True)
    velden: dict[str, Any] = {
        "type": (Literal[cls.__name__], ...),
        "datum": (IsoDatum, ...),
        "door": (_Door | None, None),
        "toelichting": (str | None, None),
    }
    for naam in eigen_velden(cls):
        hint = hints[naam]
        velden[naam] = (_invoertype(hint), None if _is_optioneel(hint) else ...)
    if cls is RegistratieGecorrigeerd:
        # The contract puts corrected fields at the top level; ``velden`` may be left out.
        velden["velden"] = (dict[str, Any], {})
    extra: Literal["allow", "forbid"] = "allow" if cls is RegistratieGecorrigeerd else "forbid"
    config = ConfigDict(extra=extra, strict=True, frozen=True)
    model: type[BaseModel] = create_model(cls.__name__, __config__=config, **velden)
    return model


class _Invoermodellen(Mapping[str, type[BaseModel]]):
    """The validating model of each type, built on first use.

    Building all 31 models costs about as much as starting the interpreter; a command that
    reads one dossier file needs only the few types in it.
    """

    def __init__(self) -> None:
        self._gebouwd: dict[str, type[BaseModel]] = {}

    def __getitem__(self, type_naam: str) -> type[BaseModel]:
        model = self._gebouwd.get(type_naam)
        if model is None:
            model = self._gebouwd[type_naam] = _bouw_model(ALLE_TYPES[type_naam])
        return model

    def __contains__(self, type_naam: object) -> bool:
        return type_naam in ALLE_TYPES

    def __iter__(self) -> Iterator[str]:
        return iter(ALLE_TYPES)

    def __len__(self) -> int:
        return len(ALLE_TYPES)


INVOERMODELLEN: Mapping[str, type[BaseModel]] = _Invoermodellen()
"""Type name -> the strict pydantic model that validates a line of that type."""


@dataclass(frozen=True, slots=True)
class Invoer:
    """A validated fact, ready to be recorded: the type's own fields in ``velden``."""

    type_naam: str
    datum: date
    door: Actor | None
    toelichting: str | None
    velden: dict[str, Any]
    lijn: int | None = None
    """The physical line of the file the fact was read from (counted from 1, blank lines
    included), so a refusal can name it; None for a fact that did not come from a file."""

    @property
    def soort(self) -> type[DossierGebeurtenis]:
        """The event class this input becomes."""
        return ALLE_TYPES[self.type_naam]


# Range errors of fields whose refusal has its own rule in contract section 4.
_FOUT_PER_VELD: dict[tuple[str, str], type[GeweigerdError]] = {
    (LoonsanctieOpgelegd.__name__, "weken"): LoonsanctieWekenError,
}

_REDENEN = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekend veld voor dit type",
    "bool_type": "verwacht true of false",
    "int_type": "verwacht een geheel getal",
    "string_type": "verwacht tekst",
    "dict_type": "verwacht een object",
    "model_type": "verwacht een object",
    "literal_error": "ongeldige waarde",
    "less_than_equal": "waarde te groot",
    "greater_than_equal": "waarde te klein",
    "greater_than": "waarde te klein",
    "string_pattern_mismatch": "mag niet leeg zijn",
    "string_too_long": "tekst te lang",
}


def _vertaal(fout: ValidationError, type_naam: str) -> GeweigerdError:
    eerste = fout.errors(include_url=False)[0]
    veld = ".".join(str(deel) for deel in eerste["loc"]) or None
    soort = eerste["type"]
    reden = _REDENEN.get(soort, eerste["msg"])
    if soort == "value_error":
        reden = str(eerste["ctx"]["error"]) if "ctx" in eerste else eerste["msg"]
    elif soort == "literal_error":
        reden = f"ongeldige waarde {eerste['input']!r}; {eerste['msg'].lower()}"
    elif soort in {"less_than_equal", "greater_than_equal", "greater_than"}:
        reden = f"{reden}: {eerste['input']!r} ({eerste['msg'].lower()})"
    elif soort == "extra_forbidden":
        # the heading of the type in the generated field reference (adapters/levend/formaat.py)
        reden = f"{reden}; de velden van {type_naam}: docs/uitwisselformaat.md#{type_naam.lower()}"
    elif soort != "missing" and "input" in eerste:
        reden = f"{reden}, kreeg {eerste['input']!r}"
    klasse: type[GeweigerdError] = OngeldigVeldError
    if soort in {"less_than_equal", "greater_than_equal", "greater_than", "less_than"}:
        eigen_veld = str(eerste["loc"][0]) if eerste["loc"] else ""
        klasse = _FOUT_PER_VELD.get((type_naam, eigen_veld), OngeldigVeldError)
    meer = len(fout.errors()) - 1
    if meer:
        reden += f" (en nog {meer} andere fout{'en' if meer > 1 else ''})"
    return klasse(reden, veld=veld, type_naam=type_naam)


def valideer(gegevens: dict[str, Any]) -> Invoer:
    """Validate one fact in exchange-format form (a JSON object as a dict).

    Raises a :class:`GeweigerdError` subclass naming the field and the reason.
    """
    type_naam = gegevens.get("type")
    if not isinstance(type_naam, str) or type_naam not in INVOERMODELLEN:
        if type_naam is None:
            raise OnbekendTypeError("verplicht veld 'type' ontbreekt", veld="type")
        raise OnbekendTypeError(
            f"onbekend type {type_naam!r}; de toegestane types noemt `spoorwijzer types` "
            "(en docs/uitwisselformaat.md#veldreferentie-per-type)",
            veld="type",
        )
    try:
        model = INVOERMODELLEN[type_naam].model_validate(gegevens)
    except ValidationError as fout:
        raise _vertaal(fout, type_naam) from None
    waarden = model.__dict__
    door = waarden["door"]
    velden = {naam: waarden[naam] for naam in eigen_velden(ALLE_TYPES[type_naam])}
    if type_naam == RegistratieGecorrigeerd.__name__:
        extra = dict(model.model_extra or {})
        velden["velden"] = {**extra, **velden["velden"]}
        if not velden["velden"]:
            raise OngeldigVeldError(
                "een correctie noemt minstens een gecorrigeerd veld",
                veld="velden",
                type_naam=type_naam,
            )
    return Invoer(
        type_naam=type_naam,
        datum=waarden["datum"],
        door=Actor(rol=door.rol, naam=door.naam) if door is not None else None,
        toelichting=waarden["toelichting"],
        velden=velden,
    )


def veldtypen(type_naam: str) -> dict[str, Any]:
    """The input annotation of every field a type accepts (for CLI coercion and docs)."""
    model = INVOERMODELLEN[type_naam]
    return {naam: info.annotation for naam, info in model.model_fields.items()}


def _is_tekst(annotatie: Any) -> bool:
    """Whether a field takes text (``str``, possibly constrained or optional)."""
    origin = get_origin(annotatie)
    if origin is Annotated:
        return _is_tekst(get_args(annotatie)[0])
    if origin in (Union, types.UnionType):
        return any(_is_tekst(a) for a in get_args(annotatie) if a is not type(None))
    return annotatie is str


_JA = {"ja": True, "true": True, "nee": False, "false": False}


def tekstwaarde(type_naam: str, veld: str, tekst: str, doeltype: str | None = None) -> Any:
    """A field value typed by a person (CLI ``--veld``, a Gherkin table) in exchange form.

    Text fields stay as given; ``ja``/``nee`` (or ``true``/``false``) become booleans;
    anything else is read as JSON when it parses (numbers, objects), else left as text
    for validation to judge.  Dates stay strings: validation parses them.  A corrected
    field at the top level of a ``RegistratieGecorrigeerd`` is typed as a field of
    ``doeltype``, the type of the corrected recording.
    """
    if (
        type_naam == RegistratieGecorrigeerd.__name__
        and doeltype is not None
        and veld not in INVOERMODELLEN[type_naam].model_fields
    ):
        return tekstwaarde(doeltype, veld, tekst)
    annotatie = veldtypen(type_naam).get(veld) if type_naam in INVOERMODELLEN else None
    if annotatie is None or _is_tekst(annotatie):
        return tekst
    if tekst.strip().lower() in _JA:
        return _JA[tekst.strip().lower()]
    try:
        return json.loads(tekst)
    except json.JSONDecodeError:
        return tekst


def verplichte_velden(type_naam: str) -> tuple[str, ...]:
    """The type's own required fields."""
    model = INVOERMODELLEN[type_naam]
    return tuple(
        naam
        for naam in eigen_velden(ALLE_TYPES[type_naam])
        if model.model_fields[naam].is_required()
    )


__all__ = ["ALGEMENE_VELDEN", "INVOERMODELLEN", "Invoer", "tekstwaarde", "valideer", "veldtypen"]
