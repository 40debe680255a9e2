"""``spoorwijzer dossier toets ID``: the poortwachtertoets (RIV readiness check) of a dossier.

Importing this module registers the command on :data:`adapters.cli.dossier_app`;
``adapters/cli.py`` imports it at its bottom.  The check itself is
:func:`domain.rivtoets.toets_riv`; this module only reads the dossier, records the
read in the access log (action ``toetsen``) and shows the result.  The exit code is
0 whether the dossier is compleet or onvolledig: the check is a report, not a refusal.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from adapters import cli
from adapters.weergave import toets_json
from domain.rivtoets import Poortwachtertoets, Toetspunt, Uitkomst, toets_riv

KLEUR: dict[Uitkomst, str] = {
    "aanwezig": "green",
    "tijdig": "green",
    "te_laat": "yellow",
    "ontbreekt": "bold red",
    "niet_van_toepassing": "dim",
}


def _uitkomst(punt: Toetspunt) -> Text:
    tekst = Text(punt.uitkomst, style=KLEUR[punt.uitkomst])
    if punt.loonsanctierisico:
        tekst.append(" (risico)", style="bold red")
    if not punt.uit_vocabulaire:
        tekst.append(" (handmatig)", style="dim")
    return tekst


def _toon(toets: Poortwachtertoets) -> None:
    tabel = Table(show_lines=False)
    tabel.add_column("code", no_wrap=True)
    tabel.add_column("omschrijving")
    tabel.add_column("uitkomst", no_wrap=True)
    tabel.add_column("reden")
    for punt in toets.punten:
        tabel.add_row(punt.code, punt.omschrijving, _uitkomst(punt), Text(punt.reden))
    cli.uit.print(tabel)
    kleur = "green" if toets.oordeel == "compleet" else "bold red"
    cli.uit.print(Text.assemble("Oordeel: ", (toets.oordeel, kleur)))
    risico = toets.risico_loonsanctie
    if risico:
        cli.uit.print("Risico op loonsanctie:")
        for punt in risico:
            cli.uit.print(
                f"  {punt.code}: {punt.omschrijving} ({punt.uitkomst}) "
                f"[{punt.bron.artikel} <{punt.bron.url}>]",
                markup=False,
            )
    else:
        cli.uit.print("Risico op loonsanctie: geen")
    if toets.handmatig:
        codes = ", ".join(p.code for p in toets.handmatig)
        cli.uit.print(
            f"Handmatig controleren (niet vast te leggen in het uitwisselformaat): {codes}",
            markup=False,
        )


@cli.dossier_app.command("toets")
def toets(
    dossier_id: Annotated[str, typer.Argument(help="Dossier id (or a unique prefix).")],
    peildatum: Annotated[str | None, cli.PEILDATUM] = None,
    doel: Annotated[str | None, cli.DOEL] = None,
    als_json: Annotated[bool, cli.ALS_JSON] = False,
) -> None:
    """Check the dossier against UWV's test of the re-integratieverslag (poortwachtertoets).

    For every part of the re-integratieverslag (Regeling procesgang art. 6, a to l) and
    every process step UWV looks at: present, on time, late or missing, with the reason and
    the legal source; then the verdict (compleet or onvolledig) and what risks a loonsanctie.
    Exits 0 either way.  The read is recorded in the access log (action ``toetsen``).
    """
    peil = cli._datum(peildatum, "--peildatum")
    dossiers = cli._dossiers()
    with cli._fouten():
        dossier = dossiers.dossier(dossiers.zoek_id(dossier_id))
    cli.log_lezing(dossiers, dossier, "toetsen", doel)
    uitslag = toets_riv(dossier.feiten, peil)
    if als_json:
        antwoord = {
            "dossier_id": str(dossier.id),
            "werknemer": dossier.werknemer,
            "werkgever": dossier.werkgever,
            **toets_json(uitslag),
        }
        sys.stdout.write(json.dumps(antwoord, ensure_ascii=False) + "\n")
        return
    cli.uit.print(
        f"Poortwachtertoets dossier {dossier.id}  ·  {dossier.werknemer} bij {dossier.werkgever}"
        f"  ·  peildatum {peil}  ·  re-integratieverslag uiterlijk {uitslag.riv_uiterste_datum}"
        f" ({'aan de orde' if uitslag.riv_aan_de_orde else 'nog niet aan de orde'})",
        markup=False,
    )
    _toon(uitslag)
