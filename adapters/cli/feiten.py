"""``spoorwijzer termijnen`` and ``spoorwijzer registreer``: deadlines of a file, and one fact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from adapters.cli import gemeen
from adapters.cli.gemeen import ALS_JSON, DOSSIER_ID, KLEUR, NAMENS, PEILDATUM
from adapters.uitwisseling.jsonl import lees_invoer
from adapters.weergave import termijnen_json
from domain.dienst import termijnen_van
from domain.feiten import CORRECTIE
from domain.invoer import tekstwaarde, valideer
from domain.waarden import Herkomst

if TYPE_CHECKING:
    from domain.termijnen import Termijnoverzicht

app: typer.Typer = typer.Typer()


def toon_termijnen(overzicht: Termijnoverzicht) -> None:
    """The obligations as a table, then their remarks and legal sources."""
    from rich.table import Table  # not needed for --json

    uit = gemeen.uit
    uit.print(
        f"Eerste ziektedag {overzicht.eerste_ziektedag}  ·  einde wachttijd "
        f"{overzicht.einde_wachttijd} (WIA vanaf {overzicht.wia_ingangsdatum})  ·  peildatum "
        f"{overzicht.peildatum}  ·  regels {overzicht.regelset_versie}"
    )
    tabel = Table(show_lines=False)
    tabel.add_column("regel", no_wrap=True)
    tabel.add_column("uiterste datum", no_wrap=True)
    tabel.add_column("status", no_wrap=True)
    tabel.add_column("voldaan op", no_wrap=True)
    tabel.add_column("versie", no_wrap=True)
    tabel.add_column("uitleg")
    for v in overzicht.verplichtingen:
        tabel.add_row(
            v.regel,
            v.uiterste_datum.isoformat(),
            f"[{KLEUR[v.status]}]{v.status}[/]",
            v.voldaan_op.isoformat() if v.voldaan_op else "",
            v.regelversie,
            v.uitleg,
        )
    uit.print(tabel)
    for v in overzicht.verplichtingen:
        for opmerking in v.opmerkingen:
            uit.print(f"  let op, {v.regel}: {opmerking}", markup=False)
    bronnen = {v.regel: v.bron for v in overzicht.verplichtingen}
    uit.print("Bronnen:")
    for regel, bron in bronnen.items():
        uit.print(f"  {regel}: {bron.artikel} <{bron.url}>", markup=False)


@app.command()
def termijnen(
    ctx: typer.Context,
    bestand: Annotated[
        str, typer.Argument(help="Dossier in the exchange format (JSON Lines); - for stdin.")
    ],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Compute the obligations of a dossier file as of a peildatum (no store needed)."""
    peil = gemeen.datum(peildatum, "--peildatum")
    lijnen = gemeen.lees_bestand(bestand)
    with gemeen.fouten():
        overzicht = termijnen_van(
            lees_invoer(lijnen), Herkomst(bron="import"), gemeen.klok(ctx), peil
        )
    if als_json:
        gemeen.schrijf_json(termijnen_json(overzicht))
    else:
        toon_termijnen(overzicht)


@app.command()
def registreer(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    type_naam: Annotated[
        str,
        typer.Argument(
            metavar="TYPE",
            help="Event type, e.g. ProbleemanalyseOpgesteld (see 'spoorwijzer types').",
        ),
    ],
    datum: Annotated[str, typer.Option("--datum", help="Case date of the fact, YYYY-MM-DD.")],
    veld: Annotated[
        list[str] | None, typer.Option("--veld", help="A field as naam=waarde; repeat for more.")
    ] = None,
    door_rol: Annotated[
        str | None,
        typer.Option("--door-rol", help="Who did it in the case: rol (werkgever, ...)."),
    ] = None,
    door_naam: Annotated[str | None, typer.Option("--door-naam", help="Who did it: name.")] = None,
    namens: Annotated[str | None, NAMENS] = None,
    toelichting: Annotated[
        str | None, typer.Option("--toelichting", help="Free-text note.")
    ] = None,
) -> None:
    """Record one fact in a stored dossier, as the role given with --rol (or SPOORWIJZER_ROL).

    A correction names the position it corrects, why, and each corrected field as --veld
    (also datum, typed as a field of the corrected fact; or all at once as
    --veld velden='{"datum": "2025-02-11"}'); --datum is the day of the correction itself:
    registreer ID RegistratieGecorrigeerd --datum D --veld betreft=3 --veld reden=...
    --veld datum=2025-02-11.  A withdrawal names the position and why:
    registreer ID RegistratieIngetrokken --datum D --veld betreft=3 --veld reden=...
    """
    paren = []
    for paar in veld or []:
        naam, is_, waarde = paar.partition("=")
        if not is_ or not naam.strip():
            gemeen.stop(2, f"--veld {paar!r}: gebruik naam=waarde")
        paren.append((naam.strip(), waarde))
    wie = gemeen.gebruiker(ctx, namens=namens)
    dienst = gemeen.dienst(ctx)
    with gemeen.fouten():
        doel = dienst.zoek(wie, dossier_id)
        betreft = dict(paren).get("betreft", "").strip()
        doeltype = dienst.soort_op(wie, doel, int(betreft)) if betreft.isdigit() else None
    gegevens: dict[str, Any] = {"type": type_naam, "datum": datum}
    # A correction's own fields; every other --veld of a correction is a corrected field, even
    # one named like a field of the correction itself (datum, door, toelichting).
    eigen = ("betreft", "reden", "velden")
    gecorrigeerd: dict[str, Any] = {}
    for naam, waarde in paren:
        if type_naam == CORRECTIE and naam not in eigen:
            gecorrigeerd[naam] = tekstwaarde(doeltype, naam, waarde) if doeltype else waarde
        else:
            gegevens[naam] = tekstwaarde(type_naam, naam, waarde, doeltype)
    if gecorrigeerd:
        als_object = gegevens.get("velden", {})
        # Merged with --veld velden={...}; a velden that is no object is left for validation.
        if isinstance(als_object, dict):
            gegevens["velden"] = {**als_object, **gecorrigeerd}
    if door_rol or door_naam:
        gegevens["door"] = {"rol": door_rol, "naam": door_naam} if door_naam else {"rol": door_rol}
    if toelichting:
        gegevens["toelichting"] = toelichting
    with gemeen.fouten(opslaan=True):
        positie = dienst.leg_vast(wie, doel, valideer(gegevens))
    gemeen.uit.print(f"vastgelegd als positie {positie} in dossier {doel}")
