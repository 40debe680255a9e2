"""``spoorwijzer dossier rapport``: write the dossier report for people as one HTML file.

Importing this module registers the command on :data:`adapters.cli.dossier_app`;
``adapters/cli.py`` imports it at its bottom.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from adapters import cli
from adapters.klok import SysteemKlok
from adapters.rapport.dossierrapport import maak_rapport


@cli.dossier_app.command("rapport")
def rapport(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
    naar: Annotated[
        Path,
        typer.Option("--naar", help="The HTML file to write (overwritten if it exists)."),
    ],
    peildatum: Annotated[str | None, cli.PEILDATUM] = None,
    doel: Annotated[str | None, cli.DOEL] = None,
) -> None:
    """Write a dossier report for people: timeline, obligations and full history (HTML).

    The read is recorded in the access log (action ``rapporteren``) before anything is written.
    """
    peil = cli._datum(peildatum, "--peildatum")
    dossiers = cli._dossiers()
    with cli._fouten():
        dossier = dossiers.dossier(dossiers.zoek_id(dossier_id))
    cli.log_lezing(dossiers, dossier, "rapporteren", doel)
    pagina = maak_rapport(dossier, peil, gemaakt_op=SysteemKlok().nu())
    try:
        naar.write_text(pagina, encoding="utf-8")
    except OSError as fout:
        cli.fout_uit.print(f"--naar: kan {naar} niet schrijven ({fout.strerror})", markup=False)
        raise typer.Exit(2) from None
    cli.uit.print(str(naar), markup=False)
