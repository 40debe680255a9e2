"""The ``spoorwijzer`` command line (typer + rich).

Exit codes: 0 success; 1 refused input (the message names line, field and
rule; nothing is stored); 2 wrong usage; 3 dossier not found; 4 configuration
error.  Messages go to standard error, results to standard output.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Annotated, Any, NoReturn, get_args
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from adapters import demo
from adapters.klok import SysteemKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen, open_dossiers
from adapters.opslag.instellingen import ConfiguratieError, Instellingen
from adapters.opslag.toegangslog import toegangslog_voor
from adapters.uitwisseling.jsonl import exporteer_regels, lees_invoer
from adapters.weergave import (
    dossierbeeld_json,
    feit_json,
    geschiedenisregel_json,
    signaal_json,
    termijnen_json,
)
from domain.feiten import json_waarde
from domain.fouten import DossierNietGevondenError, GeweigerdError, VersieConflictError
from domain.gebeurtenissen import ALLE_TYPES, eigen_velden
from domain.invoer import tekstwaarde, valideer, verplichte_velden
from domain.regels import REGELS
from domain.stand import Reintegratiestand
from domain.termijnen import Termijnoverzicht
from domain.verzuimdossier import Dossierbeeld, Verzuimdossier
from domain.waarden import Herkomst, Rol

app: typer.Typer = typer.Typer(
    name="spoorwijzer",
    help=(
        "Spoorwijzer: verzuimdossiers onder de Wet verbetering poortwachter, "
        "met uitlegbare termijnen.\n\n"
        "Storage: SPOORWIJZER_OPSLAG=sqlite|geheugen|postgres, SPOORWIJZER_DB=<file> "
        "(default var/spoorwijzer.db), SPOORWIJZER_DATABASE_URL for PostgreSQL."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
dossier_app: typer.Typer = typer.Typer(
    help="Import, export, list and show dossiers.", no_args_is_help=True
)
demo_app: typer.Typer = typer.Typer(
    help="The demo dossiers used by 'make run'.", no_args_is_help=True
)
app.add_typer(dossier_app, name="dossier")
app.add_typer(demo_app, name="demo")
db_app: typer.Typer = typer.Typer(
    help="Database administration (run once per database, before the service and workers).",
    no_args_is_help=True,
)
app.add_typer(db_app, name="db")
sleutel_app: typer.Typer = typer.Typer(
    help="Signing keys for export bundles.", no_args_is_help=True
)
app.add_typer(sleutel_app, name="sleutel")


def _breedte() -> int | None:
    """Rich assumes 80 columns when not on a terminal; tables then wrap badly in logs."""
    if sys.stdout.isatty():
        return None
    try:
        return max(80, int(os.environ.get("COLUMNS", "160")))
    except ValueError:
        return 160


uit = Console(highlight=False, soft_wrap=True, width=_breedte())
fout_uit = Console(stderr=True, highlight=False, soft_wrap=True)

KLEUR = {
    "tijdig": "green",
    "te_laat": "yellow",
    "verlopen": "bold red",
    "open": "cyan",
    "niet_van_toepassing": "dim",
}

_db_pad: Path | None = None
NL = ZoneInfo("Europe/Amsterdam")


@app.callback()
def _hoofd(
    db: Annotated[
        Path | None,
        typer.Option("--db", help="SQLite file to use (overrides SPOORWIJZER_DB)."),
    ] = None,
) -> None:
    global _db_pad
    _db_pad = db


def _stop(code: int, bericht: str) -> NoReturn:
    fout_uit.print(bericht, markup=False)
    raise typer.Exit(code)


@contextmanager
def _fouten() -> Iterator[None]:
    try:
        yield
    except GeweigerdError as fout:
        _stop(1, f"geweigerd: {fout}; er is niets opgeslagen")
    except VersieConflictError as fout:
        _stop(1, f"conflict: {fout}")
    except DossierNietGevondenError as fout:
        _stop(3, f"niet gevonden: {fout}")
    except ConfiguratieError as fout:
        _stop(4, f"configuratie: {fout}")


def _instellingen() -> Instellingen:
    if _db_pad is not None:
        return Instellingen(opslag="sqlite", sqlite_pad=_db_pad)
    return Instellingen.uit_omgeving()


def _dossiers() -> Dossierbestand:
    instellingen = _instellingen()
    with _fouten():
        dossiers = open_dossiers(instellingen, SysteemKlok())
    if not instellingen.tabellen_aanmaken and (ontbreekt := dossiers.ontbrekende_tabellen()):
        _stop(
            4,
            f"configuratie: tabel {', '.join(ontbreekt)} ontbreekt in "
            f"{instellingen.beschrijving()} en CREATE_TABLE=n: maak het schema eerst aan met "
            "`spoorwijzer db init`",
        )
    return dossiers


def _vandaag() -> date:
    return SysteemKlok().nu().date()


def _datum(tekst: str | None, optie: str) -> date:
    if tekst is None:
        return _vandaag()
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        _stop(2, f"{optie}: {tekst!r} is geen datum; gebruik JJJJ-MM-DD")


def _gebruiker() -> str | None:
    """Who is at the keyboard: SPOORWIJZER_GEBRUIKER, else the operating-system user."""
    if os.environ.get("SPOORWIJZER_GEBRUIKER"):
        return os.environ["SPOORWIJZER_GEBRUIKER"]
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def _herkomst(bron: str, namens: str | None = None) -> Herkomst:
    rol = os.environ.get("SPOORWIJZER_ROL") or None
    rollen = (*get_args(Rol), "auditor")
    if rol is not None and rol not in rollen:
        _stop(4, f"SPOORWIJZER_ROL={rol!r} is onbekend; kies uit {', '.join(rollen)}")
    return Herkomst(
        bron=bron,  # type: ignore[arg-type]
        geregistreerd_door=_gebruiker(),
        namens=namens or os.environ.get("SPOORWIJZER_NAMENS") or None,
        correlatie_id=str(uuid.uuid4()),
        rol=rol,  # type: ignore[arg-type]
    )


def log_lezing(
    dossiers: Dossierbestand, dossier: Verzuimdossier, actie: str, doel: str | None
) -> None:
    """Record a read in the access log (NEN 7513)."""
    cli_toegang.log_lezing(dossiers, dossier.id, actie, doel, werknemer=dossier.werknemer)


def _lees_bestand(pad: str) -> list[str]:
    if pad == "-":
        return sys.stdin.read().splitlines()
    bestand = Path(pad)
    if not bestand.is_file():
        _stop(2, f"bestand {pad} bestaat niet")
    try:
        return bestand.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as fout:
        _stop(1, f"geweigerd: {pad} is geen UTF-8-tekst ({fout.reason} op byte {fout.start})")


def _toon_termijnen(overzicht: Termijnoverzicht) -> None:
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


def _toon_stand(stand: Reintegratiestand) -> None:
    sporen = " en ".join(s.replace("_", " ") for s in stand.sporen) or "geen (hersteld of gesloten)"
    regels = [f"Stand op {stand.peildatum}: {sporen}"]
    if stand.trede_omschrijving:
        regels.append(
            f"  eerste spoor, trede {stand.trede_eerste_spoor}: {stand.trede_omschrijving}"
        )
    if stand.werkhervatting:
        w = stand.werkhervatting
        regels.append(f"  werkhervatting {w.percentage}% in {w.soort} sinds {w.sinds}")
    if stand.arbeidsdeskundig_advies:
        regels.append(f"  arbeidsdeskundig advies: {stand.arbeidsdeskundig_advies}")
    if stand.bureau:
        b = stand.bureau
        regels.append(
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
        regels.append(
            f"  gedetacheerd bij {d.inlener} sinds {d.gestart_op}{einde}, "
            f"{d.uren_per_week} uur/week{vergoeding}"
        )
    if stand.loondoorbetaling:
        regels.append(
            f"  loon betaald door {stand.loondoorbetaling.werkgever} tot en met "
            f"{stand.loondoorbetaling.tot_en_met}"
        )
    for advies in stand.adviezen:
        regels.append(f"  advies ({advies.onderwerp}): {advies.tekst} [{advies.bron.artikel}]")
    for regel in regels:
        uit.print(regel, markup=False)


DOEL = typer.Option(
    "--doel",
    help="Why you read this dossier (logged, NEN 7513); default SPOORWIJZER_DOEL or "
    "re-integratiebegeleiding.",
)


PEILDATUM = typer.Option("--peildatum", help="Reference date YYYY-MM-DD (default: today).")
ALS_JSON = typer.Option("--json", help="Machine-readable JSON on standard output.")


@app.command()
def termijnen(
    bestand: Annotated[
        str, typer.Argument(help="Dossier in the exchange format (JSON Lines); - for stdin.")
    ],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Compute the obligations of a dossier file as of a peildatum (no store needed)."""
    peil = _datum(peildatum, "--peildatum")
    regels = _lees_bestand(bestand)
    with _fouten():
        dossier = in_geheugen().bouw_dossier(lees_invoer(regels), _herkomst("import"))
        overzicht = dossier.termijnen(peil)
    if als_json:
        sys.stdout.write(json.dumps(termijnen_json(overzicht), ensure_ascii=False) + "\n")
    else:
        _toon_termijnen(overzicht)


