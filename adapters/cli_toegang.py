"""``spoorwijzer toegang ID``: the access log of a dossier, and the helper every read logs with.

Importing this module registers the ``toegang`` command on `adapters.cli.app`.
Every CLI command that shows or exports a dossier calls `log_lezing` before it
writes any dossier data, so a read that cannot be logged shows nothing.

Who reads comes from the environment: ``SPOORWIJZER_GEBRUIKER`` (default: the
operating-system user), ``SPOORWIJZER_ROL`` and ``SPOORWIJZER_NAMENS``
(optional).  Why comes from the command's ``--doel`` option, else
``SPOORWIJZER_DOEL``, else ``re-integratiebegeleiding``.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from datetime import UTC
from typing import Annotated, cast
from uuid import UUID

import typer
from rich.table import Table
from rich.text import Text

from adapters import cli
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.toegangslog import ACTIES, STANDAARD_DOEL, Actie, toegangslog_voor

DOEL = typer.Option(
    "--doel",
    help=(
        "Purpose of this access, recorded in the access log (NEN 7513); default "
        f"SPOORWIJZER_DOEL or {STANDAARD_DOEL}."
    ),
)
AUDIT_DOEL = "audit"


def huidige_gebruiker() -> str:
    """Who is reading: ``SPOORWIJZER_GEBRUIKER``, else the operating-system user, else ``""``."""
    gebruiker = os.environ.get("SPOORWIJZER_GEBRUIKER", "").strip()
    if gebruiker:
        return gebruiker
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _optioneel(naam: str) -> str | None:
    return os.environ.get(naam, "").strip() or None


def kies_doel(doel: str | None) -> str:
    """The purpose: the ``--doel`` option if given, else ``SPOORWIJZER_DOEL``, else the default.

    An explicitly empty ``--doel ""`` stays empty, so the log refuses it.
    """
    if doel is not None:
        return doel
    return os.environ.get("SPOORWIJZER_DOEL", "").strip() or STANDAARD_DOEL


def log_lezing(
    dossiers: Dossierbestand,
    dossier_id: UUID,
    actie: Actie | str,
    doel: str | None,
    *,
    werknemer: str | None = None,
    toelichting: str | None = None,
) -> None:
    """Record in the access log that the CLI user read dossier ``dossier_id``.

    ``actie`` is one of `adapters.opslag.toegangslog.ACTIES` (an unknown one is a programming
    error).
    ``doel`` is the command's ``--doel`` value (``None``: the default).  Pass ``werknemer``
    when the dossier is at hand; otherwise it is looked up.  A refused entry (no user, empty
    purpose) or an unwritable log stops the command before anything is shown.
    """
    if actie not in ACTIES:
        msg = f"onbekende actie {actie!r} voor het toegangslog; kies uit {', '.join(ACTIES)}"
        raise ValueError(msg)
    gebruiker = huidige_gebruiker()
    if not gebruiker:
        cli._stop(4, "configuratie: onbekend wie leest; zet SPOORWIJZER_GEBRUIKER")
    with cli._fouten():
        if werknemer is None:
            werknemer = dossiers.dossier(dossier_id).werknemer
        toegangslog_voor(dossiers).leg_vast(
            actie=cast(Actie, actie),
            gebruiker=gebruiker,
            rol=_optioneel("SPOORWIJZER_ROL"),
            namens=_optioneel("SPOORWIJZER_NAMENS"),
            doel=kies_doel(doel),
            dossier_id=dossier_id,
            werknemer=werknemer,
            bron="cli",
            toelichting=toelichting,
        )


def _app() -> typer.Typer:
    """The ``spoorwijzer`` app; behind a typed function because adapters.cli imports us back.

    (Inside that import cycle a type checker cannot yet infer the type of ``cli.app``.)
    """
    return cli.app


@_app().command("toegang")
def toegang(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
    als_json: Annotated[bool, cli.ALS_JSON] = False,
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
    dossiers = cli._dossiers()
    with cli._fouten():
        gevonden = dossiers.dossier(dossiers.zoek_id(dossier_id))
    doel = AUDIT_DOEL if doel is None else doel
    log_lezing(dossiers, gevonden.id, "audit", doel, werknemer=gevonden.werknemer)
    with cli._fouten():
        regels = toegangslog_voor(dossiers).voor_dossier(gevonden.id)
    if als_json:
        sys.stdout.write(json.dumps([r.als_json() for r in regels], ensure_ascii=False) + "\n")
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
    cli.uit.print(tabel)
