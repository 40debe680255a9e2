"""The ``spoorwijzer`` command line against an SQLite file (``--db``) under ``tmp_path``.

Every command that depends on a date gets ``--peildatum``; nothing here reads
the wall clock except the recording time the CLI stamps on imports, which is
only checked for its form.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from click.testing import Result
from typer.testing import CliRunner

import adapters.cli.gemeen as cli_module
from adapters.cli import app

VOORBEELDEN = Path(__file__).resolve().parents[1] / "data" / "voorbeelden"
EERSTE_SPOOR = VOORBEELDEN / "01-eerste-spoor-op-tijd" / "dossier.jsonl"
ENVELOP = {"positie", "geregistreerd_op", "herkomst", "vorige_hash", "hash"}
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# Contract section 3 and section 2, written out so the CLI is checked against the contract.
CONTRACT_TYPES = (
    "ZiekmeldingOntvangen",
    "ArbodienstGeinformeerd",
    "ProbleemanalyseOpgesteld",
    "PlanVanAanpakOpgesteld",
    "EvaluatieGehouden",
    "PlanVanAanpakBijgesteld",
    "ArbeidsdeskundigOnderzoekUitgevoerd",
    "ZiekmeldingUWVGedaan",
    "EerstejaarsevaluatieGehouden",
    "Spoor2Gestart",
    "ReintegratiebureauGekozen",
    "TrajectplanOpgesteld",
    "DetacheringGestart",
    "DetacheringBeeindigd",
    "WerkHervat",
    "InterventieIngezet",
    "ContactGehad",
    "HerstelGemeld",
    "ZiekteTeruggemeld",
    "DeskundigenoordeelAangevraagd",
    "DeskundigenoordeelOntvangen",
    "ActueelOordeelOpgesteld",
    "EindevaluatieGehouden",
    "ReintegratieverslagOpgesteld",
    "WIAAangevraagd",
    "IVAAangevraagd",
    "LoonsanctieOpgelegd",
    "WachttijdVrijwilligVerlengd",
    "DossierGesloten",
    "RegistratieGecorrigeerd",
    "RegistratieIngetrokken",
)
CONTRACT_REGELS = (
    "probleemanalyse",
    "plan_van_aanpak",
    "evaluatie",
    "ziekmelding_uwv",
    "eerstejaarsevaluatie",
    "spoor2_start",
    "reintegratieverslag",
    "wia_aanvraag",
)


class Cli:
    """Runs ``spoorwijzer --db <file> ...`` in-process."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(
        self, *argumenten: str, invoer: str | None = None, rol: str | None = None
    ) -> Result:
        """Run the CLI; ``rol`` acts in that role (default: the CLI's, beheerder)."""
        resultaat = self.runner.invoke(
            app,
            ["--db", str(self.db), *(["--rol", rol] if rol else []), *argumenten],
            input=invoer,
            env={"COLUMNS": "400", "NO_COLOR": "1"},
        )
        if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
            raise resultaat.exception  # a crash, not an exit code
        return resultaat

    def ok(self, *argumenten: str, rol: str | None = None) -> Result:
        resultaat = self(*argumenten, rol=rol)
        assert resultaat.exit_code == 0, resultaat.stderr
        return resultaat

    def json(self, *argumenten: str) -> Any:
        return json.loads(self.ok(*argumenten, "--json").stdout)

    def importeer(self, pad: Path) -> str:
        uitvoer = self.ok("dossier", "importeer", str(pad)).stdout.strip()
        return str(UUID(uitvoer))

    def lijst(self) -> Any:
        return self.json("dossier", "lijst")


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    # rich fixes the console width when the CLI module is imported (80 under xdist), which
    # folds long type names in tables; give the tables room so every name stays whole.
    for console in (cli_module.uit, cli_module.fout_uit):
        monkeypatch.setattr(console, "_width", 400)
    cli = Cli(tmp_path / "var" / "spoorwijzer.db")
    cli.ok("db", "init")  # only the commands that create stores make a missing file
    return cli


