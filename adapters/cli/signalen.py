"""``spoorwijzer signalen``: obligations overdue or due soon, across the dossiers you may see."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from adapters.cli import gemeen
from adapters.cli.gemeen import ALS_JSON, DOEL, KLEUR, PEILDATUM, uit
from adapters.weergave import signaal_json

app: typer.Typer = typer.Typer()


@app.command()
def signalen(
    ctx: typer.Context,
    peildatum: Annotated[str | None, PEILDATUM] = None,
    binnen: Annotated[
        int,
        typer.Option("--binnen", min=0, help="Also show obligations due within this many days."),
    ] = 14,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Across all dossiers: obligations overdue or due within N days, most urgent first.

    Only the dossiers in your scope (--werkgever); each one shown is recorded in the access
    log.  On PostgreSQL the answer comes from the live projection (caught up first); elsewhere
    it is computed from the read model.
    """
    peil = gemeen.datum(peildatum, "--peildatum")
    wie = gemeen.gebruiker(ctx, doel=doel)
    with gemeen.fouten():
        pagina = gemeen.dienst(ctx).signalen(wie, peildatum=peil, binnen_dagen=binnen)
    if als_json:
        gemeen.schrijf_json([signaal_json(s) for s in pagina.signalen])
        return
    peil = pagina.peildatum
    tabel = Table(title=f"Signalen op {peil.isoformat()} (verlopen of binnen {binnen} dagen)")
    for kop in ("uiterste datum", "dagen", "status", "regel"):
        tabel.add_column(kop, no_wrap=True)
    tabel.add_column("werknemer")
    tabel.add_column("werkgever")
    tabel.add_column("dossier", no_wrap=True)
    for s in pagina.signalen:
        v = s.verplichting
        tabel.add_row(
            v.uiterste_datum.isoformat(),
            str((v.uiterste_datum - peil).days),
            f"[{KLEUR[v.status]}]{v.status}[/]",
            v.regel,
            Text(s.werknemer),
            Text(s.werkgever),
            s.dossier_id.hex[:8],
        )
    uit.print(tabel)
    if not pagina.signalen:
        uit.print("Geen verlopen of binnenkort verlopende verplichtingen.")
