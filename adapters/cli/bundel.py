"""Signed export bundles: ``spoorwijzer verifieer MAP`` and ``spoorwijzer sleutel maak``.

``exporteer_bundel`` is what ``dossier exporteer ID --bundel MAP`` calls after the application
layer has logged the export.  Exit codes: 1 for an invalid bundle or a refused key or bundle,
2 for wrong usage, 4 for a missing or unusable signing key.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated

import typer

from adapters.cli import gemeen
from adapters.cli.gemeen import fout_uit, uit
from adapters.uitwisseling.bundel import (
    BundelError,
    Manifest,
    SleutelError,
    kort,
    maak_sleutel,
    schrijf_bundel,
    verifieer_bundel,
    vingerafdruk_van,
)
from adapters.uitwisseling.jsonl import exporteer_lijnen
from domain.poorten import Klok
from domain.regels import REGELSET_VERSIE
from domain.verzuimdossier import Verzuimdossier

STANDAARD_SLEUTEL = Path("var") / "sleutels" / "spoorwijzer.pem"

app: typer.Typer = typer.Typer()
sleutel_app: typer.Typer = typer.Typer(
    help="Signing keys for export bundles.", no_args_is_help=True
)


def standaard_sleutelpad(omgeving: Mapping[str, str] | None = None) -> Path:
    """The signing key: ``SPOORWIJZER_SLEUTEL``, else ``var/sleutels/spoorwijzer.pem``."""
    waarde = (os.environ if omgeving is None else omgeving).get("SPOORWIJZER_SLEUTEL", "")
    return Path(waarde.strip()) if waarde.strip() else STANDAARD_SLEUTEL


def exporteer_bundel(dossier: Verzuimdossier, map_: Path, sleutel: Path, klok: Klok) -> Manifest:
    """Write a signed bundle of ``dossier`` to ``map_`` and report it on standard error.

    Stops the command with exit code 4 when the key is missing or unusable and 1 when the
    bundle is refused (the directory is not empty, the chain is broken).
    """
    if not sleutel.is_file():
        gemeen.stop(
            4,
            f"sleutel: {sleutel} bestaat niet; maak er een met 'spoorwijzer sleutel maak' "
            "of wijs er een aan met SPOORWIJZER_SLEUTEL",
        )
    try:
        manifest = schrijf_bundel(
            list(exporteer_lijnen(dossier)),
            map_,
            dossier_id=str(dossier.id),
            regelset_versie=REGELSET_VERSIE,
            exporttijd=klok.nu(),
            sleutel=sleutel,
        )
    except SleutelError as fout:
        gemeen.stop(4, f"sleutel: {fout}")
    except BundelError as fout:
        gemeen.stop(1, f"geweigerd: {fout}")
    fout_uit.print(
        f"bundel geschreven naar {map_}: {manifest.aantal_gebeurtenissen} gebeurtenissen, "
        f"kop-hash {manifest.kop_hash}, ondertekend met sleutel "
        f"{kort(manifest.sleutel_vingerafdruk)}",
        markup=False,
    )
    return manifest


@app.command("verifieer")
def verifieer(
    map_: Annotated[
        Path, typer.Argument(metavar="MAP", help="The bundle directory (from --bundel).")
    ],
    publieke_sleutel: Annotated[
        Path | None,
        typer.Option(
            "--publieke-sleutel",
            help=(
                "The signer's public key, obtained separately (proves origin). "
                "Without it the bundled key is used, which proves integrity only."
            ),
        ),
    ] = None,
) -> None:
    """Check a signed export bundle offline: signature, hash chain, count and head hash."""
    if not map_.is_dir():
        gemeen.stop(2, f"{map_} is geen map; geef de map van een bundel")
    if publieke_sleutel is not None and not publieke_sleutel.is_file():
        gemeen.stop(2, f"--publieke-sleutel: bestand {publieke_sleutel} bestaat niet")
    resultaat = verifieer_bundel(map_, publieke_sleutel)
    if not resultaat.ok:
        meldingen = [f"bundel ongeldig: {resultaat.redenen[0]}"]
        meldingen += [f"  ook: {reden}" for reden in resultaat.redenen[1:]]
        meldingen += [f"  let op: {opmerking}" for opmerking in resultaat.opmerkingen]
        gemeen.stop(1, "\n".join(meldingen))
    manifest = resultaat.manifest
    assert manifest is not None  # a valid bundle has a manifest
    herkomst = (
        "opgegeven sleutel" if resultaat.sleutelbron == "opgegeven" else "meegeleverde sleutel"
    )
    uit.print(
        f"bundel geldig: dossier {manifest.dossier_id}, {resultaat.aantal} gebeurtenissen, "
        f"kop-hash {resultaat.kop_hash}\n"
        f"  geëxporteerd op {manifest.exporttijd.isoformat()}, regelset "
        f"{manifest.regelset_versie}\n"
        f"  ondertekend met sleutel {manifest.sleutel_vingerafdruk} ({herkomst})",
        markup=False,
    )
    for opmerking in resultaat.opmerkingen:
        fout_uit.print(f"let op: {opmerking}", markup=False)


@sleutel_app.command("maak")
def sleutel_maak(
    pad: Annotated[
        Path | None,
        typer.Option(
            "--pad",
            help=(
                "Private key file to create (default: SPOORWIJZER_SLEUTEL or "
                "var/sleutels/spoorwijzer.pem); the public key goes to <naam>.pub.pem."
            ),
        ),
    ] = None,
) -> None:
    """Create an Ed25519 key pair for signing export bundles; never overwrites a key."""
    prive = pad if pad is not None else standaard_sleutelpad()
    try:
        publiek = maak_sleutel(prive)
    except SleutelError as fout:
        gemeen.stop(1, f"geweigerd: {fout}")
    uit.print(
        f"privésleutel: {prive} (alleen voor u leesbaar; deel hem niet)\n"
        f"publieke sleutel: {publiek} (geef deze aan wie bundels controleert)\n"
        f"vingerafdruk: {vingerafdruk_van(publiek)}",
        markup=False,
    )
