"""``spoorwijzer types`` and ``spoorwijzer regels``: the vocabulary and the rules, to look up."""

from __future__ import annotations

import typer
from rich.table import Table

from adapters.cli.gemeen import uit
from domain.gebeurtenissen import ALLE_TYPES, eigen_velden
from domain.invoer import verplichte_velden
from domain.regels import REGELS

app: typer.Typer = typer.Typer()


@app.command()
def types() -> None:
    """List the event types of the exchange format with their fields."""
    tabel = Table(title="Types van het uitwisselformaat (docs/uitwisselformaat.md)")
    for kop in ("type", "verplicht", "optioneel"):
        tabel.add_column(kop)
    for naam, cls in ALLE_TYPES.items():
        verplicht = verplichte_velden(naam)
        optioneel = [v for v in eigen_velden(cls) if v not in verplicht]
        tabel.add_row(
            naam, ", ".join(("datum", *verplicht)), ", ".join(("door", "toelichting", *optioneel))
        )
    uit.print(tabel)


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
