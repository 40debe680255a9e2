"""Reading the documents in ``docs/`` and describing the code the way they do.

The documents mark the parts a test checks with HTML comments, invisible when rendered:
``<!-- naam -->`` ... ``<!-- /naam -->``.  The field table of ``docs/uitwisselformaat.md`` is
compared with :func:`veldrijen`, which derives every row from the event classes and the input
models; when they differ, :func:`veldtabel` prints the table the code implies, ready to paste.
"""

from __future__ import annotations

import re
import types
import typing
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from domain.gebeurtenissen import ALLE_TYPES, eigen_velden
from domain.invoer import verplichte_velden

DOCS = Path(__file__).resolve().parents[2] / "docs"

GEEN_VELDEN = "—"
"""The field cell of a type that has no fields of its own."""


def lees(naam: str) -> str:
    """A document in ``docs/``."""
    return (DOCS / naam).read_text(encoding="utf-8")


def blok(tekst: str, naam: str) -> str:
    """The text between ``<!-- naam -->`` and ``<!-- /naam -->`` (exactly one such block)."""
    gevonden = re.findall(
        rf"<!-- {re.escape(naam)} -->\n(.*?)<!-- /{re.escape(naam)} -->", tekst, re.DOTALL
    )
    assert len(gevonden) == 1, f"verwacht precies een blok <!-- {naam} --> ... <!-- /{naam} -->"
    return str(gevonden[0])


def codes(tekst: str) -> set[str]:
    """Every `code` span of a text."""
    return set(re.findall(r"`([^`\n]+)`", tekst))


def tabelrijen(tekst: str) -> list[list[str]]:
    """The body rows of the Markdown tables in a text, cells stripped (header and rule skipped)."""
    rijen: list[list[str]] = []
    vorige_was_tabel = False
    for regel in tekst.splitlines():
        regel = regel.strip()
        if not regel.startswith("|"):
            vorige_was_tabel = False
            continue
        cellen = [c.strip() for c in re.split(r"(?<!\\)\|", regel.strip("|"))]
        if not vorige_was_tabel:
            vorige_was_tabel = True  # the header row
            continue
        if all(re.fullmatch(r":?-+:?", c) for c in cellen):
            continue
        rijen.append(cellen)
    return rijen


def _ontleed(hint: Any) -> tuple[Any, dict[str, Any]]:
    """The base type of an annotation and its constraints (``Optional`` and ``Annotated`` off)."""
    grenzen: dict[str, Any] = {}
    while True:
        origin = get_origin(hint)
        if origin is Annotated:
            basis, *meta = get_args(hint)
            for m in meta:
                for deel in (m, *getattr(m, "metadata", ())):
                    for sleutel in ("gt", "ge", "le", "max_length", "pattern"):
                        waarde = getattr(deel, sleutel, None)
                        if waarde is not None:
                            grenzen[sleutel] = waarde
            hint = basis
        elif origin in (Union, types.UnionType):
            hint = next(a for a in get_args(hint) if a is not type(None))
        else:
            return hint, grenzen


def _getal(waarde: Any) -> str:
    return f"{waarde:,}"


def beschrijf(hint: Any) -> str:
    """How ``docs/uitwisselformaat.md`` writes the JSON value a field takes."""
    basis, grenzen = _ontleed(hint)
    if get_origin(basis) is Literal:
        return "one of " + ", ".join(f"`{w}`" for w in get_args(basis))
    if basis is date:
        return "date"
    if basis is bool:
        return "boolean"
    if basis is str:
        delen = ["text"]
        if "pattern" in grenzen:
            delen.append("not blank")
        if "max_length" in grenzen:
            delen.append(f"at most {_getal(grenzen['max_length'])} characters")
        return ", ".join(delen)
    if basis in (int, Decimal):
        soort = "integer" if basis is int else "number"
        if "ge" in grenzen and "le" in grenzen:
            return f"{soort} from {_getal(grenzen['ge'])} to {_getal(grenzen['le'])}"
        bereik = [
            f"{teken} {_getal(grenzen[sleutel])}"
            for sleutel, teken in (("gt", ">"), ("ge", "≥"), ("le", "≤"))
            if sleutel in grenzen
        ]
        return f"{soort} {' and '.join(bereik)}" if bereik else soort
    if get_origin(basis) is dict or basis is dict:
        return "object"
    msg = f"geen beschrijving voor {hint!r}: breid tests/docs/markdown.py uit"
    raise AssertionError(msg)


def veldrijen() -> list[tuple[str, str, str, str]]:
    """(type, field, required or optional, value) for every type's own fields, from the code."""
    rijen = []
    for naam, cls in ALLE_TYPES.items():
        velden = eigen_velden(cls)
        if not velden:
            rijen.append((naam, GEEN_VELDEN, "", ""))
            continue
        hints = typing.get_type_hints(cls, include_extras=True)
        verplicht = set(verplichte_velden(naam))
        for veld in velden:
            nodig = "required" if veld in verplicht else "optional"
            rijen.append((naam, veld, nodig, beschrijf(hints[veld])))
    return rijen


def veldtabel(rijen: list[tuple[str, str, str, str]]) -> str:
    """The field table as Markdown, the type named on its first row only."""
    regels = ["| type | field | | value |", "|---|---|---|---|"]
    vorige = None
    for type_naam, veld, nodig, waarde in rijen:
        type_cel = f"`{type_naam}`" if type_naam != vorige else ""
        veld_cel = veld if veld == GEEN_VELDEN else f"`{veld}`"
        regels.append(f"| {type_cel} | {veld_cel} | {nodig} | {waarde} |".replace("  ", " "))
        vorige = type_naam
    return "\n".join(regels)


def veldrijen_in(tekst: str) -> list[tuple[str, str, str, str]]:
    """The rows of a field table as written, the type carried down to rows that leave it empty."""
    rijen = []
    type_naam = ""
    for cellen in tabelrijen(tekst):
        type_cel, veld, nodig, waarde = [*cellen, "", "", "", ""][:4]
        if type_cel:
            type_naam = type_cel.strip("`")
        rijen.append((type_naam, veld.strip("`"), nodig, waarde))
    return rijen
