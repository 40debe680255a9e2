"""Administration: ``spoorwijzer db init``, ``demo laad`` and ``token maak``."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from adapters.cli import gemeen
from adapters.cli.gemeen import fout_uit, uit

db_app: typer.Typer = typer.Typer(
    help="Database administration (run once per database, before the service and workers).",
    no_args_is_help=True,
)
demo_app: typer.Typer = typer.Typer(
    help="The demo dossiers used by 'make run'.", no_args_is_help=True
)
token_app: typer.Typer = typer.Typer(help="API tokens (stored hashed).", no_args_is_help=True)

STANDAARD_TOKENS = Path("var/tokens.toml")


@db_app.command("init")
def db_init(ctx: typer.Context) -> None:
    """Create the event, read-model, medical, access-log and projection tables once.

    Then run the service and workers with CREATE_TABLE=n.

    Starting many processes that each create tables races on the database catalogue; creating
    them in one step first, and starting the service and workers with CREATE_TABLE=n, does not.
    With SQLite this creates the file (and its folder) when it does not exist yet.
    """
    from adapters.bootstrap import maak_schema

    instellingen = gemeen.instellingen(ctx)
    with gemeen.fouten():
        maak_schema(instellingen)
    uit.print(f"schema klaar in {instellingen.beschrijving()}", markup=False)


def laad_demo(ctx: typer.Context, vandaag: date | None) -> int | None:
    """Load the demo dossiers through the application layer unless the store holds dossiers.

    Returns how many were loaded, or None when the store was not empty.
    """
    from adapters import demo

    wie = gemeen.gebruiker(ctx)
    gemeen.cli(ctx).opslag_maken = True  # loading the demo creates the store it names
    dienst = gemeen.dienst(ctx)
    if dienst.lijst(wie):
        return None
    with gemeen.fouten(opslaan=True):
        return demo.laad(dienst, wie, dienst.peildatum(vandaag))


@demo_app.command("laad")
def demo_laad(
    ctx: typer.Context,
    vandaag: Annotated[
        str | None,
        typer.Option(
            "--vandaag",
            help="Shift the demo so this date is 'today' (default: today); its simulated "
            "history may not lie after now.",
        ),
    ] = None,
) -> None:
    """Load the demo dossiers into the store, unless it already holds dossiers.

    The demo files hold the facts of every party, so they are imported by the beheerder (the
    default role of the CLI). Each fact keeps a simulated recording moment shortly after its
    date and the party who would have recorded it; some are corrected or withdrawn later.
    """
    aantal = laad_demo(ctx, gemeen.datum(vandaag, "--vandaag"))
    if aantal is None:
        fout_uit.print("De opslag bevat al dossiers; demo niet opnieuw geladen.")
        return
    fout_uit.print(f"{aantal} demodossiers geladen in {gemeen.systeem(ctx).beschrijving()}.")


@token_app.command("maak")
def token_maak(
    rol: Annotated[str, typer.Option("--rol", help="The role of the token's holder.")],
    gebruiker: Annotated[
        str, typer.Option("--gebruiker", help="Name written to the access log and provenance.")
    ],
    werkgever: Annotated[
        list[str],
        typer.Option("--werkgever", help="Employer whose dossiers it may see (repeat; * = all)."),
    ],
    werknemer: Annotated[
        str | None,
        typer.Option("--werknemer", help="For rol werknemer: the werknemer it belongs to."),
    ] = None,
    bestand: Annotated[
        Path, typer.Option("--bestand", help="Token file to append to.")
    ] = STANDAARD_TOKENS,
) -> None:
    """Create a token: its hash goes into the token file, the token is printed once.

    Roles: werkgever, werknemer, bedrijfsarts, casemanager, arbeidsdeskundige,
    reintegratiebedrijf, uwv, auditor (reads only) and beheerder (imports whole files).
    """
    from adapters.api.tokens import ToegangsconfigError, voeg_token_toe

    try:
        token = voeg_token_toe(
            bestand, gebruiker=gebruiker, rol=rol, werkgevers=werkgever, werknemer=werknemer
        )
    except ToegangsconfigError as fout:
        gemeen.stop(4, f"configuratie: {fout}; het bestand is niet gewijzigd")
    fout_uit.print(f"token voor {gebruiker} ({rol}) toegevoegd aan {bestand}:", markup=False)
    print(token)
