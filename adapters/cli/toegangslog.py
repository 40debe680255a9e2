"""``spoorwijzer toegang ID``: the access log of a dossier (NEN 7513).

Consulting the access log is itself an access: it is recorded (action ``audit``, purpose
``audit`` unless ``--doel`` says otherwise) before the list is shown, and the list includes it.
Who may consult it: the werkgever, the werknemer (their own dossier), the auditor and the
beheerder (:data:`domain.bevoegdheden.TOEGANGSLOG_LEZERS`).
"""

from __future__ import annotations

from datetime import UTC
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from adapters.cli import gemeen
from adapters.cli.gemeen import ALS_JSON, DOSSIER_ID, uit

AUDIT_DOEL = "audit"

app: typer.Typer = typer.Typer()


@app.command("toegang")
def toegang(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    als_json: Annotated[bool, ALS_JSON] = False,
    doel: Annotated[
        str | None,
        typer.Option(
            "--doel",
            help=f"Purpose of consulting the access log (default {AUDIT_DOEL}).",
        ),
    ] = None,
) -> None:
    """Show who read a dossier, when, how, why and with what result (NEN 7513 access log).

    Consulting the access log is itself recorded, as action 'audit'; the list includes it.
    """
    wie = gemeen.gebruiker(ctx, doel=AUDIT_DOEL if doel is None else doel)
    dienst = gemeen.dienst(ctx)
    with gemeen.fouten():
        gevonden, regels = dienst.toegangslog_van(wie, dienst.zoek(wie, dossier_id))
    if als_json:
        gemeen.schrijf_json([r.als_json() for r in regels])
        return
    tabel = Table(
        title=f"Toegangslog van dossier {gevonden.id} ({gevonden.werknemer}): {len(regels)} regels"
    )
    for kop in ("tijdstip (UTC)", "actie", "gebruiker", "rol", "namens", "doel", "resultaat"):
        tabel.add_column(kop, no_wrap=True)
    tabel.add_column("bron")
    tabel.add_column("toelichting")
    for r in regels:
        # Text cells: what users typed (a purpose, a note) is never read as rich markup.
        tabel.add_row(
            *(
                Text(waarde)
                for waarde in (
                    r.tijdstip.astimezone(UTC).isoformat(timespec="seconds"),
                    r.actie,
                    r.gebruiker,
                    r.rol or "",
                    r.namens or "",
                    r.doel,
                    r.resultaat,
                    f"{r.bron} ({r.toepassing})",
                    r.toelichting or "",
                )
            ),
            style="red" if r.resultaat == "geweigerd" else None,
        )
    uit.print(tabel)
