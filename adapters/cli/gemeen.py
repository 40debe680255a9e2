"""What every command of the ``spoorwijzer`` CLI shares: who acts, the system, options, errors.

Exit codes: 0 success; 1 refused input (the message names line, field and rule; nothing is
stored); 2 wrong usage; 3 dossier not found; 4 configuration error (a wrong setting, a store
that does not exist or cannot be used, a database server that does not answer within its
connect timeout: one sentence naming what is wrong and what to do, never a traceback or a
password); 5 not allowed for this role or scope (the message names the rule; the refusal is in
the access log); 6 the address to serve on cannot be used (``serve``: the port is in use).
Messages go to standard error, results to standard output.

A store path that does not exist is an error (exit 4) for every command except those that
create stores: ``db init``, ``demo laad`` and ``serve --demo`` (which loads the demo).  They
set :attr:`Cli.opslag_maken` before asking for the system.

Who acts
--------
The CLI acts as a user like any other entry point (:class:`domain.bevoegdheden.Gebruiker`):

* name: ``SPOORWIJZER_GEBRUIKER``, else the operating-system user;
* role: ``spoorwijzer --rol ROL`` or ``SPOORWIJZER_ROL``, else ``beheerder`` (the operator at
  the console: may read every dossier and import whole files, records no single fact);
* scope: ``spoorwijzer --werkgever NAAM`` (repeatable) or ``SPOORWIJZER_WERKGEVER``, else every
  employer; a werknemer names themself with ``SPOORWIJZER_WERKNEMER``;
* on whose behalf: ``--namens`` or ``SPOORWIJZER_NAMENS``; purpose: ``--doel`` or
  ``SPOORWIJZER_DOEL``, else ``re-integratiebegeleiding``.

The system (store, access log, medical notes, application layer) comes from
:func:`adapters.bootstrap.bootstrap`, once per invocation; tests inject one through the Typer
context object (``CliRunner().invoke(app, args, obj=Cli(systeem=...))``).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from domain.fouten import (
    DossierNietGevondenError,
    GeweigerdError,
    NietBevoegdError,
    VersieConflictError,
)
from domain.toegangslog import STANDAARD_DOEL

if TYPE_CHECKING:
    from rich.console import Console

    from adapters.bootstrap import Projectie, Systeem
    from adapters.opslag.instellingen import Instellingen
    from domain.bevoegdheden import Gebruiker
    from domain.dienst import Dossierdienst
    from domain.poorten import Klok


def _breedte() -> int | None:
    """Rich assumes 80 columns when not on a terminal; tables then wrap badly in logs."""
    if sys.stdout.isatty():
        return None
    try:
        return max(80, int(os.environ.get("COLUMNS", "160")))
    except ValueError:
        return 160


if TYPE_CHECKING:
    uit: Console
    """Results (standard output)."""
    fout_uit: Console
    """Messages (standard error)."""


def __getattr__(naam: str) -> Console:
    """``uit`` and ``fout_uit``, made on first use (rich is not loaded by a ``--json`` answer)."""
    if naam not in ("uit", "fout_uit"):
        msg = f"module {__name__!r} has no attribute {naam!r}"
        raise AttributeError(msg)
    from rich.console import Console

    console = (
        Console(highlight=False, soft_wrap=True, width=_breedte())
        if naam == "uit"
        else Console(stderr=True, highlight=False, soft_wrap=True)
    )
    globals()[naam] = console
    return console


KLEUR = {
    "tijdig": "green",
    "te_laat": "yellow",
    "verlopen": "bold red",
    "open": "cyan",
    "niet_van_toepassing": "dim",
}

PEILDATUM = typer.Option("--peildatum", help="Reference date YYYY-MM-DD (default: today).")
ALS_JSON = typer.Option("--json", help="Machine-readable JSON on standard output.")
DOEL = typer.Option(
    "--doel",
    help="Why you read this dossier (logged, NEN 7513); default SPOORWIJZER_DOEL or "
    f"{STANDAARD_DOEL}.",
)
NAMENS = typer.Option(
    "--namens", help="Recorded on behalf of (e.g. the employer); default SPOORWIJZER_NAMENS."
)
ZOALS_BEKEND_OP = typer.Option(
    "--zoals-bekend-op",
    help=(
        "Show the dossier as it was known at this moment (recording time): YYYY-MM-DD "
        "(end of that day, Dutch time) or an ISO date-time."
    ),
)
DOSSIER_ID = typer.Argument(help="Dossier id (or a unique prefix of at least 4 characters).")


@dataclass
class Cli:
    """The context object of one invocation: the root options and the system, made once."""

    db: Path | None = None
    rol: str | None = None
    werkgevers: tuple[str, ...] = ()
    systeem: Systeem | None = None
    projectie: Projectie = "bijwerken"
    klok: Klok | None = None
    """The clock when no system is injected (tests); default the system clock."""
    opslag_maken: bool = False
    """This command creates stores (``db init``, ``demo laad``): a missing SQLite file is made."""


def cli(ctx: typer.Context) -> Cli:
    """The invocation's context object (made by the root callback)."""
    obj = ctx.find_root().obj
    if not isinstance(obj, Cli):
        obj = Cli()
        ctx.find_root().obj = obj
    return obj


