"""The service: ``spoorwijzer serve`` and ``spoorwijzer projecties herbouw|bij|status|draai``."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from adapters.cli import gemeen
from adapters.cli.beheer import STANDAARD_TOKENS, laad_demo
from adapters.cli.gemeen import fout_uit, uit

if TYPE_CHECKING:
    from adapters.opslag.dossierbestand import Dossierbestand
    from adapters.opslag.projectie import SignalenView

app: typer.Typer = typer.Typer()
projecties_app: typer.Typer = typer.Typer(
    help=(
        "The live signalen projection (PostgreSQL only; SQLite computes the signalen on demand)."
    ),
    no_args_is_help=True,
)

DEMO_TOKENS = Path("var/demo-tokens.txt")
DEMO_WERKNEMER = "W-0419 (A. Smit)"
"""The werknemer of the demo municipality dossier (05); the demo werknemer token sees only it."""


def demo_tokens(bestand: Path, overzicht: Path) -> list[tuple[str, str]]:
    """One token per role for the demo (every employer), written to ``bestand``.

    The clear tokens go to ``overzicht`` (readable by the owner only) so the docs page's
    *Authorize* button can be used.  Returns (rol, token) pairs.
    """
    from adapters.api.tokens import ROLLEN, voeg_token_toe

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


@app.command("serve")
def serve(
    ctx: typer.Context,
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
    """Serve the HTTP API on the configured store (OpenAPI docs at /docs).

    A port in use (or an address that is not this machine's) stops it at once with exit code
    6, before the store is opened.  Without --demo the store must exist (see `db init`).
    """
    from adapters.api.serve import AdresBezetError, open_adres
    from adapters.api.serve import serve as api_serve
    from adapters.api.tokens import Toegangsconfig, ToegangsconfigError

    try:
        sok = open_adres(host, poort)
    except AdresBezetError as fout:
        gemeen.stop(6, str(fout))
    ctx.call_on_close(sok.close)
    staat = gemeen.cli(ctx)
    staat.projectie = "volgen" if projectie else "lezen"
    staat.opslag_maken = demo  # --demo loads the demo into the store it names, like demo laad
    systeem = gemeen.systeem(ctx)
    if demo:
        aantal = laad_demo(ctx, None)
        if aantal is not None:
            fout_uit.print(f"{aantal} demodossiers geladen in {systeem.beschrijving()}.")
        if not tokens.exists():
            paren = demo_tokens(tokens, DEMO_TOKENS)
            fout_uit.print(
                f"demo-tokens aangemaakt in {tokens} (voluit in {DEMO_TOKENS}); "
                f"bijvoorbeeld werkgever: {paren[0][1]}",
                markup=False,
            )
    if not tokens.exists():
        gemeen.stop(
            4,
            f"configuratie: tokenbestand {tokens} bestaat niet; maak een token met "
            "`spoorwijzer token maak --rol ... --gebruiker ... --werkgever ...` of start met "
            "--demo",
        )
    try:
        toegang = Toegangsconfig.lees(tokens)
    except ToegangsconfigError as fout:
        gemeen.stop(4, f"configuratie: {fout}")
    if systeem.runner is not None:
        print(
            f"signalen-projectie: hervat na notificatie {systeem.runner.hervat_na}, "
            f"{systeem.runner.ingehaald} gebeurtenissen ingehaald; volgt nu de opslag",
            file=sys.stderr,
            flush=True,
        )
    fout_uit.print(
        f"Spoorwijzer API op http://{host}:{poort} ({systeem.beschrijving()})\n"
        f"API-documentatie: http://{host}:{poort}/docs\n"
        f'Probeer: curl -H "Authorization: Bearer <token>" -H "X-Doel: demo" '
        f"http://{host}:{poort}/signalen",
        markup=False,
    )
    api_serve(systeem, toegang, host=host, poort=poort, sok=sok)


def _view_en_bron(ctx: typer.Context) -> tuple[SignalenView, Dossierbestand]:
    from adapters.opslag.projectie import GeenProjectiesError, open_view

    instellingen = gemeen.instellingen(ctx)
    try:
        with gemeen.fouten():
            instellingen.controleer_verbinding()
            view = open_view(instellingen)
    except GeenProjectiesError as fout:
        gemeen.stop(2, str(fout))
    ctx.call_on_close(view.datastore.close)
    return view, gemeen.systeem(ctx).dossiers


def _met_voortgang(
    titel: str, totaal: int, werk: Callable[[Callable[[int], None]], int], bij_conflict: str
) -> int:
    """Run ``werk`` (given a progress callback) under a progress bar; return what it returns.

    Another runner moving the tracking record meanwhile stops the command with exit 1 and
    ``bij_conflict``.
    """
    from eventsourcing.persistence import IntegrityError

    voortgang = Progress(
        TextColumn(titel),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=fout_uit,
        transient=True,
    )
    taak = voortgang.add_task(titel, total=totaal)
    try:
        with voortgang:
            return werk(lambda n: voortgang.advance(taak, n))
    except IntegrityError:
        gemeen.stop(1, bij_conflict)


@projecties_app.command("herbouw")
def projecties_herbouw(ctx: typer.Context) -> None:
    """Empty the signalen projection and rebuild it from the whole event sequence.

    Stop the service's projection (or `projecties draai` workers) first: a runner that moves the
    tracking record meanwhile makes the rebuild stop with exit code 1.
    """
    from adapters.opslag.projectie import herbouw, stand

    view, bron = _view_en_bron(ctx)
    begin = time.perf_counter()
    aantal = _met_voortgang(
        "herbouw",
        bron.recorder.max_notification_id() or 0,
        lambda stap: herbouw(view, bron, stap),
        "herbouw afgebroken: een andere runner werkt de projectie tegelijk bij; stop de "
        "service of `projecties draai` en herbouw opnieuw",
    )
    nu = stand(view, bron)
    uit.print(
        f"projectie herbouwd: {aantal} gebeurtenissen, {nu.dossiers} dossiers in "
        f"{time.perf_counter() - begin:.1f} s; bijgewerkt tot notificatie {nu.verwerkt}",
        markup=False,
    )


@projecties_app.command("bij")
def projecties_bij(ctx: typer.Context) -> None:
    """Project what was recorded since the projection's tracking record, then stop."""
    from adapters.opslag.projectie import bij, stand

    view, bron = _view_en_bron(ctx)
    aantal = _met_voortgang(
        "bijwerken",
        stand(view, bron).achterstand,
        lambda stap: bij(view, bron, stap),
        "een andere runner werkt de projectie tegelijk bij; die houdt haar actueel",
    )
    uit.print(f"{aantal} gebeurtenissen verwerkt; achterstand nu 0", markup=False)


@projecties_app.command("status")
def projecties_status(ctx: typer.Context) -> None:
    """How far the projection is behind the event sequence."""
    from adapters.opslag.projectie import stand

    view, bron = _view_en_bron(ctx)
    nu = stand(view, bron)
    uit.print(
        f"projectie: bijgewerkt tot notificatie {nu.verwerkt} van {nu.laatste} "
        f"(achterstand {nu.achterstand}), {nu.dossiers} dossiers",
        markup=False,
    )


@projecties_app.command("draai")
def projecties_draai(ctx: typer.Context) -> None:
    """Keep the projection current until interrupted (beside `serve --zonder-projectie`)."""
    from adapters.opslag.projectie import GeenProjectiesError, Signalenrunner

    instellingen = gemeen.instellingen(ctx)
    try:
        with gemeen.fouten():
            instellingen.controleer_verbinding()
            runner = Signalenrunner(instellingen)
    except GeenProjectiesError as fout:
        gemeen.stop(2, str(fout))
    fout_uit.print(
        f"projectie {runner.projection.name} volgt {instellingen.beschrijving()}; Ctrl-C stopt",
        markup=False,
    )
    with runner, contextlib.suppress(KeyboardInterrupt):
        runner.run_forever()
