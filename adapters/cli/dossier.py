"""``spoorwijzer dossier ...``: import, export, list, show, history, verify, report and check.

Every command reads or writes through the application layer (:mod:`domain.dienst`), which
checks the role and scope of the user (see :mod:`adapters.cli.gemeen`) and writes the access-log
entry before anything is shown.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from adapters.cli import gemeen
from adapters.cli.feiten import toon_termijnen
from adapters.cli.gemeen import (
    ALS_JSON,
    DOEL,
    DOSSIER_ID,
    PEILDATUM,
    ZOALS_BEKEND_OP,
    fout_uit,
    uit,
)
from adapters.uitwisseling.jsonl import exporteer_lijnen, lees_invoer
from adapters.weergave import (
    dossierbeeld_json,
    feit_json,
    geschiedenisvermelding_json,
    termijnen_json,
    toets_json,
)
from domain.dienst import Dossierzicht
from domain.feiten import json_waarde
from domain.fouten import Afwijzing
from domain.rivtoets import Poortwachtertoets, Toetspunt, Uitkomst
from domain.stand import Reintegratiestand
from domain.toegangslog import Actie

dossier_app: typer.Typer = typer.Typer(
    help="Import, export, list, show and check dossiers.", no_args_is_help=True
)


@dossier_app.command("importeer")
def importeer(
    ctx: typer.Context,
    bestanden: Annotated[list[str], typer.Argument(help="One or more dossier files (JSON Lines).")],
) -> None:
    """Import dossier files; each file is one dossier, stored whole or not at all.

    Every fact is checked against the role you act in (--rol; the beheerder may import files
    with facts of every party).  Files before a refused one stay imported; the refused file and
    those after it are not.
    """
    wie = gemeen.gebruiker(ctx)
    dienst = gemeen.dienst(ctx)
    with Progress(console=fout_uit, transient=True, disable=len(bestanden) < 2) as voortgang:
        taak = voortgang.add_task("importeren", total=len(bestanden))
        for pad in bestanden:
            lijnen = gemeen.lees_bestand(pad)
            with gemeen.fouten(opslaan=True):
                try:
                    dossier = dienst.importeer(wie, lees_invoer(lijnen))
                except Afwijzing as fout:
                    fout.reden = f"{pad}: {fout.reden}" if len(bestanden) > 1 else fout.reden
                    raise
            uit.print(str(dossier.id))
            voortgang.advance(taak)


@dossier_app.command("exporteer")
def exporteer(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    bestand: Annotated[Path | None, typer.Argument(help="Output file (default: stdout).")] = None,
    bundel: Annotated[
        Path | None,
        typer.Option("--bundel", help="Write a signed bundle to this new directory instead."),
    ] = None,
    sleutel: Annotated[
        Path | None,
        typer.Option("--sleutel", help="Signing key (default: SPOORWIJZER_SLEUTEL)."),
    ] = None,
    doel: Annotated[str | None, DOEL] = None,
) -> None:
    """Export a dossier in the exchange format, with positions, recording times and hashes."""
    wie = gemeen.gebruiker(ctx, doel=doel)
    dienst = gemeen.dienst(ctx)
    with gemeen.fouten():
        dossier = dienst.lees(wie, dienst.zoek(wie, dossier_id), "exporteren")
    if bundel is not None:
        from adapters.cli.bundel import exporteer_bundel, standaard_sleutelpad

        exporteer_bundel(dossier, bundel, sleutel or standaard_sleutelpad(), dienst.klok)
        return
    tekst = "".join(lijn + "\n" for lijn in exporteer_lijnen(dossier))
    if bestand is None:
        sys.stdout.write(tekst)
    else:
        bestand.write_text(tekst, encoding="utf-8")
        fout_uit.print(f"{len(dossier.registraties)} regels geschreven naar {bestand}")


@dossier_app.command("lijst")
def lijst(ctx: typer.Context, als_json: Annotated[bool, ALS_JSON] = False) -> None:
    """List the stored dossiers you may see."""
    rijen = gemeen.dienst(ctx).lijst(gemeen.gebruiker(ctx))
    if als_json:
        gemeen.schrijf_json(
            [
                {
                    "dossier_id": str(r.dossier_id),
                    "werknemer": r.werknemer,
                    "werkgever": r.werkgever,
                    "eerste_ziektedag": r.eerste_ziektedag.isoformat(),
                    "versie": r.versie,
                }
                for r in rijen
            ]
        )
        return
    tabel = Table(title=f"{len(rijen)} dossiers")
    for kop in ("id", "werknemer", "werkgever", "eerste ziektedag", "feiten"):
        tabel.add_column(kop)
    for r in rijen:
        tabel.add_row(
            r.dossier_id.hex[:8],
            Text(r.werknemer),
            Text(r.werkgever),
            r.eerste_ziektedag.isoformat(),
            str(r.versie),
        )
    uit.print(tabel)


def _toon_stand(stand: Reintegratiestand) -> None:
    sporen = " en ".join(s.replace("_", " ") for s in stand.sporen) or "geen (hersteld of gesloten)"
    uitvoer = [f"Stand op {stand.peildatum}: {sporen}"]
    if stand.trede_omschrijving:
        uitvoer.append(
            f"  eerste spoor, trede {stand.trede_eerste_spoor}: {stand.trede_omschrijving}"
        )
    uitvoer.append(f"  werksituatie: {stand.werksituatie.omschrijving}")
    if stand.arbeidsdeskundig_advies:
        uitvoer.append(f"  arbeidsdeskundig advies: {stand.arbeidsdeskundig_advies}")
    if stand.bureau:
        b = stand.bureau
        uitvoer.append(
            f"  re-integratiebureau {b.bureau} (gekozen {b.gekozen_op}; keurmerk "
            f"{'ja' if b.keurmerk_blik_op_werk else 'nee'}, instemming werknemer "
            f"{'ja' if b.instemming_werknemer else 'nee'})"
        )
    if stand.detachering:
        d = stand.detachering
        vergoeding = (
            f", inleenvergoeding EUR {d.inleenvergoeding_per_uur}/uur aan de werkgever"
            if d.inleenvergoeding_per_uur is not None
            else ""
        )
        einde = f" tot {d.beeindigd_op}" if d.beeindigd_op else ""
        uitvoer.append(
            f"  gedetacheerd bij {d.inlener} sinds {d.gestart_op}{einde}, "
            f"{d.uren_per_week} uur/week{vergoeding}"
        )
    if stand.loondoorbetaling:
        uitvoer.append(
            f"  loon betaald door {stand.loondoorbetaling.werkgever} tot en met "
            f"{stand.loondoorbetaling.tot_en_met}"
        )
    for advies in stand.adviezen:
        uitvoer.append(f"  advies ({advies.onderwerp}): {advies.tekst} [{advies.bron.artikel}]")
    for tekst in uitvoer:
        uit.print(tekst, markup=False)


def _zicht(
    ctx: typer.Context,
    dossier_id: str,
    *,
    peildatum: str | None,
    doel: str | None,
    actie: Actie,
    zoals_bekend_op: str | None = None,
) -> Dossierzicht:
    """Parse the options every dossier view shares and ask the application layer for it."""
    peil = gemeen.datum(peildatum, "--peildatum")
    moment = gemeen.moment(zoals_bekend_op)
    wie = gemeen.gebruiker(ctx, doel=doel)
    dienst = gemeen.dienst(ctx)
    with gemeen.fouten():
        return dienst.bekijk(
            wie,
            dienst.zoek(wie, dossier_id),
            peildatum=peil,
            zoals_bekend_op=moment,
            actie=actie,
        )


@dossier_app.command("toon")
def toon(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    zoals_bekend_op: Annotated[str | None, ZOALS_BEKEND_OP] = None,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Show a dossier: its facts, its obligations and their status (on two time axes)."""
    zicht = _zicht(
        ctx,
        dossier_id,
        peildatum=peildatum,
        doel=doel,
        actie="lezen",
        zoals_bekend_op=zoals_bekend_op,
    )
    dossier, beeld = zicht.dossier, zicht.beeld
    if als_json:
        gemeen.schrijf_json(dossierbeeld_json(dossier, beeld, zicht.peildatum))
        return
    bekend = (
        f"  ·  zoals bekend op {beeld.zoals_bekend_op:%Y-%m-%d %H:%M %Z}"
        if beeld.zoals_bekend_op
        else ""
    )
    uit.print(
        f"Dossier {dossier.id}  ·  {dossier.werknemer} bij {dossier.werkgever}  ·  "
        f"versie {len(beeld.registraties)}{bekend}",
        markup=False,
    )
    feiten = Table(title="Feiten")
    for kop in ("pos", "datum", "type", "gegevens"):
        feiten.add_column(kop)
    for feit in beeld.feiten:
        gegevens = {
            k: v for k, v in feit_json(feit).items() if k not in ("type", "datum", "positie")
        }
        feiten.add_row(
            str(feit.positie),
            feit.datum.isoformat(),
            feit.type_naam,
            Text(json.dumps(gegevens, ensure_ascii=False) if gegevens else ""),
        )
    uit.print(feiten)
    toon_termijnen(zicht.termijnen())
    _toon_stand(zicht.stand())


