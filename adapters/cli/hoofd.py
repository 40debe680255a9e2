"""The root of the ``spoorwijzer`` command line: its options and every command group by name.

Each command group lives in its own module and owns its Typer app; the root names them in
:data:`COMMANDOS` and imports a module only when one of its commands runs, so ``spoorwijzer
termijnen`` does not load the HTTP server, ``spoorwijzer serve`` does not load the simulation
(simpy, numpy, matplotlib), and ``spoorwijzer --help`` loads neither.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
import typer._click as click  # typer 0.29 carries its own copy of click
from typer.core import TyperGroup

from adapters.cli.gemeen import cli


@dataclass(frozen=True, slots=True)
class Commando:
    """Where a command lives and what ``--help`` says of it before it is loaded."""

    module: str
    hulp: str
    groep: bool = False
    """A group (``spoorwijzer dossier toon``) rather than a command (``spoorwijzer signalen``)."""


COMMANDOS: dict[str, Commando] = {
    "termijnen": Commando(
        "adapters.cli.feiten",
        "Compute the obligations of a dossier file as of a peildatum (no store needed).",
    ),
    "registreer": Commando(
        "adapters.cli.feiten",
        "Record one fact in a stored dossier, as the role given with --rol (or SPOORWIJZER_ROL).",
    ),
    "dossier": Commando(
        "adapters.cli.dossier", "Import, export, list, show and check dossiers.", groep=True
    ),
    "signalen": Commando(
        "adapters.cli.signalen",
        "Across all dossiers: obligations overdue or due within N days, most urgent first.",
    ),
    "types": Commando(
        "adapters.cli.naslag", "List the event types of the exchange format with their fields."
    ),
    "regels": Commando(
        "adapters.cli.naslag", "List the deadline rules with their legal source and versions."
    ),
    "toegang": Commando(
        "adapters.cli.toegangslog",
        "Show who read a dossier, when, how, why and with what result (NEN 7513 access log).",
    ),
    "verifieer": Commando(
        "adapters.cli.bundel",
        "Check a signed export bundle offline: signature, hash chain, count and head hash.",
    ),
    "sleutel": Commando("adapters.cli.bundel", "Signing keys for export bundles.", groep=True),
    "demo": Commando("adapters.cli.beheer", "The demo dossiers used by 'make run'.", groep=True),
    "db": Commando(
        "adapters.cli.beheer",
        "Database administration (run once per database, before the service and workers).",
        groep=True,
    ),
    "token": Commando("adapters.cli.beheer", "API tokens (stored hashed).", groep=True),
    "serve": Commando(
        "adapters.cli.service",
        "Serve the HTTP API on the configured store (OpenAPI docs at /docs).",
    ),
    "projecties": Commando(
        "adapters.cli.service",
        "The live signalen projection (PostgreSQL only; SQLite computes the signalen on demand).",
        groep=True,
    ),
    "simuleer": Commando(
        "adapters.cli.simuleer",
        "Simuleer cohorten van zieke werknemers onder wat-als-scenario's (TOML-bestanden).",
        groep=True,
    ),
}
"""Every command and group of the root, in the order ``--help`` lists them."""


def laad(naam: str) -> click.Command:
    """The click command ``naam`` from its module (importing the module now)."""
    commando = COMMANDOS[naam]
    module = importlib.import_module(commando.module)
    app: typer.Typer = getattr(module, f"{naam}_app" if commando.groep else "app")
    if commando.groep:
        groep = typer.main.get_group(app)
        groep.name = naam
        return groep
    gemaakt = typer.main.get_command(app)
    if isinstance(gemaakt, TyperGroup):
        gevonden = gemaakt.commands.get(naam)
        if gevonden is None:
            msg = f"{commando.module} heeft geen commando {naam!r}"
            raise LookupError(msg)
        return gevonden
    gemaakt.name = naam
    return gemaakt


class LuiGroep(TyperGroup):
    """The root group: commands are loaded from their module when they run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, the loaded ones and those not loaded yet."""
        return list(COMMANDOS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, loaded on first use."""
        if cmd_name not in COMMANDOS:
            return None
        if cmd_name not in self.commands:
            self.commands[cmd_name] = laad(cmd_name)
        return self.commands[cmd_name]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help``, without loading any command."""
        rijen = [(naam, commando.hulp) for naam, commando in COMMANDOS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rijen)


app: typer.Typer = typer.Typer(
    name="spoorwijzer",
    cls=LuiGroep,
    help=(
        "Spoorwijzer: verzuimdossiers onder de Wet verbetering poortwachter, "
        "met uitlegbare termijnen.\n\n"
        "Storage: SPOORWIJZER_OPSLAG=sqlite|geheugen|postgres, SPOORWIJZER_DB=<file> "
        "(default var/spoorwijzer.db), SPOORWIJZER_DATABASE_URL for PostgreSQL.  "
        "Who acts: --rol (or SPOORWIJZER_ROL; default beheerder), SPOORWIJZER_GEBRUIKER, "
        "--werkgever (or SPOORWIJZER_WERKGEVER; default every employer).\n\n"
        "Exit codes: 0 ok, 1 refused input, 2 wrong usage, 3 not found, 4 configuration "
        "(also a store that does not exist or cannot be used), 5 not allowed for this role, "
        "6 serve: port in use."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback()
def _hoofd(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite file to use (overrides SPOORWIJZER_DB)."),
    ] = None,
    rol: Annotated[
        str | None,
        typer.Option(
            "--rol",
            help="Act in this role (werkgever, casemanager, bedrijfsarts, ..., auditor, "
            "beheerder); default SPOORWIJZER_ROL or beheerder.",
        ),
    ] = None,
    werkgever: Annotated[
        list[str] | None,
        typer.Option(
            "--werkgever",
            help="Limit what you see and do to this employer's dossiers (repeat for more); "
            "default SPOORWIJZER_WERKGEVER or every employer.",
        ),
    ] = None,
) -> None:
    staat = cli(ctx)
    staat.db = db if db is not None else staat.db
    staat.rol = rol if rol is not None else staat.rol
    staat.werkgevers = tuple(werkgever) if werkgever else staat.werkgevers


__all__ = ["COMMANDOS", "Commando", "LuiGroep", "app", "laad"]