@dossier_app.command("importeer")
def importeer(
    bestanden: Annotated[list[str], typer.Argument(help="One or more dossier files (JSON Lines).")],
) -> None:
    """Import dossier files; each file is one dossier, stored whole or not at all.

    Files before a refused one stay imported; the refused file and those after it are not.
    """
    dossiers = _dossiers()
    herkomst = _herkomst("import")
    with Progress(console=fout_uit, transient=True, disable=len(bestanden) < 2) as voortgang:
        taak = voortgang.add_task("importeren", total=len(bestanden))
        for pad in bestanden:
            regels = _lees_bestand(pad)
            with _fouten():
                try:
                    dossier_id = dossiers.importeer(lees_invoer(regels), herkomst)
                except GeweigerdError as fout:
                    fout.reden = f"{pad}: {fout.reden}" if len(bestanden) > 1 else fout.reden
                    raise
            uit.print(str(dossier_id))
            voortgang.advance(taak)


@dossier_app.command("exporteer")
def exporteer(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
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
    dossiers = _dossiers()
    with _fouten():
        dossier = dossiers.dossier(dossiers.zoek_id(dossier_id))
    log_lezing(dossiers, dossier, "exporteren", doel)
    if bundel is not None:
        cli_bundel.exporteer_bundel(dossier, bundel, sleutel or cli_bundel.standaard_sleutelpad())
        return
    tekst = "".join(regel + "\n" for regel in exporteer_regels(dossier))
    if bestand is None:
        sys.stdout.write(tekst)
    else:
        bestand.write_text(tekst, encoding="utf-8")
        fout_uit.print(f"{len(dossier.registraties)} regels geschreven naar {bestand}")


@dossier_app.command("lijst")
def lijst(als_json: Annotated[bool, ALS_JSON] = False) -> None:
    """List the stored dossiers."""
    rijen = _dossiers().overzicht()
    if als_json:
        sys.stdout.write(
            json.dumps(
                [
                    {
                        "dossier_id": str(r.dossier_id),
                        "werknemer": r.werknemer,
                        "werkgever": r.werkgever,
                        "eerste_ziektedag": r.eerste_ziektedag.isoformat(),
                        "versie": r.versie,
                    }
                    for r in rijen
                ],
                ensure_ascii=False,
            )
            + "\n"
        )
        return
    tabel = Table(title=f"{len(rijen)} dossiers")
    for kop in ("id", "werknemer", "werkgever", "eerste ziektedag", "feiten"):
        tabel.add_column(kop)
    for r in rijen:
        tabel.add_row(
            r.dossier_id.hex[:8],
            r.werknemer,
            r.werkgever,
            r.eerste_ziektedag.isoformat(),
            str(r.versie),
        )
    uit.print(tabel)


ZOALS_BEKEND_OP = typer.Option(
    "--zoals-bekend-op",
    help=(
        "Show the dossier as it was known at this moment (recording time): YYYY-MM-DD "
        "(end of that day, Dutch time) or an ISO date-time."
    ),
)


def _moment(tekst: str | None) -> datetime | None:
    """``--zoals-bekend-op``: a date means the end of that day in the Netherlands."""
    if tekst is None:
        return None
    try:
        if len(tekst) == 10:
            dag = date.fromisoformat(tekst)
            return datetime.combine(dag, time.max, tzinfo=NL)
        moment = datetime.fromisoformat(tekst)
    except ValueError:
        _stop(2, f"--zoals-bekend-op: {tekst!r} is geen datum of tijdstip (JJJJ-MM-DD[THH:MM])")
    return moment if moment.tzinfo else moment.replace(tzinfo=NL)


def _beeld_van(
    dossier_id: str, zoals_bekend_op: str | None, actie: str, doel: str | None
) -> tuple[Verzuimdossier, Dossierbeeld]:
    dossiers = _dossiers()
    with _fouten():
        dossier = dossiers.dossier(dossiers.zoek_id(dossier_id))
    log_lezing(dossiers, dossier, actie, doel)
    return dossier, dossier.beeld(_moment(zoals_bekend_op))


@dossier_app.command("toon")
def toon(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    zoals_bekend_op: Annotated[str | None, ZOALS_BEKEND_OP] = None,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Show a dossier: its facts, its obligations and their status (on two time axes)."""
    peil = _datum(peildatum, "--peildatum")
    dossier, beeld = _beeld_van(dossier_id, zoals_bekend_op, "lezen", doel)
    if not beeld.registraties:
        _stop(3, f"dossier {dossier.id} bestond op {zoals_bekend_op} nog niet")
    if als_json:
        antwoord = dossierbeeld_json(dossier, beeld, peil)
        sys.stdout.write(json.dumps(antwoord, ensure_ascii=False) + "\n")
        return
    overzicht = beeld.termijnen(peil)
    bekend = (
        f"  ·  zoals bekend op {beeld.zoals_bekend_op:%Y-%m-%d %H:%M %Z}"
        if beeld.zoals_bekend_op
        else ""
    )
    uit.print(
        f"Dossier {dossier.id}  ·  {dossier.werknemer} bij {dossier.werkgever}  ·  "
        f"versie {len(beeld.registraties)}{bekend}"
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
            json.dumps(gegevens, ensure_ascii=False) if gegevens else "",
        )
    uit.print(feiten)
    _toon_termijnen(overzicht)
    _toon_stand(beeld.stand(peil))


@dossier_app.command("geschiedenis")
def geschiedenis(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
    peildatum: Annotated[str | None, PEILDATUM] = None,
    zoals_bekend_op: Annotated[str | None, ZOALS_BEKEND_OP] = None,
    doel: Annotated[str | None, DOEL] = None,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """The full history: who recorded what and when, corrections with diff and reason."""
    peil = _datum(peildatum, "--peildatum")
    dossier, beeld = _beeld_van(dossier_id, zoals_bekend_op, "geschiedenis", doel)
    regels = beeld.geschiedenis()
    if als_json:
        sys.stdout.write(
            json.dumps(
                {
                    "dossier_id": str(dossier.id),
                    "zoals_bekend_op": (
                        beeld.zoals_bekend_op.isoformat() if beeld.zoals_bekend_op else None
                    ),
                    "registraties": [geschiedenisregel_json(r) for r in regels],
                    **termijnen_json(beeld.termijnen(peil)),
                },
                ensure_ascii=False,
            )
            + "\n"
        )
        return
    tabel = Table(
        title=f"Geschiedenis van dossier {dossier.id.hex[:8]} ({len(regels)} registraties)"
    )
    for kop in ("pos", "geregistreerd op", "door", "type", "datum", "gegevens", "correcties"):
        tabel.add_column(kop, no_wrap=kop in ("pos", "datum"))
    for regel in regels:
        r = regel.registratie
        gegevens = {k: v for k, v in json_waarde(dict(r.velden)).items() if v is not None}
        opmerking = []
        if r.type_naam == "RegistratieGecorrigeerd":
            diff = "; ".join(f"{w.veld}: {w.oud} → {w.nieuw}" for w in regel.wijzigingen)
            opmerking.append(
                f"corrigeert positie {r.velden['betreft']} ({r.velden['reden']}): {diff}"
            )
            gegevens = {}
        if r.type_naam == "RegistratieIngetrokken":
            opmerking.append(f"trekt positie {r.velden['betreft']} in ({r.velden['reden']})")
            gegevens = {}
        if regel.gecorrigeerd_bij:
            opmerking.append(
                "gecorrigeerd bij positie " + ", ".join(map(str, regel.gecorrigeerd_bij))
            )
        if regel.ingetrokken_bij:
            opmerking.append(f"ingetrokken bij positie {regel.ingetrokken_bij}")
        h = r.herkomst
        door = h.geregistreerd_door or "?"
        if h.rol:
            door += f" als {h.rol}"
        if h.namens:
            door += f" namens {h.namens}"
        tabel.add_row(
            str(r.positie),
            f"{r.geregistreerd_op:%Y-%m-%d %H:%M:%S}",
            f"{door} ({h.bron})",
            f"[strike]{r.type_naam}[/]" if regel.ingetrokken_bij else r.type_naam,
            r.datum.isoformat(),
            json.dumps(gegevens, ensure_ascii=False) if gegevens else "",
            "; ".join(opmerking),
        )
    uit.print(tabel)


@dossier_app.command("verifieer")
def verifieer_dossier(
    dossier_id: Annotated[
        str | None, typer.Argument(help="Dossier id (or prefix); leave out with --alle.")
    ] = None,
    alle: Annotated[bool, typer.Option("--alle", help="Verify every stored dossier.")] = False,
    doel: Annotated[str | None, DOEL] = None,
) -> None:
    """Recompute the hash chain against the store; name the first broken position."""
    dossiers = _dossiers()
    if alle == (dossier_id is not None):
        _stop(2, "geef een dossier-id of --alle")
    with _fouten():
        ids = list(dossiers.dossier_ids()) if alle else [dossiers.zoek_id(str(dossier_id))]
    gebroken = 0
    aantal = 0
    with Progress(console=fout_uit, transient=True, disable=len(ids) < 50) as voortgang:
        taak = voortgang.add_task("verifiëren", total=len(ids))
        for i in ids:
            dossier = dossiers.dossier(i)
            if not alle:
                log_lezing(dossiers, dossier, "verifieren", doel)
            controle = dossier.verifieer()
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
            voortgang.advance(taak)
    if gebroken:
        _stop(1, f"{gebroken} van {len(ids)} dossiers hebben een gebroken keten")
    uit.print(f"{len(ids)} dossier(s), {aantal} registraties: keten in orde", markup=False)


def _doeltype(dossiers: Dossierbestand, dossier_id: uuid.UUID, betreft: str | None) -> str | None:
    """The type of the recording a correction names, to type its top-level fields."""
    if betreft is None or not betreft.strip().isdigit():
        return None
    with _fouten():
        registraties = dossiers.dossier(dossier_id).registraties
    positie = int(betreft)
    return registraties[positie - 1].type_naam if 1 <= positie <= len(registraties) else None


@app.command()
def registreer(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
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
        typer.Option("--door-rol", help="Who did it: rol (werkgever, bedrijfsarts, ...)."),
    ] = None,
    door_naam: Annotated[str | None, typer.Option("--door-naam", help="Who did it: name.")] = None,
    namens: Annotated[
        str | None, typer.Option("--namens", help="Recorded on behalf of (e.g. the employer).")
    ] = None,
    toelichting: Annotated[
        str | None, typer.Option("--toelichting", help="Free-text note.")
    ] = None,
) -> None:
    """Record one fact in a stored dossier."""
    gegevens: dict[str, Any] = {"type": type_naam, "datum": datum}
    paren = []
    for paar in veld or []:
        naam, is_, waarde = paar.partition("=")
        if not is_ or not naam:
            _stop(2, f"--veld {paar!r}: gebruik naam=waarde")
        paren.append((naam.strip(), waarde))
    dossiers = _dossiers()
    with _fouten():
        doel = dossiers.zoek_id(dossier_id)
    doeltype = _doeltype(dossiers, doel, dict(paren).get("betreft"))
    for naam, waarde in paren:
        gegevens[naam] = tekstwaarde(type_naam, naam, waarde, doeltype)
    if door_rol or door_naam:
        gegevens["door"] = {"rol": door_rol, "naam": door_naam} if door_naam else {"rol": door_rol}
    if toelichting:
        gegevens["toelichting"] = toelichting
    with _fouten():
        invoer = valideer(gegevens)
        positie = dossiers.registreer(doel, invoer, _herkomst("cli", namens))
    uit.print(f"vastgelegd als positie {positie} in dossier {doel}")


@app.command()
def signalen(
    peildatum: Annotated[str | None, PEILDATUM] = None,
    binnen: Annotated[
        int,
        typer.Option("--binnen", min=0, help="Also show obligations due within this many days."),
    ] = 14,
    als_json: Annotated[bool, ALS_JSON] = False,
) -> None:
    """Across all dossiers: obligations overdue or due within N days, most urgent first.

    On PostgreSQL the answer comes from the live projection (caught up first); elsewhere it is
    computed from the read model.
    """
    peil = _datum(peildatum, "--peildatum")
    instellingen = _instellingen()
    with _fouten():
        dossiers = _dossiers()
        if instellingen.opslag == "postgres":
            from adapters.opslag.projectie import actuele_signalen

            lijst_ = actuele_signalen(instellingen, dossiers, peil, binnen)
        else:
            lijst_ = dossiers.signalen(peil, binnen)
    if als_json:
        sys.stdout.write(json.dumps([signaal_json(s) for s in lijst_], ensure_ascii=False) + "\n")
        return
    tabel = Table(title=f"Signalen op {peil.isoformat()} (verlopen of binnen {binnen} dagen)")
    for kop in ("uiterste datum", "dagen", "status", "regel"):
        tabel.add_column(kop, no_wrap=True)
    tabel.add_column("werknemer")
    tabel.add_column("werkgever")
    tabel.add_column("dossier", no_wrap=True)
    for s in lijst_:
        v = s.verplichting
        tabel.add_row(
            v.uiterste_datum.isoformat(),
            str((v.uiterste_datum - peil).days),
            f"[{KLEUR[v.status]}]{v.status}[/]",
            v.regel,
            s.werknemer,
            s.werkgever,
            s.dossier_id.hex[:8],
        )
    uit.print(tabel)
    if not lijst_:
        uit.print("Geen verlopen of binnenkort verlopende verplichtingen.")


@app.command()
def types() -> None:
    """List the event types of the exchange format with their fields."""
    tabel = Table(title="Types (contract sectie 3)")
    for kop in ("type", "verplicht", "optioneel"):
        tabel.add_column(kop)
    for naam, cls in ALLE_TYPES.items():
        verplicht = verplichte_velden(naam)
        optioneel = [v for v in eigen_velden(cls) if v not in verplicht]
        tabel.add_row(
            naam, ", ".join(("datum", *verplicht)), ", ".join(("door", "toelichting", *optioneel))
        )
    uit.print(tabel)


@app.command()
def regels() -> None:
    """List the deadline rules with their legal source and versions."""
    tabel = Table(title="Termijnregels (contract sectie 2)")
    for kop in ("regel", "termijn", "bron", "versies"):
        tabel.add_column(kop)
    for r in REGELS.values():
        tabel.add_row(
            r.naam, r.termijn, f"{r.bron.artikel}\n{r.bron.url}", ", ".join(v.id for v in r.versies)
        )
    uit.print(tabel)


@db_app.command("init")
def db_init() -> None:
    """Create the event, read-model, medical, access-log and projection tables once.

    Then run the service and workers with CREATE_TABLE=n.

    Starting many processes that each create tables races on the database catalogue; creating
    them in one step first, and starting the service and workers with CREATE_TABLE=n, does not.
    """
    instellingen = dataclasses.replace(_instellingen(), tabellen_aanmaken=True)
    with _fouten():
        dossiers = open_dossiers(instellingen, SysteemKlok())
        toegangslog_voor(dossiers, tabellen_aanmaken=True).maak_tabel()
        if instellingen.opslag == "postgres":
            from adapters.opslag.projectie import open_view

            open_view(instellingen).datastore.close()  # the signalen projection's tables
    uit.print(f"schema klaar in {instellingen.beschrijving()}", markup=False)


@demo_app.command("laad")
def demo_laad(
    vandaag: Annotated[
        str | None,
        typer.Option("--vandaag", help="Shift the demo so this date is 'today' (default: today)."),
    ] = None,
) -> None:
    """Load the demo dossiers into the store, unless it already holds dossiers."""
    dossiers = _dossiers()
    if dossiers.overzicht():
        fout_uit.print("De opslag bevat al dossiers; demo niet opnieuw geladen.")
        return
    with _fouten():
        aantal = demo.laad(dossiers, _datum(vandaag, "--vandaag"), _herkomst("import"))
    fout_uit.print(f"{aantal} demodossiers geladen in {_instellingen().beschrijving()}.")


def main() -> None:
    """Entry point of the ``spoorwijzer`` script."""
    app()


# Commands that live in their own modules register themselves on the apps above.
from adapters import (  # noqa: E402
    cli_bundel,
    cli_rapport,  # noqa: F401
    cli_service,  # noqa: F401
    cli_toegang,
    cli_toets,  # noqa: F401
)
