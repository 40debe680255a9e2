"""Reading the documents in ``docs/``: marked blocks, tables and code spans.

The documents mark the parts a test checks with HTML comments, invisible when rendered:
``<!-- naam -->`` ... ``<!-- /naam -->``.  The field reference of ``docs/uitwisselformaat.md``
is not checked here but generated (:mod:`adapters.levend.formaat`).
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


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
