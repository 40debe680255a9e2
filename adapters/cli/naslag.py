"""``spoorwijzer types`` and ``spoorwijzer regels``: the vocabulary and the rules, to look up.

``types`` describes the exchange format with the same machinery that generates the field
reference of ``docs/uitwisselformaat.md`` (:mod:`adapters.levend.formaat`), so the command and
the document say the same.
"""

from __future__ import annotations

import typing
from typing import Annotated

import typer
from rich.table import Table

from adapters.cli import gemeen
from adapters.cli.gemeen import ALS_JSON, uit
from adapters.levend.formaat import (
    DOCUMENT,
    KOPANKER_REFERENTIE,
    Typebeschrijving,
    alle_typen,
    bedoeld_type,
    beschrijf_type,
    zoek_type,
)
from domain.regels import REGELS
from domain.waarden import Rol

app: typer.Typer = typer.Typer()

FOUT_GEBRUIK = 2


def _velden_kort(t: Typebeschrijving) -> str:
    verplicht = [v.naam for v in t.velden if v.verplicht]
    optioneel = [v.naam for v in t.velden if not v.verplicht]
    delen = [", ".join(verplicht)] if verplicht else []
    if optioneel:
        delen.append("optioneel: " + ", ".join(optioneel))
    return "; ".join(delen) or "-"


def _overzicht(als_json: bool) -> None:
    typen = alle_typen()
    if als_json:
        gemeen.schrijf_json([t.als_json() for t in typen])
        return
    tabel = Table(title=f"Types van het uitwisselformaat ({DOCUMENT}#{KOPANKER_REFERENTIE})")
    for kop in ("type", "in woorden", "omschrijving", "eigen velden"):
        tabel.add_column(kop)
    for t in typen:
        tabel.add_row(t.naam, t.woorden, t.omschrijving, _velden_kort(t))
    uit.print(tabel)
    uit.print(
        "Elk type heeft ook datum (verplicht), door en toelichting. "
        "Alles over een type: spoorwijzer types TYPE",
        markup=False,
    )


def _een_type(t: Typebeschrijving) -> None:
    uit.print(f"{t.naam} ({t.woorden})", markup=False, style="bold")
    uit.print(t.omschrijving, markup=False)
    rollen = t.rollen_toelichting or (", ".join(t.rollen) if t.rollen else "niemand als los feit")
    uit.print(f"Vastleggen mag: {rollen}", markup=False)
    tabel = Table()
    for kop in ("veld", "verplicht", "waarde", "toegestane waarden", "omschrijving"):
        tabel.add_column(kop)
    tabel.add_row("datum", "ja", "datum (JJJJ-MM-DD)", "", "wanneer het in de zaak gebeurde")
    for v in t.velden:
        tabel.add_row(
            v.naam,
            "ja" if v.verplicht else "nee",
            v.soort,
            ", ".join(v.toegestaan),
            v.omschrijving,
        )
    rollen_door = ", ".join(typing.get_args(Rol))
    tabel.add_row("door", "nee", "object {rol, naam}", f"rol: {rollen_door}", "wie het deed")
    tabel.add_row("toelichting", "nee", "tekst", "", "vrije toelichting")
    uit.print(tabel)
    uit.print("Voorbeeld:", markup=False)
    uit.print(t.voorbeeldregel(), markup=False, soft_wrap=True, highlight=False)
    uit.print(f"Meer: {DOCUMENT}#{t.kopanker}", markup=False)


@app.command()
def types(
    type_naam: Annotated[
        str | None,
        typer.Argument(
            metavar="TYPE",
            help="Een type om volledig te tonen (hoofdletters tellen niet), "
            "bijv. ziekmeldingontvangen.",
        ),
    ] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """List the event types of the exchange format with their fields.

    With TYPE (any case, also as words): that type in full, with every field, its value and
    allowed values, who may record it and an example line.
    """
    if type_naam is None:
        _overzicht(als_json)
        return
    naam = zoek_type(type_naam)
    if naam is None:
        bedoeld = bedoeld_type(type_naam)
        hint = f"; bedoelde u {bedoeld}?" if bedoeld else ""
        getoond = type_naam if len(type_naam) <= 80 else type_naam[:80] + "..."
        gemeen.stop(
            FOUT_GEBRUIK,
            f"onbekend type {getoond!r}{hint}\nAlle types: spoorwijzer types "
            f"(en {DOCUMENT}#{KOPANKER_REFERENTIE})",
        )
    t = beschrijf_type(naam)
    if als_json:
        gemeen.schrijf_json(t.als_json())
        return
    _een_type(t)


@app.command()
def regels() -> None:
    """List the deadline rules with their legal source and versions."""
    tabel = Table(title="Termijnregels (docs/regels.md)")
    for kop in ("regel", "termijn", "bron", "versies"):
        tabel.add_column(kop)
    for r in REGELS.values():
        tabel.add_row(
            r.naam, r.termijn, f"{r.bron.artikel}\n{r.bron.url}", ", ".join(v.id for v in r.versies)
        )
    uit.print(tabel)
