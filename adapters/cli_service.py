"""The service commands: ``serve``, ``token maak`` and ``projecties herbouw|bij|status|draai``.

Importing this module registers them on `adapters.cli.app`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from eventsourcing.persistence import IntegrityError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from adapters import cli
from adapters.api.toegang import ROLLEN, ToegangsconfigError, nieuw_token
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.instellingen import ConfiguratieError
from adapters.opslag.projectie import (
    GeenProjectiesError,
    Signalenrunner,
    SignalenView,
    bij,
    herbouw,
    open_view,
    stand,
)

projecties_app: typer.Typer = typer.Typer(
    help=(
        "The live signalen projection (PostgreSQL only; SQLite computes the signalen on demand)."
    ),
    no_args_is_help=True,
)
cli.app.add_typer(projecties_app, name="projecties")
token_app: typer.Typer = typer.Typer(help="API tokens (stored hashed).", no_args_is_help=True)
cli.app.add_typer(token_app, name="token")

STANDAARD_TOKENS = Path("var/tokens.toml")
DEMO_TOKENS = Path("var/demo-tokens.txt")
DEMO_WERKNEMER = "W-0419 (A. Smit)"
"""The werknemer of the demo municipality dossier (05); the demo werknemer token sees only it."""


def _toml_tekst(tekst: str) -> str:
    return '"' + tekst.replace("\\", "\\\\").replace('"', '\\"') + '"'


def voeg_token_toe(
    bestand: Path,
    *,
    gebruiker: str,
    rol: str,
    werkgevers: list[str],
    werknemer: str | None = None,
) -> str:
    """Append a new token to ``bestand`` (created if absent) and return it in clear text.

    The file keeps only the token's SHA-256; the whole file is read back afterwards, so an entry
    the API would refuse is reported here (and removed again).
    """
    from adapters.api.toegang import Toegangsconfig

    token, sha = nieuw_token()
    regels = [
        "[[token]]",
        f"sha256 = {_toml_tekst(sha)}",
        f"gebruiker = {_toml_tekst(gebruiker)}",
        f"rol = {_toml_tekst(rol)}",
        "werkgevers = [" + ", ".join(_toml_tekst(w) for w in werkgevers) + "]",
    ]
    if werknemer is not None:
        regels.append(f"werknemer = {_toml_tekst(werknemer)}")
    bestand.parent.mkdir(parents=True, exist_ok=True)
    oud = bestand.read_text(encoding="utf-8") if bestand.exists() else ""
    nieuw = (oud.rstrip() + "\n\n" if oud.strip() else "") + "\n".join(regels) + "\n"
    bestand.write_text(nieuw, encoding="utf-8")
    try:
        Toegangsconfig.lees(bestand)
    except ToegangsconfigError:
        bestand.write_text(oud, encoding="utf-8")
        raise
    return token


@token_app.command("maak")
def token_maak(
    rol: Annotated[str, typer.Option("--rol", help=f"One of: {', '.join(ROLLEN)}.")],
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
    """Create a token: its hash goes into the token file, the token is printed once."""
    try:
        token = voeg_token_toe(
            bestand, gebruiker=gebruiker, rol=rol, werkgevers=werkgever, werknemer=werknemer
        )
    except ToegangsconfigError as fout:
        cli._stop(4, f"configuratie: {fout}; het bestand is niet gewijzigd")
    cli.fout_uit.print(f"token voor {gebruiker} ({rol}) toegevoegd aan {bestand}:", markup=False)
    print(token)


def demo_tokens(bestand: Path, overzicht: Path) -> list[tuple[str, str]]:
    """One token per role for the demo (every employer), written to ``bestand``.

    The clear tokens go to ``overzicht`` (readable by the owner only) so the docs page's
    *Authorize* button can be used.  Returns (rol, token) pairs.
    """
    paren = []
    for rol in ROLLEN:
        token = voeg_token_toe(
            bestand,
            gebruiker=f"demo-{rol}",
            rol=rol,
            werkgevers=["*"],
            werknemer=DEMO_WERKNEMER if rol == "werknemer" else None,
        )
        paren.append((rol, token))
    overzicht.write_text("".join(f"{rol}\t{token}\n" for rol, token in paren), encoding="utf-8")
    overzicht.chmod(0o600)
    return paren


@cli.app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    poort: Annotated[int, typer.Option("--poort", help="Port.", min=1, max=65535)] = 8000,
    tokens: Annotated[
        Path, typer.Option("--tokens", help="Token file (TOML, SHA-256 hashed tokens).")
    ] = STANDAARD_TOKENS,
    demo: Annotated[
        bool,
        typer.Option(
            "--demo",
            help=(
                "Load the demo dossiers into an empty store and, without a token file, create "
                f"one demo token per role (listed in {DEMO_TOKENS})."
            ),
        ),
    ] = False,
    projectie: Annotated[
        bool,
        typer.Option(
            "--projectie/--zonder-projectie",
            help=(
                "PostgreSQL: run the live signalen projection in this process (turn it off "
                "when a separate `spoorwijzer projecties draai` worker runs it)."
            ),
        ),
    ] = True,
) -> None:
    """Serve the HTTP API on the configured store (OpenAPI docs at /docs)."""
    from adapters.api.serve import serve as api_serve

    instellingen = cli._instellingen()
    if demo:
        cli.demo_laad(vandaag=None)
        if not tokens.exists():
            paren = demo_tokens(tokens, DEMO_TOKENS)
            cli.fout_uit.print(
                f"demo-tokens aangemaakt in {tokens} (voluit in {DEMO_TOKENS}); "
                f"bijvoorbeeld werkgever: {paren[0][1]}",
                markup=False,
            )
    if not tokens.exists():
        cli._stop(
            4,
            f"configuratie: tokenbestand {tokens} bestaat niet; maak een token met "
            "`spoorwijzer token maak --rol ... --gebruiker ... --werkgever ...` of start met "
            "--demo",
        )
    cli.fout_uit.print(
        f"Spoorwijzer API op http://{host}:{poort} ({instellingen.beschrijving()})\n"
        f"API-documentatie: http://{host}:{poort}/docs\n"
        f'Probeer: curl -H "Authorization: Bearer <token>" -H "X-Doel: demo" '
        f"http://{host}:{poort}/signalen",
        markup=False,
    )
    try:
        api_serve(host, poort, tokens, instellingen, projectie=projectie)
    except ToegangsconfigError as fout:
        cli._stop(4, f"configuratie: {fout}")
    except ConfiguratieError as fout:
        cli._stop(4, f"configuratie: {fout}")


def _view_en_bron() -> tuple[SignalenView, Dossierbestand]:
    instellingen = cli._instellingen()
    try:
        view = open_view(instellingen)
    except GeenProjectiesError as fout:
        cli._stop(2, str(fout))
    return view, cli._dossiers()


def _met_voortgang(
    titel: str, totaal: int, werk: Callable[[Callable[[int], None]], int], bij_conflict: str
) -> int:
    """Run ``werk`` (given a progress callback) under a progress bar; return what it returns.

    Another runner moving the tracking record meanwhile stops the command with exit 1 and
    ``bij_conflict``.
    """
    voortgang = Progress(
        TextColumn(titel),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=cli.fout_uit,
        transient=True,
    )
    taak = voortgang.add_task(titel, total=totaal)
    try:
        with voortgang:
            return werk(lambda n: voortgang.advance(taak, n))
    except IntegrityError:
        cli._stop(1, bij_conflict)


@projecties_app.command("herbouw")
def projecties_herbouw() -> None:
    """Empty the signalen projection and rebuild it from the whole event sequence.

    Stop the service's projection (or `projecties draai` workers) first: a runner that moves the
    tracking record meanwhile makes the rebuild stop with exit code 1.
    """
    view, bron = _view_en_bron()
    begin = time.perf_counter()
    aantal = _met_voortgang(
        "herbouw",
        bron.recorder.max_notification_id() or 0,
        lambda stap: herbouw(view, bron, stap),
        "herbouw afgebroken: een andere runner werkt de projectie tegelijk bij; stop de "
        "service of `projecties draai` en herbouw opnieuw",
    )
    nu = stand(view, bron)
    cli.uit.print(
        f"projectie herbouwd: {aantal} gebeurtenissen, {nu.dossiers} dossiers in "
        f"{time.perf_counter() - begin:.1f} s; bijgewerkt tot notificatie {nu.verwerkt}",
        markup=False,
    )


@projecties_app.command("bij")
def projecties_bij() -> None:
    """Project what was recorded since the projection's tracking record, then stop."""
    view, bron = _view_en_bron()
    aantal = _met_voortgang(
        "bijwerken",
        stand(view, bron).achterstand,
        lambda stap: bij(view, bron, stap),
        "een andere runner werkt de projectie tegelijk bij; die houdt haar actueel",
    )
    cli.uit.print(f"{aantal} gebeurtenissen verwerkt; achterstand nu 0", markup=False)


@projecties_app.command("status")
def projecties_status() -> None:
    """How far the projection is behind the event sequence."""
    view, bron = _view_en_bron()
    nu = stand(view, bron)
    cli.uit.print(
        f"projectie: bijgewerkt tot notificatie {nu.verwerkt} van {nu.laatste} "
        f"(achterstand {nu.achterstand}), {nu.dossiers} dossiers",
        markup=False,
    )


@projecties_app.command("draai")
def projecties_draai() -> None:
    """Keep the projection current until interrupted (beside `serve --zonder-projectie`)."""
    instellingen = cli._instellingen()
    try:
        runner = Signalenrunner(instellingen)
    except GeenProjectiesError as fout:
        cli._stop(2, str(fout))
    cli.fout_uit.print(
        f"projectie {runner.projection.name} volgt {instellingen.beschrijving()}; Ctrl-C stopt",
        markup=False,
    )
    with runner, contextlib.suppress(KeyboardInterrupt):
        runner.run_forever()
