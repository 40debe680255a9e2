"""``spoorwijzer simuleer run`` and ``simuleer vergelijk`` in-process, on small cohorts.

The ``simuleer`` commands live in ``adapters.cli.simuleer``, which the root of the CLI loads
when one of them runs.  Runs are small (300 cases, 3 replications, one
process) and the run of the baseline is shared by the tests that only read its files.
"""

from __future__ import annotations

import csv
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

import adapters.cli.gemeen as cli_module
from adapters.cli import app
from domain.regels import REGELS, REGELSET_VERSIE
from simulation.model import UITKOMSTEN
from simulation.parameters import Scenario, lees_scenario
from simulation.rapport import RUIS
from simulation.runner import CSV_KOLOMMEN

SCENARIOS = Path(__file__).resolve().parents[2] / "simulation" / "scenarios"
BASIS = SCENARIOS / "basis.toml"
VROEG = SCENARIOS / "vroeg_spoor2.toml"
KLEIN = ("--gevallen", "300", "--replicaties", "3", "--werkers", "1")
BESTANDEN = {"samenvatting.json", "cases.csv", "overleving.png", "schendingen.png", "rapport.html"}
PNG = b"\x89PNG\r\n\x1a\n"


def spoorwijzer(*argumenten: str) -> Result:
    resultaat = CliRunner().invoke(app, list(argumenten), env={"COLUMNS": "400", "NO_COLOR": "1"})
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception  # a crash, not an exit code
    return resultaat


@pytest.fixture(autouse=True)
def breed(monkeypatch: pytest.MonkeyPatch) -> None:
    # rich fixes the console width at import; give tables room so scenario names stay whole.
    for console in (cli_module.uit, cli_module.fout_uit):
        monkeypatch.setattr(console, "_width", 400)


@pytest.fixture(scope="module")
def basisrun(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    """One run of the baseline (300 cases x 3 replications), shared by the reading tests."""
    uit = tmp_path_factory.mktemp("basisrun") / "uit"
    resultaat = spoorwijzer("simuleer", "run", str(BASIS), *KLEIN, "--uitvoer", str(uit))
    assert resultaat.exit_code == 0, resultaat.output
    return uit, resultaat


def lees_csv(pad: Path) -> tuple[list[str], list[dict[str, str]]]:
    with pad.open(encoding="utf-8", newline="") as bestand:
        lezer = csv.DictReader(bestand)
        return list(lezer.fieldnames or ()), list(lezer)


# -- simuleer run ------------------------------------------------------------------------------


def test_run_schrijft_precies_de_bestanden(basisrun: tuple[Path, Result]) -> None:
    uit, resultaat = basisrun
    assert {p.name for p in uit.iterdir()} == BESTANDEN  # no part files left behind
    assert (uit / "overleving.png").read_bytes().startswith(PNG)
    assert (uit / "schendingen.png").read_bytes().startswith(PNG)
    assert "Terugkeer: eigen werk" in resultaat.stdout  # the KPI table
    assert "samenvatting.json" in resultaat.stderr


def test_cases_csv_heeft_een_rij_per_case_en_replicatie(basisrun: tuple[Path, Result]) -> None:
    uit, _ = basisrun
    kolommen, rijen = lees_csv(uit / "cases.csv")
    assert tuple(kolommen) == CSV_KOLOMMEN
    assert len(rijen) == 900
    per_replicatie = Counter(r["replicatie"] for r in rijen)
    assert per_replicatie == {"0": 300, "1": 300, "2": 300}
    for r in ("0", "1", "2"):
        assert sorted(int(x["case"]) for x in rijen if x["replicatie"] == r) == list(range(300))
    assert {r["uitkomst"] for r in rijen} <= set(UITKOMSTEN)
    assert {s for r in rijen for s in r["schendingen"].split(";") if s} <= set(REGELS)


def test_samenvatting_heeft_manifest_en_kpis_met_interval(basisrun: tuple[Path, Result]) -> None:
    uit, _ = basisrun
    samenvatting = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))
    manifest = samenvatting["manifest"]
    assert manifest["seed"] == 20261123
    assert manifest["replicaties"] == 3
    assert manifest["cases_per_replicatie"] == 300
    assert manifest["regelset_versie"] == REGELSET_VERSIE
    assert manifest["scenario"] == "basis"
    assert manifest["scenario_vingerafdruk"] == lees_scenario(BASIS).vingerafdruk()
    assert manifest["code_versie"]
    assert manifest["looptijd_seconden"] >= 0
    assert manifest["gestart_op"]
    assert manifest["cohort"].startswith("Cohort: 300 langdurig zieken")
    assert samenvatting["scenario"] == lees_scenario(BASIS).model_dump(mode="json")

    kpis: dict[str, Any] = samenvatting["kpis"]
    verwacht = {f"schending_{r}" for r in REGELS} | {
        "ziek_na_104_weken",
        "wia_aanvragen",
        "loonsanctie",
        "loonweken_werkgever",
        "terugkeer_dag_mediaan",
    }
    verwacht |= {f"terugkeer_{u}" for u in UITKOMSTEN if u != "ziek_na_104_weken"}
    assert verwacht <= kpis.keys()
    for naam, k in kpis.items():
        assert k["n"] == 3, naam
        assert k["ci95"]["onder"] <= k["gemiddelde"] <= k["ci95"]["boven"], naam
        assert k["omschrijving"], naam