@pytest.fixture
def schrijf(tmp_path: Path) -> Callable[..., Path]:
    """Write a dossier file (dicts become JSON lines, strings are written as they are)."""

    def schrijf_bestand(*regels: dict[str, Any] | str, naam: str = "dossier.jsonl") -> Path:
        pad = tmp_path / naam
        pad.write_text(
            "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in regels),
            encoding="utf-8",
        )
        return pad

    return schrijf_bestand


ZIEKMELDING = {
    "type": "ZiekmeldingOntvangen",
    "datum": "2025-01-06",
    "eerste_ziektedag": "2025-01-06",
    "werknemer": "W-100",
    "werkgever": "Drukkerij Ter Horst",
}


def _zonder_ansi(tekst: str) -> str:
    return ANSI.sub("", tekst)


def _regels(pad: Path) -> list[dict[str, Any]]:
    return [json.loads(r) for r in pad.read_text(encoding="utf-8").splitlines() if r.strip()]


# -- import, list, show -----------------------------------------------------------------------


def test_importeer_drukt_id_af_en_lijst_toont_het(cli: Cli) -> None:
    assert cli.lijst() == []
    dossier_id = cli.importeer(EERSTE_SPOOR)
    assert cli.lijst() == [
        {
            "dossier_id": dossier_id,
            "werknemer": "W-001",
            "werkgever": "Hoveniersbedrijf De Linde",
            "eerste_ziektedag": "2025-01-06",
            "versie": 6,
        }
    ]
    tabel = _zonder_ansi(cli.ok("dossier", "lijst").stdout)
    assert dossier_id.replace("-", "")[:8] in tabel
    assert "W-001" in tabel


def test_toon_geeft_feiten_en_verplichtingen(cli: Cli) -> None:
    dossier_id = cli.importeer(EERSTE_SPOOR)
    antwoord = cli.json("dossier", "toon", dossier_id[:8], "--peildatum", "2025-06-01")
    assert antwoord["dossier_id"] == dossier_id
    assert antwoord["versie"] == 6
    assert antwoord["werknemer"] == "W-001"
    assert [(f["positie"], f["type"], f["datum"]) for f in antwoord["feiten"]] == [
        (1, "ZiekmeldingOntvangen", "2025-01-06"),
        (2, "ArbodienstGeinformeerd", "2025-01-08"),
        (3, "ProbleemanalyseOpgesteld", "2025-02-10"),
        (4, "PlanVanAanpakOpgesteld", "2025-02-20"),
        (5, "EvaluatieGehouden", "2025-03-31"),
        (6, "EvaluatieGehouden", "2025-05-09"),
    ]
    assert antwoord["feiten"][2]["benutbare_mogelijkheden"] is True
    assert antwoord["feiten"][2]["door"] == {"rol": "bedrijfsarts", "naam": "dr. A. Jansen"}
    assert antwoord["peildatum"] == "2025-06-01"
    assert antwoord["eerste_ziektedag"] == "2025-01-06"
    assert antwoord["einde_wachttijd"] == "2027-01-03"
    assert [(v["regel"], v["uiterste_datum"], v["status"]) for v in antwoord["verplichtingen"]] == [
        ("probleemanalyse", "2025-02-16", "tijdig"),
        ("plan_van_aanpak", "2025-02-24", "tijdig"),
        ("evaluatie", "2025-06-20", "open"),
        ("ziekmelding_uwv", "2025-10-27", "open"),
        ("eerstejaarsevaluatie", "2026-01-04", "open"),
        ("reintegratieverslag", "2026-10-04", "open"),
        ("wia_aanvraag", "2026-10-18", "open"),
    ]
    tabel = _zonder_ansi(cli.ok("dossier", "toon", dossier_id, "--peildatum", "2025-06-01").stdout)
    assert "ProbleemanalyseOpgesteld" in tabel
    assert "2025-06-20" in tabel


# -- export and re-import -----------------------------------------------------------------------