def stop(code: int, bericht: str) -> NoReturn:
    """Print ``bericht`` on standard error and exit with ``code``."""
    __getattr__("fout_uit").print(bericht, markup=False)
    raise typer.Exit(code)


@contextmanager
def fouten(*, opslaan: bool = False) -> Iterator[None]:
    """Turn the application layer's refusals and the store's failures into messages and exit codes.

    ``opslaan``: the block could have stored something (registreer, importeer, demo laad,
    simuleer --bewaar); only then does a refusal say "er is niets opgeslagen".  A failure of
    the store itself (a driver or persistence error) exits 4 with one sentence, no traceback.
    """
    from adapters.opslag.instellingen import ConfiguratieError

    niets = "; er is niets opgeslagen" if opslaan else ""
    try:
        yield
    except GeweigerdError as fout:
        stop(1, f"geweigerd: {fout}{niets}")
    except VersieConflictError as fout:
        stop(1, f"conflict: {fout}")
    except DossierNietGevondenError as fout:
        stop(3, f"niet gevonden: {fout}")
    except ConfiguratieError as fout:
        stop(4, f"configuratie: {fout}")
    except NietBevoegdError as fout:
        tip = (
            "\n  u handelt in de rol die --rol of SPOORWIJZER_ROL noemt (anders beheerder); "
            "kies een rol die dit mag, bijvoorbeeld: spoorwijzer --rol casemanager ..."
            if fout.toets.startswith("bevoegd_") or fout.toets.startswith("medisch_")
            else ""
        )
        stop(5, f"niet toegestaan: {fout}{niets}{tip}")
    except Exception as fout:
        zin = _opslagfout(fout)
        if zin is None:
            raise
        stop(4, f"configuratie: {zin}{niets}")


def _opslagfout(fout: Exception) -> str | None:
    """The sentence for a failure of the store met while a command runs, else None."""
    from adapters.opslag.instellingen import ConfiguratieError, Instellingen, opslagfout

    staat = _huidige_staat()
    if staat is not None and staat.systeem is not None:
        gekozen = staat.systeem.instellingen
    elif staat is not None and staat.db is not None:
        gekozen = Instellingen(opslag="sqlite", sqlite_pad=staat.db)
    else:
        try:
            gekozen = Instellingen.uit_omgeving()
        except ConfiguratieError:
            gekozen = Instellingen(opslag="geheugen")
    zin = opslagfout(gekozen, fout)
    return None if zin is None else str(zin)