def test_samenvatting_klopt_met_cases_csv(basisrun: tuple[Path, Result]) -> None:
    uit, _ = basisrun
    _, rijen = lees_csv(uit / "cases.csv")
    kpis = json.loads((uit / "samenvatting.json").read_text(encoding="utf-8"))["kpis"]
    eigen_werk = sum(r["uitkomst"] == "eigen_werk" for r in rijen) / len(rijen)
    assert math.isclose(kpis["terugkeer_eigen_werk"]["gemiddelde"], eigen_werk)
    te_laat = sum("probleemanalyse" in r["schendingen"].split(";") for r in rijen) / len(rijen)
    assert math.isclose(kpis["schending_probleemanalyse"]["gemiddelde"], te_laat)


def test_rapport_is_op_zichzelf_staand(basisrun: tuple[Path, Result]) -> None:
    uit, _ = basisrun
    html = (uit / "rapport.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 2
    assert "http://" not in html.replace("https://", "")
    assert 'src="http' not in html
    assert lees_scenario(BASIS).vingerafdruk() in html
    assert "Kerncijfers" in html
    assert "Verantwoording" in html


@pytest.mark.parametrize(
    ("inhoud", "sleutel"),
    [
        ('[beleid]\nspoor2_begin = "week"\n', "beleid.spoor2_begin"),
        ("[naleving]\nprobleemanalyse = 1.5\n", "naleving.probleemanalyse"),
    ],
)
def test_ongeldig_scenario_noemt_de_sleutel(tmp_path: Path, inhoud: str, sleutel: str) -> None:
    scenario = tmp_path / "fout.toml"
    scenario.write_text(inhoud, encoding="utf-8")
    uit = tmp_path / "uit"
    resultaat = spoorwijzer("simuleer", "run", str(scenario), *KLEIN, "--uitvoer", str(uit))
    assert resultaat.exit_code == 1
    assert f"'{sleutel}'" in resultaat.stderr
    assert not uit.exists()  # refused before anything was written


def test_ontbrekend_scenario_is_verkeerd_gebruik(tmp_path: Path) -> None:
    resultaat = spoorwijzer(
        "simuleer", "run", str(tmp_path / "geen.toml"), "--uitvoer", str(tmp_path / "uit")
    )
    assert resultaat.exit_code == 2
    assert "bestaat niet" in resultaat.stderr


def test_niet_lege_uitvoermap_wordt_geweigerd(tmp_path: Path) -> None:
    uit = tmp_path / "uit"
    uit.mkdir()
    (uit / "notitie.txt").write_text("van mij", encoding="utf-8")
    resultaat = spoorwijzer("simuleer", "run", str(BASIS), *KLEIN, "--uitvoer", str(uit))
    assert resultaat.exit_code == 1
    assert "niet leeg" in resultaat.stderr
    assert {p.name for p in uit.iterdir()} == {"notitie.txt"}

    resultaat = spoorwijzer(
        "simuleer",
        "run",
        str(BASIS),
        "--cases",  # the old name of --gevallen still works
        "100",
        "--replicaties",
        "2",
        "--werkers",
        "1",
        "--uitvoer",
        str(uit),
        "--overschrijf",
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert {p.name for p in uit.iterdir()} == BESTANDEN | {"notitie.txt"}


def test_bewaar_zet_de_dossiers_in_de_opslag(tmp_path: Path) -> None:
    db = tmp_path / "sim.db"
    assert spoorwijzer("--db", str(db), "db", "init").exit_code == 0
    resultaat = spoorwijzer(
        "--db",
        str(db),
        "simuleer",
        "run",
        str(BASIS),
        "--gevallen",
        "120",
        "--replicaties",
        "2",
        "--werkers",
        "1",
        "--uitvoer",
        str(tmp_path / "uit"),
        "--bewaar",
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert "120 gesimuleerde dossiers" in resultaat.stderr

    lijst = spoorwijzer("--db", str(db), "dossier", "lijst", "--json")
    assert lijst.exit_code == 0, lijst.output
    dossiers = json.loads(lijst.stdout)
    assert len(dossiers) == 120
    assert {d["werknemer"] for d in dossiers} == {f"sim-{i}" for i in range(120)}
    assert all(d["versie"] >= 2 for d in dossiers)  # more than the ziekmelding alone


# -- simuleer vergelijk ------------------------------------------------------------------------


def test_vergelijk_schrijft_tabel_en_bestanden(tmp_path: Path) -> None:
    uit = tmp_path / "uit"
    resultaat = spoorwijzer(
        "simuleer", "vergelijk", str(BASIS), str(VROEG), *KLEIN, "--uitvoer", str(uit)
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert {p.name for p in uit.iterdir()} == {
        "vergelijking.json",
        "vergelijking.png",
        "overleving.png",
        "schendingen.png",
        "vergelijking.html",
    }
    assert "basis" in resultaat.stdout
    assert "vroeg_spoor2" in resultaat.stdout
    assert "Schending: Start tweede spoor" in resultaat.stdout
    assert (uit / "vergelijking.png").read_bytes().startswith(PNG)
    assert 'src="data:image/png;base64,' in (uit / "vergelijking.html").read_text("utf-8")

    vergelijking = json.loads((uit / "vergelijking.json").read_text(encoding="utf-8"))
    assert [s["naam"] for s in vergelijking["manifest"]["scenarios"]] == ["basis", "vroeg_spoor2"]
    assert vergelijking["manifest"]["seed"] == 20261123
    a, b = vergelijking["scenarios"]["basis"], vergelijking["scenarios"]["vroeg_spoor2"]
    for naam, d in vergelijking["verschillen"]["vroeg_spoor2"].items():
        # Paired over the same replications: the mean difference is the difference of means.
        assert math.isclose(
            d["gemiddelde"], b[naam]["gemiddelde"] - a[naam]["gemiddelde"], abs_tol=1e-9
        ), naam
        assert d["ci95"]["onder"] <= d["gemiddelde"] <= d["ci95"]["boven"], naam
        assert d["sluit_nul_uit"] == (d["ci95"]["onder"] > RUIS or d["ci95"]["boven"] < -RUIS), naam
    assert vergelijking["instellingen"]["vroeg_spoor2"] == lees_scenario(VROEG).model_dump(
        mode="json"
    )


def test_vergelijk_wil_minstens_twee_scenarios(tmp_path: Path) -> None:
    resultaat = spoorwijzer("simuleer", "vergelijk", str(BASIS), "--uitvoer", str(tmp_path))
    assert resultaat.exit_code == 2


# -- the example scenarios ---------------------------------------------------------------------


def test_voorbeeldscenarios_zijn_geldig() -> None:
    namen = {p.stem: lees_scenario(p).naam for p in SCENARIOS.glob("*.toml")}
    assert namen == {
        "basis": "basis",
        "vroeg_spoor2": "vroeg_spoor2",
        "bedrijfsarts_tekort": "bedrijfsarts_tekort",
        "strikte_naleving": "strikte_naleving",
    }


def test_basis_toml_is_de_standaard() -> None:
    # basis.toml spells out the defaults as a template; the what-ifs inherit the defaults.
    basis = lees_scenario(BASIS)
    assert basis.model_copy(update={"omschrijving": ""}) == Scenario()