def test_exporteer_schrijft_envelop_en_hashketen(cli: Cli, tmp_path: Path) -> None:
    dossier_id = cli.importeer(EERSTE_SPOOR)
    uitvoer = tmp_path / "export.jsonl"
    resultaat = cli.ok("dossier", "exporteer", dossier_id, str(uitvoer))
    assert "6 regels" in resultaat.stderr

    regels = _regels(uitvoer)
    origineel = _regels(EERSTE_SPOOR)
    assert len(regels) == len(origineel) == 6
    vorige = "0" * 64
    for positie, (regel, bron) in enumerate(zip(regels, origineel, strict=True), start=1):
        assert set(regel) >= ENVELOP, regel
        assert regel["positie"] == positie
        assert datetime.fromisoformat(regel["geregistreerd_op"]).utcoffset() == timedelta(0)
        assert regel["herkomst"]["bron"] == "import"
        assert regel["vorige_hash"] == vorige
        assert re.fullmatch(r"[0-9a-f]{64}", regel["hash"])
        zonder_hash = {k: v for k, v in regel.items() if k != "hash"}
        canoniek = json.dumps(
            zonder_hash, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        assert regel["hash"] == hashlib.sha256(canoniek.encode("utf-8")).hexdigest()
        assert {k: v for k, v in regel.items() if k not in ENVELOP} == bron
        vorige = regel["hash"]

    # Without FILE the same lines go to standard output.
    assert cli.ok("dossier", "exporteer", dossier_id).stdout == uitvoer.read_text("utf-8")


def test_export_opnieuw_importeren_geeft_hetzelfde_dossier(cli: Cli, tmp_path: Path) -> None:
    origineel = cli.importeer(EERSTE_SPOOR)
    # A correction, with the corrected field given as an extra field.
    cli.ok(
        "registreer",
        origineel,
        "RegistratieGecorrigeerd",
        "--datum",
        "2025-05-10",
        "--veld",
        "betreft=4",
        "--veld",
        "reden=verkeerde casemanager",
        "--veld",
        "casemanager=J. Smit",
        rol="casemanager",
    )
    uitvoer = tmp_path / "export.jsonl"
    cli.ok("dossier", "exporteer", origineel, str(uitvoer))
    assert _regels(uitvoer)[-1]["velden"] == {"casemanager": "J. Smit"}
    kopie = cli.importeer(uitvoer)
    assert kopie != origineel
    assert sorted(d["dossier_id"] for d in cli.lijst()) == sorted([origineel, kopie])

    voor = cli.json("dossier", "toon", origineel, "--peildatum", "2025-09-01")
    na = cli.json("dossier", "toon", kopie, "--peildatum", "2025-09-01")
    assert na["feiten"] == voor["feiten"]
    assert na["verplichtingen"] == voor["verplichtingen"]
    assert na["versie"] == voor["versie"] == 7
    plan = next(f for f in na["feiten"] if f["positie"] == 4)
    assert plan["casemanager"] == "J. Smit"
    assert plan["gecorrigeerd_bij"] == [7]


def test_registreer_correctie_met_velden_als_json_object(cli: Cli) -> None:
    """``velden`` is an object; ``--veld velden={...}`` is the only way to correct a ``datum``."""
    dossier_id = cli.importeer(EERSTE_SPOOR)
    resultaat = cli(
        "registreer",
        dossier_id,
        "RegistratieGecorrigeerd",
        "--datum",
        "2025-05-10",
        "--veld",
        "betreft=5",
        "--veld",
        "reden=verkeerde datum",
        "--veld",
        'velden={"datum": "2025-03-28"}',
        rol="casemanager",
    )
    assert resultaat.exit_code == 0, resultaat.stderr
    assert "positie 7" in resultaat.stdout
    antwoord = cli.json("dossier", "toon", dossier_id, "--peildatum", "2025-09-01")
    evaluatie = next(f for f in antwoord["feiten"] if f["positie"] == 5)
    assert evaluatie["datum"] == "2025-03-28"
    assert evaluatie["gecorrigeerd_bij"] == [7]


def test_registreer_correctie_in_contractvorm_typeert_het_veld_van_het_gecorrigeerde_feit(
    cli: Cli,
) -> None:
    """A top-level corrected field is typed as the corrected fact's field: ``nee`` is false."""
    dossier_id = cli.importeer(EERSTE_SPOOR)
    resultaat = cli(
        "registreer",
        dossier_id,
        "RegistratieGecorrigeerd",
        "--datum",
        "2025-05-10",
        "--veld",
        "betreft=3",
        "--veld",
        "reden=verkeerd overgenomen",
        "--veld",
        "benutbare_mogelijkheden=nee",
        rol="bedrijfsarts",
    )
    assert resultaat.exit_code == 0, resultaat.stderr
    antwoord = cli.json("dossier", "toon", dossier_id, "--peildatum", "2025-09-01")
    analyse = next(f for f in antwoord["feiten"] if f["positie"] == 3)
    assert analyse["benutbare_mogelijkheden"] is False
    plan = next(v for v in antwoord["verplichtingen"] if v["regel"] == "plan_van_aanpak")
    assert plan["status"] == "niet_van_toepassing"


# -- recording one fact ---------------------------------------------------------------------------


def test_registreer_legt_feit_vast_op_volgende_positie(
    cli: Cli, schrijf: Callable[..., Path]
) -> None:
    dossier_id = cli.importeer(schrijf(ZIEKMELDING))
    resultaat = cli.ok(
        "registreer",
        dossier_id[:8],
        "ProbleemanalyseOpgesteld",
        "--datum",
        "2025-02-10",
        "--veld",
        "benutbare_mogelijkheden=true",
        "--door-rol",
        "bedrijfsarts",
        "--door-naam",
        "dr. A. Jansen",
        "--toelichting",
        "vier uur per dag",
        rol="bedrijfsarts",
    )
    assert resultaat.stdout.strip() == f"vastgelegd als positie 2 in dossier {dossier_id}"
    resultaat = cli.ok(
        "registreer",
        dossier_id,
        "PlanVanAanpakOpgesteld",
        "--datum",
        "2025-02-20",
        "--veld",
        "casemanager=M. Bakker",
        "--veld",
        "doel=aangepast_werk",
        rol="casemanager",
    )
    assert "positie 3" in resultaat.stdout

    antwoord = cli.json("dossier", "toon", dossier_id, "--peildatum", "2025-03-01")
    assert antwoord["versie"] == 3
    assert antwoord["feiten"][1] == {
        "type": "ProbleemanalyseOpgesteld",
        "datum": "2025-02-10",
        "benutbare_mogelijkheden": True,
        "door": {"rol": "bedrijfsarts", "naam": "dr. A. Jansen"},
        "toelichting": "vier uur per dag",
        "positie": 2,
    }
    assert antwoord["feiten"][2]["casemanager"] == "M. Bakker"
    assert [(v["regel"], v["status"]) for v in antwoord["verplichtingen"][:2]] == [
        ("probleemanalyse", "tijdig"),
        ("plan_van_aanpak", "tijdig"),
    ]
    assert cli.lijst()[0]["versie"] == 3


REFUSALS = [
    pytest.param(
        ["LoonsanctieOpgelegd", "--datum", "2025-03-01", "--veld", "weken=60"],
        ("weken", "loonsanctie_1_tot_52_weken"),
        id="loonsanctie-weken",
    ),
    pytest.param(
        [
            *("PlanVanAanpakOpgesteld", "--datum", "2025-02-01"),
            *("--veld", "casemanager=M", "--veld", "doel=eigen_werk"),
        ],
        ("veld 'datum'", "plan_na_probleemanalyse"),
        id="plan-voor-analyse",
    ),
    pytest.param(
        [
            *("ProbleemanalyseOpgesteld", "--datum", "2024-12-01"),
            *("--veld", "benutbare_mogelijkheden=true"),
        ],
        ("veld 'datum'", "datum_na_eerste_ziektedag"),
        id="datum-voor-eerste-ziektedag",
    ),
    pytest.param(
        [
            "ProbleemanalyseOpgesteld",
            "--datum",
            "2025-02-10",
            "--veld",
            "benutbare_mogelijkheden=misschien",
        ],
        ("veld 'benutbare_mogelijkheden'", "geldig_veld"),
        id="geen-boolean",
    ),
    pytest.param(
        ["ProbleemanalyseOpgesteld", "--datum", "2025-02-10"],
        ("veld 'benutbare_mogelijkheden'", "geldig_veld"),
        id="verplicht-veld-ontbreekt",
    ),
    pytest.param(
        ["ProbleemAnalyse", "--datum", "2025-02-10"],
        ("veld 'type'", "bekend_type"),
        id="onbekend-type",
    ),
    pytest.param(
        ["ZiekteTeruggemeld", "--datum", "2025-02-10"],
        ("veld 'datum'", "terugmelding_na_herstel"),
        id="terugmelding-zonder-herstel",
    ),
    pytest.param(
        ["ContactGehad", "--datum", "2025-13-01", "--veld", "met=werknemer"],
        ("veld 'datum'", "geldig_veld"),
        id="ongeldige-datum",
    ),
    pytest.param(
        [
            *("RegistratieIngetrokken", "--datum", "2025-02-10"),
            *("--veld", "betreft=9", "--veld", "reden=vergissing"),
        ],
        ("veld 'betreft'", "bestaande_positie"),
        id="onbekende-positie",
    ),
]


@pytest.mark.parametrize(("argumenten", "verwacht"), REFUSALS)
def test_geweigerd_feit_meldt_veld_en_regel_en_slaat_niets_op(
    cli: Cli, schrijf: Callable[..., Path], argumenten: list[str], verwacht: tuple[str, ...]
) -> None:
    dossier_id = cli.importeer(schrijf(ZIEKMELDING))
    voor = cli.lijst()
    toon_voor = cli.json("dossier", "toon", dossier_id, "--peildatum", "2025-03-01")

    rol = "bedrijfsarts" if argumenten[0] == "ProbleemanalyseOpgesteld" else "casemanager"
    resultaat = cli("registreer", dossier_id, *argumenten, rol=rol)

    assert resultaat.exit_code == 1, resultaat.stderr
    assert resultaat.stdout == ""
    for tekst in verwacht:
        assert tekst in resultaat.stderr, resultaat.stderr
    assert "niets opgeslagen" in resultaat.stderr
    assert cli.lijst() == voor
    assert cli.json("dossier", "toon", dossier_id, "--peildatum", "2025-03-01") == toon_voor


@pytest.mark.parametrize(
    ("regels", "verwacht"),
    [
        pytest.param(
            [ZIEKMELDING, '{"type": "ArbodienstGeinformeerd", "datum": "2025-01-07"'],
            ("regel 2", "geldige_json"),
            id="ongeldige-json",
        ),
        pytest.param(
            [
                ZIEKMELDING,
                {
                    "type": "ProbleemanalyseOpgesteld",
                    "datum": "2025-02-10",
                    "benutbare_mogelijkheden": True,
                },
                {"type": "LoonsanctieOpgelegd", "datum": "2025-03-01", "weken": 0},
            ],
            ("regel 3", "veld 'weken'", "loonsanctie_1_tot_52_weken"),
            id="loonsanctie-nul-weken",
        ),
        pytest.param(
            [ZIEKMELDING, {**ZIEKMELDING, "datum": "2025-01-08"}],
            ("regel 2", "een_ziekmelding_per_dossier"),
            id="tweede-ziekmelding",
        ),
        pytest.param(
            [
                ZIEKMELDING,
                {"type": "HerstelGemeld", "datum": "2025-02-01"},
                {"type": "ZiekteTeruggemeld", "datum": "2025-03-01"},
            ],
            ("regel 3", "veld 'datum'", "terugmelding_binnen_vier_weken"),
            id="terugval-na-vier-weken",
        ),
    ],
)
def test_geweigerde_import_meldt_regel_en_slaat_niets_op(
    cli: Cli, schrijf: Callable[..., Path], regels: list[Any], verwacht: tuple[str, ...]
) -> None:
    bestaand = cli.importeer(EERSTE_SPOOR)
    voor = cli.lijst()
    resultaat = cli("dossier", "importeer", str(schrijf(*regels)))
    assert resultaat.exit_code == 1, resultaat.stderr
    assert resultaat.stdout == ""
    for tekst in verwacht:
        assert tekst in resultaat.stderr, resultaat.stderr
    assert cli.lijst() == voor
    assert [d["dossier_id"] for d in voor] == [bestaand]


@pytest.mark.parametrize(
    "argumenten",
    [
        pytest.param(["dossier", "toon", "ffffffff", "--peildatum", "2025-01-01"], id="toon"),
        pytest.param(["dossier", "exporteer", "00000000-0000-4000-8000-000000000000"], id="export"),
        pytest.param(
            [
                "registreer",
                "abcdef12",
                "ContactGehad",
                "--datum",
                "2025-01-07",
                "--veld",
                "met=werknemer",
            ],
            id="registreer",
        ),
    ],
)
def test_onbekend_dossier_geeft_code_3(cli: Cli, argumenten: list[str]) -> None:
    cli.importeer(EERSTE_SPOOR)
    resultaat = cli(*argumenten)
    assert resultaat.exit_code == 3, resultaat.stderr
    assert resultaat.stdout == ""
    assert "niet gevonden" in resultaat.stderr


# -- signals across dossiers -----------------------------------------------------------------------


def test_signalen_gesorteerd_op_uiterste_datum(cli: Cli) -> None:
    ids = [
        cli.importeer(VOORBEELDEN / naam / "dossier.jsonl")
        for naam in (
            "05-tweede-spoor-te-laat-gestart",
            "01-eerste-spoor-op-tijd",
            "02-analyse-en-plan-te-laat",
            "03-terugval-binnen-vier-weken",
        )
    ]
    peil, binnen = date(2025, 6, 1), 30
    signalen = cli.json("signalen", "--peildatum", peil.isoformat(), "--binnen", str(binnen))

    datums = [s["uiterste_datum"] for s in signalen]
    assert datums == sorted(datums)
    # The same selection, made from each dossier's own obligations.
    verwacht = []
    for dossier_id in ids:
        toon = cli.json("dossier", "toon", dossier_id, "--peildatum", peil.isoformat())
        for v in toon["verplichtingen"]:
            grens = (peil + timedelta(days=binnen)).isoformat()
            if v["status"] == "verlopen" or (
                v["status"] == "open" and v["uiterste_datum"] <= grens
            ):
                verwacht.append((dossier_id, v["regel"], v["uiterste_datum"], v["status"]))
    gekregen = [(s["dossier_id"], s["regel"], s["uiterste_datum"], s["status"]) for s in signalen]
    assert sorted(gekregen) == sorted(verwacht)
    assert (ids[1], "evaluatie", "2025-06-20", "open") in gekregen
    assert (ids[0], "evaluatie", "2025-03-28", "verlopen") in gekregen
    assert (ids[3], "ziekmelding_uwv", "2022-11-14", "verlopen") in gekregen
    assert all(s["werkgever"] == "Hoveniersbedrijf De Linde" for s in signalen)

    tabel = _zonder_ansi(cli.ok("signalen", "--peildatum", peil.isoformat()).stdout)
    assert "verlopen" in tabel
    leeg = cli.json("signalen", "--peildatum", "2015-01-01", "--binnen", "0")
    assert leeg == []


# -- reference listings ---------------------------------------------------------------------------


def test_types_noemt_alle_types(cli: Cli) -> None:
    uitvoer = _zonder_ansi(cli.ok("types").stdout)
    for naam in CONTRACT_TYPES:
        assert naam in uitvoer, naam
    for veld in ("benutbare_mogelijkheden", "uren_per_week", "nieuwe_einddatum", "betreft"):
        assert veld in uitvoer, veld


def test_regels_noemt_alle_regels(cli: Cli) -> None:
    uitvoer = _zonder_ansi(cli.ok("regels").stdout)
    for naam in CONTRACT_REGELS:
        assert naam in uitvoer, naam
    assert "wetten.overheid.nl" in uitvoer
