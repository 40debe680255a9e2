"""Signed export bundles: a fresh bundle verifies offline; every kind of change is named.

Each mutation test changes a written bundle the way an attacker or a broken copy would and
checks that verification fails with the precise first reason.  The CLI tests at the end need
``adapters.cli`` to be wired to ``adapters.cli_bundel`` and skip until it is.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import json
import shutil
import stat
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
import typer
from Crypto.PublicKey import ECC
from Crypto.Signature import eddsa
from typer.testing import CliRunner

from adapters.cli import app as cli_app
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.uitwisseling.bundel import (
    GEBEURTENISSEN,
    HANDTEKENING,
    MANIFEST,
    PUBLIEKE_SLEUTEL,
    BundelError,
    Manifest,
    SleutelError,
    kort,
    maak_sleutel,
    publiek_pad,
    schrijf_bundel,
    verifieer_bundel,
    vingerafdruk_van,
)
from adapters.uitwisseling.jsonl import BEGIN_HASH, exporteer_lijnen, ketenhash, lees_invoer
from domain.regels import REGELSET_VERSIE
from domain.verzuimdossier import Verzuimdossier
from tests.conftest import HERKOMST

VOORBEELDEN = Path(__file__).parents[1] / "data" / "voorbeelden"
VOORBEELD = next(VOORBEELDEN.glob("05-*")) / "dossier.jsonl"
EXPORTTIJD = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)
GEWIJZIGD = "hash klopt niet (de regel is gewijzigd)"
VERSCHOVEN = "vorige_hash past niet (regel weggelaten, toegevoegd of verplaatst"
SHA_ANDERS = "gebeurtenissen.jsonl: sha256 past niet bij het manifest"


@pytest.fixture
def dossier(dossiers: Dossierbestand) -> Verzuimdossier:
    regels = VOORBEELD.read_text(encoding="utf-8").splitlines()
    return dossiers.dossier(dossiers.importeer(lees_invoer(regels), HERKOMST))


@pytest.fixture
def regels(dossier: Verzuimdossier) -> list[str]:
    return list(exporteer_lijnen(dossier))


@pytest.fixture
def sleutel(tmp_path: Path) -> Path:
    pad = tmp_path / "sleutels" / "spoorwijzer.pem"
    maak_sleutel(pad)
    return pad


@pytest.fixture
def publiek(sleutel: Path) -> Path:
    return publiek_pad(sleutel)


@pytest.fixture
def andere_sleutel(tmp_path: Path) -> Path:
    pad = tmp_path / "anderen" / "indringer.pem"
    maak_sleutel(pad)
    return pad


def _schrijf(regels: list[str], map_: Path, sleutel: Path) -> Manifest:
    return schrijf_bundel(
        regels,
        map_,
        dossier_id="ad84b47e-0474-4e52-8a38-56035d659ed1",
        regelset_versie=REGELSET_VERSIE,
        exporttijd=EXPORTTIJD,
        sleutel=sleutel,
    )


@pytest.fixture
def bundel(tmp_path: Path, regels: list[str], sleutel: Path) -> Path:
    map_ = tmp_path / "bundel"
    _schrijf(regels, map_, sleutel)
    return map_


def _regels_van(bundel: Path) -> list[str]:
    return (bundel / GEBEURTENISSEN).read_text(encoding="utf-8").splitlines()


def _zet_regels(bundel: Path, regels: list[str]) -> None:
    (bundel / GEBEURTENISSEN).write_text("".join(r + "\n" for r in regels), encoding="utf-8")


# -- a bundle as written ------------------------------------------------------------------


def test_a_fresh_bundle_verifies_against_the_expected_public_key(
    bundel: Path, publiek: Path, regels: list[str]
) -> None:
    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is True, resultaat.redenen
    assert resultaat.redenen == ()
    assert resultaat.reden is None
    assert resultaat.aantal == len(regels) == 14
    assert resultaat.kop_hash == json.loads(regels[-1])["hash"]
    assert resultaat.sleutelbron == "opgegeven"
    assert resultaat.sleutel_vingerafdruk == vingerafdruk_van(publiek)
    assert resultaat.opmerkingen == ()


def test_the_bundled_key_proves_integrity_and_says_it_does_not_prove_origin(
    bundel: Path, publiek: Path
) -> None:
    resultaat = verifieer_bundel(bundel)

    assert resultaat.ok is True, resultaat.redenen
    assert resultaat.sleutelbron == "meegeleverd"
    assert resultaat.sleutel_vingerafdruk == vingerafdruk_van(publiek)
    assert len(resultaat.opmerkingen) == 1
    assert "meegeleverde sleutel" in resultaat.opmerkingen[0]
    assert "niet wie hem maakte" in resultaat.opmerkingen[0]


def test_the_bundle_holds_the_lines_as_given_and_a_manifest_that_describes_them(
    bundel: Path, regels: list[str], publiek: Path
) -> None:
    inhoud = (bundel / GEBEURTENISSEN).read_bytes()
    manifest = json.loads((bundel / MANIFEST).read_bytes())

    assert sorted(p.name for p in bundel.iterdir()) == sorted(
        [GEBEURTENISSEN, MANIFEST, HANDTEKENING, PUBLIEKE_SLEUTEL]
    )
    assert inhoud == "".join(r + "\n" for r in regels).encode()
    assert manifest == {
        "formaat": "spoorwijzer-bundel/1",
        "dossier_id": "ad84b47e-0474-4e52-8a38-56035d659ed1",
        "aantal_gebeurtenissen": 14,
        "kop_hash": json.loads(regels[-1])["hash"],
        "gebeurtenissen_sha256": hashlib.sha256(inhoud).hexdigest(),
        "regelset_versie": REGELSET_VERSIE,
        "exporttijd": "2026-02-01T09:30:00+00:00",
        "sleutel_algoritme": "Ed25519",
        "sleutel_vingerafdruk": vingerafdruk_van(publiek),
    }
    assert ECC.import_key((bundel / PUBLIEKE_SLEUTEL).read_bytes()) == ECC.import_key(
        publiek.read_bytes()
    )


def test_the_signature_is_base64_ed25519_over_the_exact_manifest_bytes(
    bundel: Path, publiek: Path
) -> None:
    handtekening = base64.b64decode((bundel / HANDTEKENING).read_bytes(), validate=False)
    verifieerder = eddsa.new(ECC.import_key(publiek.read_bytes()), "rfc8032")

    assert len(handtekening) == 64
    verifieerder.verify((bundel / MANIFEST).read_bytes(), handtekening)


def test_the_fingerprint_is_sha256_of_the_raw_public_key(publiek: Path) -> None:
    ruw = ECC.import_key(publiek.read_bytes()).export_key(format="raw")

    assert vingerafdruk_van(publiek) == hashlib.sha256(ruw).hexdigest()
    assert kort(vingerafdruk_van(publiek)) == hashlib.sha256(ruw).hexdigest()[:16]


def _openssl_kan_ed25519() -> bool:
    if shutil.which("openssl") is None:
        return False
    uitvoer = subprocess.run(
        ["openssl", "pkeyutl", "-help"], capture_output=True, text=True, check=False
    )
    return "-rawin" in uitvoer.stdout + uitvoer.stderr


@pytest.mark.skipif(not _openssl_kan_ed25519(), reason="openssl 3 (pkeyutl -rawin) ontbreekt")
def test_openssl_checks_the_signature_and_the_fingerprint_without_spoorwijzer(
    bundel: Path, publiek: Path, tmp_path: Path
) -> None:
    handtekening = tmp_path / "handtekening.bin"
    handtekening.write_bytes(base64.b64decode((bundel / HANDTEKENING).read_bytes()))
    controle = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(publiek),
            "-rawin",
            "-in",
            str(bundel / MANIFEST),
            "-sigfile",
            str(handtekening),
        ],
        capture_output=True,
        check=False,
    )
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-in", str(publiek), "-outform", "DER"],
        capture_output=True,
        check=True,
    ).stdout

    assert controle.returncode == 0, controle.stderr
    assert hashlib.sha256(der[-32:]).hexdigest() == vingerafdruk_van(publiek)


# -- keys ---------------------------------------------------------------------------------


def test_a_new_key_is_private_to_its_owner_with_the_public_key_beside_it(tmp_path: Path) -> None:
    prive = tmp_path / "diep" / "map" / "spoorwijzer.pem"

    publiek = maak_sleutel(prive)

    assert publiek == tmp_path / "diep" / "map" / "spoorwijzer.pub.pem"
    assert stat.S_IMODE(prive.stat().st_mode) == 0o600
    assert ECC.import_key(prive.read_bytes()).has_private()
    assert not ECC.import_key(publiek.read_bytes()).has_private()
    assert b"PRIVATE" not in publiek.read_bytes()


@pytest.mark.parametrize("welke", ["prive", "publiek"])
def test_an_existing_key_is_never_overwritten(tmp_path: Path, welke: str) -> None:
    prive = tmp_path / "spoorwijzer.pem"
    bestaand = prive if welke == "prive" else publiek_pad(prive)
    bestaand.write_text("van iemand anders\n")

    with pytest.raises(SleutelError, match=r"bestaat al; een bestaande sleutel wordt nooit"):
        maak_sleutel(prive)

    assert bestaand.read_text() == "van iemand anders\n"
    assert [p.name for p in tmp_path.iterdir()] == [bestaand.name]


def test_a_bundle_cannot_be_signed_with_a_public_key(
    tmp_path: Path, regels: list[str], publiek: Path
) -> None:
    with pytest.raises(SleutelError, match="is een publieke sleutel"):
        _schrijf(regels, tmp_path / "bundel", publiek)

    assert not (tmp_path / "bundel").exists()


def test_a_bundle_is_not_written_into_a_directory_that_holds_files(
    tmp_path: Path, regels: list[str], sleutel: Path
) -> None:
    map_ = tmp_path / "bundel"
    map_.mkdir()
    (map_ / "iets.txt").write_text("al hier\n")

    with pytest.raises(BundelError, match="bestaat al en is niet leeg"):
        _schrijf(regels, map_, sleutel)

    assert [p.name for p in map_.iterdir()] == ["iets.txt"]


def test_an_existing_empty_directory_is_fine(
    tmp_path: Path, regels: list[str], sleutel: Path
) -> None:
    map_ = tmp_path / "leeg"
    map_.mkdir()

    _schrijf(regels, map_, sleutel)

    assert verifieer_bundel(map_).ok


def test_a_broken_chain_is_never_signed(tmp_path: Path, regels: list[str], sleutel: Path) -> None:
    del regels[3]

    with pytest.raises(BundelError, match=r"geen geldige hashketen.*regel 4: vorige_hash"):
        _schrijf(regels, tmp_path / "bundel", sleutel)

    assert not (tmp_path / "bundel").exists()


# -- mutations of the events file ---------------------------------------------------------

# (field, line number, text in that line, the same text with one character changed)
VELDWIJZIGINGEN = [
    ("type", 2, '"type": "ProbleemanalyseOpgesteld"', '"type": "ProbleemanalyseOpgestelt"'),
    ("datum", 2, '"datum": "2024-04-08"', '"datum": "2024-04-09"'),
    ("domeinveld", 3, '"casemanager": "M. Bakker"', '"casemanager": "M. Bakkes"'),
    ("door", 2, '"naam": "dr. A. Jansen"', '"naam": "dr. B. Jansen"'),
    ("herkomst", 4, '"correlatie_id": "test-1"', '"correlatie_id": "test-2"'),
    ("positie", 5, '"positie": 5', '"positie": 6'),
    (
        "geregistreerd_op",
        6,
        '"geregistreerd_op": "2026-01-01T12',
        '"geregistreerd_op": "2026-01-01T13',
    ),
]


@pytest.mark.parametrize(
    ("veld", "nummer", "oud", "nieuw"), VELDWIJZIGINGEN, ids=[v[0] for v in VELDWIJZIGINGEN]
)
def test_one_changed_character_in_a_field_names_the_changed_line(
    bundel: Path, publiek: Path, veld: str, nummer: int, oud: str, nieuw: str
) -> None:
    regels = _regels_van(bundel)
    assert regels[nummer - 1].count(oud) == 1, f"{veld}: {oud!r} niet in regel {nummer}"
    regels[nummer - 1] = regels[nummer - 1].replace(oud, nieuw)
    _zet_regels(bundel, regels)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.redenen == (f"regel {nummer}: {GEWIJZIGD}", SHA_ANDERS)
    assert resultaat.aantal == nummer - 1


@pytest.mark.parametrize("veld", ["vorige_hash", "hash"])
def test_a_changed_character_in_a_hash_names_the_changed_line(
    bundel: Path, publiek: Path, veld: str
) -> None:
    regels = _regels_van(bundel)
    waarde = json.loads(regels[6])[veld]
    anders = waarde[:-1] + ("0" if waarde[-1] != "0" else "1")
    regels[6] = regels[6].replace(f'"{veld}": "{waarde}"', f'"{veld}": "{anders}"')

    _zet_regels(bundel, regels)
    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == f"regel 7: {GEWIJZIGD}"


def test_a_deleted_line_is_named(bundel: Path, publiek: Path) -> None:
    regels = _regels_van(bundel)
    del regels[4]
    _zet_regels(bundel, regels)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == f"regel 5: {VERSCHOVEN}; deze regel draagt positie 6)"
    assert resultaat.redenen[1:] == (SHA_ANDERS,)
    assert resultaat.aantal == 4


def test_two_swapped_lines_are_named(bundel: Path, publiek: Path) -> None:
    regels = _regels_van(bundel)
    regels[6], regels[7] = regels[7], regels[6]
    _zet_regels(bundel, regels)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == f"regel 7: {VERSCHOVEN}; deze regel draagt positie 8)"


def test_a_repeated_line_is_named(bundel: Path, publiek: Path) -> None:
    regels = _regels_van(bundel)
    regels.insert(3, regels[2])
    _zet_regels(bundel, regels)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == f"regel 4: {VERSCHOVEN}; deze regel draagt positie 3)"


def test_removed_last_lines_are_a_truncated_file(bundel: Path, publiek: Path) -> None:
    _zet_regels(bundel, _regels_van(bundel)[:-2])

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.redenen == (
        "bestand afgekapt: manifest noemt 14 gebeurtenissen, bundel bevat 12",
        SHA_ANDERS,
    )
    assert resultaat.aantal == 12


def test_a_half_written_last_line_is_a_truncated_file(bundel: Path, publiek: Path) -> None:
    inhoud = (bundel / GEBEURTENISSEN).read_bytes()
    laatste = inhoud.rstrip(b"\n").rfind(b"\n") + 1
    (bundel / GEBEURTENISSEN).write_bytes(inhoud[: laatste + 40])

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == "bestand afgekapt: regel 14 is half geschreven (geen geldige JSON)"
    assert resultaat.aantal == 13


def test_an_empty_events_file_is_a_truncated_file(bundel: Path, publiek: Path) -> None:
    (bundel / GEBEURTENISSEN).write_bytes(b"")

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == "bestand afgekapt: manifest noemt 14 gebeurtenissen, bundel bevat 0"


def test_an_appended_line_with_a_valid_chain_is_caught_by_the_manifest(
    bundel: Path, publiek: Path
) -> None:
    regels = _regels_van(bundel)
    laatste = json.loads(regels[-1])
    extra = {
        "type": "HerstelGemeld",
        "datum": "2025-05-01",
        "positie": 15,
        "geregistreerd_op": "2026-01-01T12:00:00+00:00",
        "herkomst": laatste["herkomst"],
        "vorige_hash": laatste["hash"],
    }
    extra["hash"] = ketenhash(extra)
    _zet_regels(bundel, [*regels, json.dumps(extra, ensure_ascii=False)])

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert (
        resultaat.reden == "regels toegevoegd: bundel bevat 15 gebeurtenissen, manifest noemt er 14"
    )


def test_a_whitespace_only_change_keeps_the_chain_but_not_the_file_hash(
    bundel: Path, publiek: Path
) -> None:
    regels = _regels_van(bundel)
    regels[0] = json.dumps(json.loads(regels[0]), ensure_ascii=False, indent=1).replace("\n", "")
    _zet_regels(bundel, regels)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.redenen == (
        f"{SHA_ANDERS} (de regels kloppen, maar de opmaak van het bestand is gewijzigd)",
    )
    assert resultaat.aantal == 14


def test_the_first_line_starts_the_chain_from_zeros(bundel: Path, publiek: Path) -> None:
    eerste = json.loads(_regels_van(bundel)[0])

    assert eerste["vorige_hash"] == BEGIN_HASH
    assert verifieer_bundel(bundel, publiek).ok


# -- mutations of the manifest, signature and key -----------------------------------------


def test_a_replaced_manifest_signed_with_another_key_fails_against_the_expected_key(
    bundel: Path,
    publiek: Path,
    andere_sleutel: Path,
    tmp_path: Path,
) -> None:
    # The attacker drops the last two facts and re-signs a consistent bundle with their key.
    vervalst = tmp_path / "vervalst"
    _schrijf(_regels_van(bundel)[:-2], vervalst, andere_sleutel)
    for naam in (GEBEURTENISSEN, MANIFEST, HANDTEKENING, PUBLIEKE_SLEUTEL):
        shutil.copyfile(vervalst / naam, bundel / naam)

    tegen_verwachte_sleutel = verifieer_bundel(bundel, publiek)
    tegen_meegeleverde_sleutel = verifieer_bundel(bundel)

    assert tegen_verwachte_sleutel.ok is False
    assert tegen_verwachte_sleutel.reden == (
        f"manifest: handtekening ongeldig voor sleutel {kort(vingerafdruk_van(publiek))} "
        "(manifest.json is gewijzigd of met een andere sleutel ondertekend)"
    )
    # Only integrity, not origin: the bundled key is the attacker's, and the result says so.
    assert tegen_meegeleverde_sleutel.ok is True
    assert tegen_meegeleverde_sleutel.sleutelbron == "meegeleverd"
    assert tegen_meegeleverde_sleutel.sleutel_vingerafdruk == vingerafdruk_van(andere_sleutel)
    assert tegen_meegeleverde_sleutel.sleutel_vingerafdruk != vingerafdruk_van(publiek)
    assert "niet wie hem maakte" in tegen_meegeleverde_sleutel.opmerkingen[0]


@pytest.mark.parametrize("met_sleutel", [True, False], ids=["opgegeven", "meegeleverd"])
def test_a_changed_manifest_without_a_new_signature_fails(
    bundel: Path, publiek: Path, met_sleutel: bool
) -> None:
    manifest = (bundel / MANIFEST).read_text(encoding="utf-8")
    assert manifest.count('"aantal_gebeurtenissen": 14') == 1
    (bundel / MANIFEST).write_text(
        manifest.replace('"aantal_gebeurtenissen": 14', '"aantal_gebeurtenissen": 12'),
        encoding="utf-8",
    )

    resultaat = verifieer_bundel(bundel, publiek if met_sleutel else None)

    assert resultaat.ok is False
    assert resultaat.reden is not None
    assert resultaat.reden.startswith(
        f"manifest: handtekening ongeldig voor sleutel {kort(vingerafdruk_van(publiek))}"
    )
    assert resultaat.manifest is None


def test_a_wrong_public_key_fails_naming_that_key(bundel: Path, andere_sleutel: Path) -> None:
    verkeerd = publiek_pad(andere_sleutel)

    resultaat = verifieer_bundel(bundel, verkeerd)

    assert resultaat.ok is False
    assert resultaat.reden is not None
    assert resultaat.reden.startswith(
        f"manifest: handtekening ongeldig voor sleutel {kort(vingerafdruk_van(verkeerd))}"
    )
    assert resultaat.sleutel_vingerafdruk == vingerafdruk_van(verkeerd)


def test_a_manifest_naming_another_key_than_the_one_that_signed_it_fails(
    bundel: Path, sleutel: Path, publiek: Path, andere_sleutel: Path
) -> None:
    gegevens = json.loads((bundel / MANIFEST).read_bytes())
    gegevens["sleutel_vingerafdruk"] = vingerafdruk_van(andere_sleutel)
    inhoud = (json.dumps(gegevens, indent=2) + "\n").encode()
    (bundel / MANIFEST).write_bytes(inhoud)
    ondertekenaar = eddsa.new(ECC.import_key(sleutel.read_bytes()), "rfc8032")
    (bundel / HANDTEKENING).write_bytes(base64.b64encode(ondertekenaar.sign(inhoud)) + b"\n")

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden == (
        f"manifest: noemt sleutel {kort(vingerafdruk_van(andere_sleutel))}, maar is ondertekend "
        f"met sleutel {kort(vingerafdruk_van(publiek))}"
    )


@pytest.mark.parametrize(
    ("inhoud", "reden"),
    [
        (b"geen base64!\n", "manifest.sig: geen base64-handtekening"),
        (base64.b64encode(b"x" * 32) + b"\n", "manifest.sig: handtekening van 32 bytes"),
    ],
    ids=["geen-base64", "te-kort"],
)
def test_a_garbled_signature_file_is_named(
    bundel: Path, publiek: Path, inhoud: bytes, reden: str
) -> None:
    (bundel / HANDTEKENING).write_bytes(inhoud)

    resultaat = verifieer_bundel(bundel, publiek)

    assert resultaat.ok is False
    assert resultaat.reden is not None
    assert resultaat.reden.startswith(reden)


@pytest.mark.parametrize("naam", [GEBEURTENISSEN, MANIFEST, HANDTEKENING, PUBLIEKE_SLEUTEL])
def test_a_missing_file_is_named(bundel: Path, naam: str) -> None:
    (bundel / naam).unlink()

    resultaat = verifieer_bundel(bundel)

    assert resultaat.ok is False
    assert resultaat.reden == f"bundel onvolledig: {naam} ontbreekt"


def test_the_bundled_key_is_not_needed_when_the_key_is_given(bundel: Path, publiek: Path) -> None:
    (bundel / PUBLIEKE_SLEUTEL).unlink()

    assert verifieer_bundel(bundel, publiek).ok


def test_a_directory_that_is_not_there_is_named(tmp_path: Path) -> None:
    resultaat = verifieer_bundel(tmp_path / "nergens")

    assert resultaat.ok is False
    assert resultaat.reden == f"bundel: {tmp_path / 'nergens'} is geen map"


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli_bundel() -> ModuleType:
    return importlib.import_module("adapters.cli.bundel")


@pytest.mark.usefixtures("cli_bundel")
def test_cli_makes_a_key_and_refuses_to_overwrite_it(tmp_path: Path) -> None:
    pad = tmp_path / "sleutels" / "kantoor.pem"

    eerste = CliRunner().invoke(cli_app, ["sleutel", "maak", "--pad", str(pad)])
    tweede = CliRunner().invoke(cli_app, ["sleutel", "maak", "--pad", str(pad)])

    assert eerste.exit_code == 0, eerste.stderr
    assert f"vingerafdruk: {vingerafdruk_van(pad)}" in eerste.stdout
    assert str(tmp_path / "sleutels" / "kantoor.pub.pem") in eerste.stdout
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    assert tweede.exit_code == 1
    assert "bestaat al" in tweede.stderr


@pytest.mark.usefixtures("cli_bundel")
def test_cli_key_path_comes_from_spoorwijzer_sleutel(tmp_path: Path) -> None:
    pad = tmp_path / "uit-omgeving.pem"

    resultaat = CliRunner().invoke(
        cli_app, ["sleutel", "maak"], env={"SPOORWIJZER_SLEUTEL": str(pad)}
    )

    assert resultaat.exit_code == 0, resultaat.stderr
    assert pad.is_file()
    assert (tmp_path / "uit-omgeving.pub.pem").is_file()


def test_cli_default_key_path(cli_bundel: ModuleType) -> None:
    assert cli_bundel.standaard_sleutelpad({}) == Path("var/sleutels/spoorwijzer.pem")
    assert cli_bundel.standaard_sleutelpad({"SPOORWIJZER_SLEUTEL": " "}) == Path(
        "var/sleutels/spoorwijzer.pem"
    )
    assert cli_bundel.standaard_sleutelpad({"SPOORWIJZER_SLEUTEL": "/k/a.pem"}) == Path("/k/a.pem")


def test_cli_exported_bundle_verifies_and_is_summarised(
    cli_bundel: ModuleType,
    dossier: Verzuimdossier,
    sleutel: Path,
    publiek: Path,
    tmp_path: Path,
) -> None:
    map_ = tmp_path / "export"
    manifest = cli_bundel.exporteer_bundel(dossier, map_, sleutel, klok=VasteKlok(EXPORTTIJD))

    met_sleutel = CliRunner().invoke(
        cli_app, ["verifieer", str(map_), "--publieke-sleutel", str(publiek)]
    )
    zonder_sleutel = CliRunner().invoke(cli_app, ["verifieer", str(map_)])

    assert manifest.dossier_id == str(dossier.id)
    assert manifest.regelset_versie == REGELSET_VERSIE
    assert manifest.exporttijd == EXPORTTIJD
    assert met_sleutel.exit_code == 0, met_sleutel.stderr
    assert f"bundel geldig: dossier {dossier.id}, 14 gebeurtenissen" in met_sleutel.stdout
    assert "(opgegeven sleutel)" in met_sleutel.stdout
    assert "let op" not in met_sleutel.stderr
    assert zonder_sleutel.exit_code == 0, zonder_sleutel.stderr
    assert "(meegeleverde sleutel)" in zonder_sleutel.stdout
    assert "let op: gecontroleerd met de meegeleverde sleutel" in zonder_sleutel.stderr


def test_cli_verifieer_exits_1_naming_the_change(
    cli_bundel: ModuleType, bundel: Path, publiek: Path
) -> None:
    regels = _regels_van(bundel)
    regels[6] = regels[6].replace('"datum": "2024-09-13"', '"datum": "2024-09-14"')
    _zet_regels(bundel, regels)

    resultaat = CliRunner().invoke(
        cli_app, ["verifieer", str(bundel), "--publieke-sleutel", str(publiek)]
    )

    assert resultaat.exit_code == 1
    assert f"bundel ongeldig: regel 7: {GEWIJZIGD}" in resultaat.stderr
    assert f"ook: {SHA_ANDERS}" in resultaat.stderr
    assert resultaat.stdout == ""


def test_cli_verifieer_exits_1_for_a_wrong_key(
    cli_bundel: ModuleType, bundel: Path, andere_sleutel: Path
) -> None:
    resultaat = CliRunner().invoke(
        cli_app, ["verifieer", str(bundel), "--publieke-sleutel", str(andere_sleutel)]
    )

    assert resultaat.exit_code == 1
    assert "bundel ongeldig: manifest: handtekening ongeldig voor sleutel" in resultaat.stderr


def test_cli_verifieer_wrong_usage_exits_2(
    cli_bundel: ModuleType, bundel: Path, tmp_path: Path
) -> None:
    geen_map = CliRunner().invoke(cli_app, ["verifieer", str(tmp_path / "nergens")])
    geen_sleutel = CliRunner().invoke(
        cli_app, ["verifieer", str(bundel), "--publieke-sleutel", str(tmp_path / "weg.pem")]
    )

    assert geen_map.exit_code == 2
    assert "is geen map" in geen_map.stderr
    assert geen_sleutel.exit_code == 2
    assert "bestaat niet" in geen_sleutel.stderr


def test_cli_export_without_a_key_stops_with_exit_4(
    cli_bundel: ModuleType, dossier: Verzuimdossier, tmp_path: Path
) -> None:
    with pytest.raises(typer.Exit) as stop:
        cli_bundel.exporteer_bundel(
            dossier, tmp_path / "export", tmp_path / "geen.pem", VasteKlok(EXPORTTIJD)
        )

    assert stop.value.exit_code == 4
    assert not (tmp_path / "export").exists()


def test_cli_export_into_a_used_directory_stops_with_exit_1(
    cli_bundel: ModuleType, dossier: Verzuimdossier, bundel: Path, sleutel: Path
) -> None:
    with pytest.raises(typer.Exit) as stop:
        cli_bundel.exporteer_bundel(dossier, bundel, sleutel, VasteKlok(EXPORTTIJD))

    assert stop.value.exit_code == 1