def _huidige_staat() -> Cli | None:
    """The context object of the running command, if any."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    obj = None if ctx is None else ctx.find_root().obj
    return obj if isinstance(obj, Cli) else None


def instellingen(ctx: typer.Context) -> Instellingen:
    """The store settings: ``--db FILE`` (SQLite), else the environment."""
    from adapters.opslag.instellingen import Instellingen

    staat = cli(ctx)
    if staat.systeem is not None:
        return staat.systeem.instellingen
    if staat.db is not None:
        return Instellingen(opslag="sqlite", sqlite_pad=staat.db)
    with fouten():
        return Instellingen.uit_omgeving()


def systeem(ctx: typer.Context) -> Systeem:
    """The system of this invocation.

    Injected by a test, or bootstrapped once and closed at the end of the command.  A store
    that does not exist is an error unless the command creates stores (:attr:`Cli.opslag_maken`).
    """
    staat = cli(ctx)
    if staat.systeem is None:
        from adapters.bootstrap import bootstrap

        gekozen = instellingen(ctx)
        with fouten():
            staat.systeem = bootstrap(
                gekozen,
                klok=staat.klok,
                projectie=staat.projectie,
                opslag_maken=staat.opslag_maken,
            )
        ctx.find_root().call_on_close(staat.systeem.close)
    return staat.systeem


def klok(ctx: typer.Context) -> Klok:
    """The clock of this invocation, without opening a store (for commands that need none)."""
    staat = cli(ctx)
    if staat.systeem is not None:
        return staat.systeem.klok
    if staat.klok is None:
        from adapters.klok import SysteemKlok

        staat.klok = SysteemKlok()
    return staat.klok


def dienst(ctx: typer.Context) -> Dossierdienst:
    """The application layer of this invocation."""
    return systeem(ctx).dienst


def _omgeving(naam: str) -> str | None:
    return os.environ.get(naam, "").strip() or None


def gebruikersnaam() -> str:
    """Who is at the keyboard: ``SPOORWIJZER_GEBRUIKER``, else the operating-system user."""
    naam = _omgeving("SPOORWIJZER_GEBRUIKER")
    if naam:
        return naam
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        stop(4, "configuratie: onbekend wie dit doet; zet SPOORWIJZER_GEBRUIKER")


def gebruiker(
    ctx: typer.Context, *, doel: str | None = None, namens: str | None = None
) -> Gebruiker:
    """The user this command acts as (see the module docstring)."""
    from domain.bevoegdheden import BEHEERDER, ROLLEN, Gebruiker

    staat = cli(ctx)
    rol = staat.rol or _omgeving("SPOORWIJZER_ROL") or BEHEERDER
    if rol not in ROLLEN:
        stop(4, f"configuratie: rol {rol!r} is onbekend; kies uit {', '.join(ROLLEN)}")
    werkgevers = staat.werkgevers or tuple(
        w for w in [_omgeving("SPOORWIJZER_WERKGEVER")] if w is not None
    )
    werknemer = _omgeving("SPOORWIJZER_WERKNEMER") if rol == "werknemer" else None
    if rol == "werknemer" and werknemer is None:
        stop(4, "configuratie: rol werknemer noemt de werknemer in SPOORWIJZER_WERKNEMER")
    try:
        return Gebruiker(
            naam=gebruikersnaam(),
            rol=rol,  # type: ignore[arg-type]
            ingang="cli",
            werkgevers=frozenset(werkgevers) if werkgevers else frozenset({"*"}),
            werknemer=werknemer,
            namens=namens or _omgeving("SPOORWIJZER_NAMENS"),
            doel=doel if doel is not None else (_omgeving("SPOORWIJZER_DOEL") or STANDAARD_DOEL),
        )
    except ValueError as fout:
        stop(4, f"configuratie: {fout}")


def datum(tekst: str | None, optie: str) -> date | None:
    """A date option (``YYYY-MM-DD``); None when not given (the application layer: today)."""
    if tekst is None:
        return None
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        stop(2, f"{optie}: {tekst!r} is geen datum; gebruik JJJJ-MM-DD")


def moment(tekst: str | None, optie: str = "--zoals-bekend-op") -> date | datetime | None:
    """``--zoals-bekend-op``: a date or an ISO date-time (the application layer reads it)."""
    from domain.kalender import lees_moment

    if tekst is None:
        return None
    try:
        return lees_moment(tekst)
    except ValueError:
        stop(2, f"{optie}: {tekst!r} is geen datum of tijdstip (JJJJ-MM-DD[THH:MM])")


def lees_bestand(pad: str) -> list[str]:
    """The lines of a text file (``-``: standard input), split on newlines only."""
    from adapters.uitwisseling.jsonl import lijnen

    if pad == "-":
        return lijnen(sys.stdin.read())
    bestand = Path(pad)
    if not bestand.is_file():
        stop(2, f"bestand {pad} bestaat niet")
    try:
        return lijnen(bestand.read_text(encoding="utf-8"))
    except UnicodeDecodeError as fout:
        stop(1, f"geweigerd: {pad} is geen UTF-8-tekst ({fout.reason} op byte {fout.start})")


def schrijf_json(gegevens: Any) -> None:
    """One JSON document on standard output."""
    import json

    sys.stdout.write(json.dumps(gegevens, ensure_ascii=False) + "\n")


__all__ = [
    "ALS_JSON",
    "DOEL",
    "DOSSIER_ID",
    "KLEUR",
    "NAMENS",
    "PEILDATUM",
    "ZOALS_BEKEND_OP",
    "Cli",
    "datum",
    "dienst",
    "fout_uit",
    "fouten",
    "gebruiker",
    "lees_bestand",
    "moment",
    "schrijf_json",
    "stop",
    "systeem",
    "uit",
]