@dossier_app.command("geschiedenis")
def geschiedenis(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    zoals_bekend_op: Annotated[str | None, ZOALS_BEKEND_OP] = None,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """The full history: who recorded what and when, corrections with diff and reason."""
    zicht = _zicht(
        ctx,
        dossier_id,
        peildatum=peildatum,
        doel=doel,
        actie="geschiedenis",
        zoals_bekend_op=zoals_bekend_op,
    )
    dossier, beeld = zicht.dossier, zicht.beeld
    vermeldingen = zicht.geschiedenis()
    if als_json:
        gemeen.schrijf_json(
            {
                "dossier_id": str(dossier.id),
                "zoals_bekend_op": (
                    beeld.zoals_bekend_op.isoformat() if beeld.zoals_bekend_op else None
                ),
                "registraties": [geschiedenisvermelding_json(r) for r in vermeldingen],
                **termijnen_json(zicht.termijnen()),
            }
        )
        return
    tabel = Table(
        title=f"Geschiedenis van dossier {dossier.id.hex[:8]} ({len(vermeldingen)} registraties)"
    )
    for kop in ("pos", "geregistreerd op", "door", "type", "datum", "gegevens", "correcties"):
        tabel.add_column(kop, no_wrap=kop in ("pos", "datum"))
    for vermelding in vermeldingen:
        r = vermelding.registratie
        gegevens = {k: v for k, v in json_waarde(dict(r.velden)).items() if v is not None}
        opmerking = []
        if r.type_naam == "RegistratieGecorrigeerd":
            diff = "; ".join(f"{w.veld}: {w.oud} → {w.nieuw}" for w in vermelding.wijzigingen)
            opmerking.append(
                f"corrigeert positie {r.velden['betreft']} ({r.velden['reden']}): {diff}"
            )
            gegevens = {}
        if r.type_naam == "RegistratieIngetrokken":
            opmerking.append(f"trekt positie {r.velden['betreft']} in ({r.velden['reden']})")
            gegevens = {}
        if vermelding.gecorrigeerd_bij:
            opmerking.append(
                "gecorrigeerd bij positie " + ", ".join(map(str, vermelding.gecorrigeerd_bij))
            )
        if vermelding.ingetrokken_bij:
            opmerking.append(f"ingetrokken bij positie {vermelding.ingetrokken_bij}")
        h = r.herkomst
        door = h.geregistreerd_door or "?"
        if h.rol:
            door += f" als {h.rol}"
        if h.namens:
            door += f" namens {h.namens}"
        tabel.add_row(
            str(r.positie),
            f"{r.geregistreerd_op:%Y-%m-%d %H:%M:%S}",
            Text(f"{door} ({h.bron})"),
            Text(r.type_naam, style="strike" if vermelding.ingetrokken_bij else ""),
            r.datum.isoformat(),
            Text(json.dumps(gegevens, ensure_ascii=False) if gegevens else ""),
            Text("; ".join(opmerking)),
        )
    uit.print(tabel)


@dossier_app.command("verifieer")
def verifieer(
    ctx: typer.Context,
    dossier_id: Annotated[
        str | None, typer.Argument(help="Dossier id (or prefix); leave out with --alle.")
    ] = None,
    alle: Annotated[bool, typer.Option("--alle", help="Verify every stored dossier.")] = False,
    doel: Annotated[str | None, DOEL] = None,
) -> None:
    """Recompute the hash chain against the store; name the first broken position."""
    if alle == (dossier_id is not None):
        gemeen.stop(2, "geef een dossier-id of --alle")
    wie = gemeen.gebruiker(ctx, doel=doel)
    dienst = gemeen.dienst(ctx)
    with gemeen.fouten():
        if alle:
            with Progress(console=fout_uit, transient=True) as voortgang:
                taak = voortgang.add_task("verifiëren", total=None)
                controles = dienst.verifieer_alle(wie, lambda n: voortgang.advance(taak, n))
        else:
            dossier, controle = dienst.verifieer(wie, dienst.zoek(wie, str(dossier_id)))
            controles = {dossier.id: controle}
    gebroken = 0
    aantal = 0
    for i, controle in controles.items():
        aantal += controle.aantal
        if not controle.in_orde:
            gebroken += 1
            fout_uit.print(f"{i}: keten gebroken: {controle.reden}", markup=False)
        elif controle.ongeketend:
            fout_uit.print(
                f"{i}: posities {list(controle.ongeketend)} zijn vastgelegd voor de keten "
                "bestond (niet geketend)",
                markup=False,
            )
    if gebroken:
        gemeen.stop(1, f"{gebroken} van {len(controles)} dossiers hebben een gebroken keten")
    uit.print(f"{len(controles)} dossier(s), {aantal} registraties: keten in orde", markup=False)


@dossier_app.command("rapport")
def rapport(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    naar: Annotated[
        Path,
        typer.Option("--naar", help="The HTML file to write (overwritten if it exists)."),
    ],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    doel: Annotated[str | None, DOEL] = None,
) -> None:
    """Write a dossier report for people: timeline, obligations and full history (HTML).

    The read is recorded in the access log (action ``rapporteren``) before anything is written.
    """
    from adapters.rapport.dossierrapport import maak_rapport

    zicht = _zicht(ctx, dossier_id, peildatum=peildatum, doel=doel, actie="rapporteren")
    pagina = maak_rapport(zicht.dossier, zicht.peildatum, gemaakt_op=gemeen.klok(ctx).nu())
    try:
        naar.write_text(pagina, encoding="utf-8")
    except OSError as fout:
        gemeen.stop(2, f"--naar: kan {naar} niet schrijven ({fout.strerror})")
    uit.print(str(naar), markup=False)


_KLEUR_TOETS: dict[Uitkomst, str] = {
    "aanwezig": "green",
    "tijdig": "green",
    "te_laat": "yellow",
    "ontbreekt": "bold red",
    "niet_van_toepassing": "dim",
}


def _uitkomst(punt: Toetspunt) -> Text:
    tekst = Text(punt.uitkomst, style=_KLEUR_TOETS[punt.uitkomst])
    if punt.loonsanctierisico:
        tekst.append(" (risico)", style="bold red")
    if not punt.uit_vocabulaire:
        tekst.append(" (handmatig)", style="dim")
    return tekst


def _toon_toets(toets: Poortwachtertoets) -> None:
    tabel = Table(show_lines=False)
    tabel.add_column("code", no_wrap=True)
    tabel.add_column("omschrijving")
    tabel.add_column("uitkomst", no_wrap=True)
    tabel.add_column("reden")
    for punt in toets.punten:
        tabel.add_row(punt.code, punt.omschrijving, _uitkomst(punt), Text(punt.reden))
    uit.print(tabel)
    kleur = "green" if toets.oordeel == "compleet" else "bold red"
    uit.print(Text.assemble("Oordeel: ", (toets.oordeel, kleur)))
    risico = toets.risico_loonsanctie
    if risico:
        uit.print("Risico op loonsanctie:")
        for punt in risico:
            uit.print(
                f"  {punt.code}: {punt.omschrijving} ({punt.uitkomst}) "
                f"[{punt.bron.artikel} <{punt.bron.url}>]",
                markup=False,
            )
    else:
        uit.print("Risico op loonsanctie: geen")
    if toets.handmatig:
        codes = ", ".join(p.code for p in toets.handmatig)
        uit.print(
            f"Handmatig controleren (niet vast te leggen in het uitwisselformaat): {codes}",
            markup=False,
        )


@dossier_app.command("toets")
def toets(
    ctx: typer.Context,
    dossier_id: Annotated[str, DOSSIER_ID],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Check the dossier against UWV's test of the re-integratieverslag (poortwachtertoets).

    For every part of the re-integratieverslag (Regeling procesgang art. 6, a to l) and
    every process step UWV looks at: present, on time, late or missing, with the reason and
    the legal source; then the verdict (compleet or onvolledig) and what risks a loonsanctie.
    Exits 0 either way.  The read is recorded in the access log (action ``toetsen``).
    """
    zicht = _zicht(ctx, dossier_id, peildatum=peildatum, doel=doel, actie="toetsen")
    dossier = zicht.dossier
    uitslag = zicht.toets()
    if als_json:
        gemeen.schrijf_json(
            {
                "dossier_id": str(dossier.id),
                "werknemer": dossier.werknemer,
                "werkgever": dossier.werkgever,
                **toets_json(uitslag),
            }
        )
        return
    uit.print(
        f"Poortwachtertoets dossier {dossier.id}  ·  {dossier.werknemer} bij {dossier.werkgever}"
        f"  ·  peildatum {zicht.peildatum}  ·  re-integratieverslag uiterlijk "
        f"{uitslag.riv_uiterste_datum}"
        f" ({'aan de orde' if uitslag.riv_aan_de_orde else 'nog niet aan de orde'})",
        markup=False,
    )
    _toon_toets(uitslag)
