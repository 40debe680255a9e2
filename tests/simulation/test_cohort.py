"""Cohort sources: a CSV of real cases, and stored dossiers simulated forward."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest

from adapters.demo import REFERENTIEDATUM, laad
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand
from simulation.cohort import CohortbestandError, cohort_uit_dossiers, lees_cohortbestand
from simulation.parameters import Scenario
from simulation.runner import Opdracht, deelcohorten
from tests.conftest import gebruiker, systeem_op

ANALYSE = json.dumps(
    [{"type": "ProbleemanalyseOpgesteld", "datum": "2025-02-10", "benutbare_mogelijkheden": True}]
)


def _csv(tmp_path: Path, *regels: str) -> Path:
    pad = tmp_path / "cohort.csv"
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    return pad


def test_a_cohort_file_gives_each_case_its_first_sick_day_duration_and_known_facts(
    tmp_path: Path,
) -> None:
    pad = _csv(
        tmp_path,
        "case,eerste_ziektedag,ziekteduur,vanaf,feiten",
        f'K-1,2025-01-06,,2025-03-01,"{ANALYSE.replace(chr(34), chr(34) * 2)}"',
        "K-2,2025-02-03,400,,",
    )
    gevallen = lees_cohortbestand(pad)

    uitslagen = next(
        deelcohorten(Opdracht(Scenario(), 5, 0, 2, cohort=tuple(gevallen)), bewaar=True)
    )
    per_case = {u.eerste_ziektedag: u for u in uitslagen}

    bekend = per_case[date(2025, 1, 6)]
    assert bekend.dossier is not None
    registraties = bekend.dossier.registraties
    # The known history stands as given: nothing simulated is dated before "vanaf".
    assert [(r.type_naam, r.datum) for r in registraties[:2]] == [
        ("ZiekmeldingOntvangen", date(2025, 1, 6)),
        ("ProbleemanalyseOpgesteld", date(2025, 2, 10)),
    ]
    assert all(r.datum >= date(2025, 3, 1) for r in registraties[2:])
    # Drawn conditional on still being sick on "vanaf" (day 55).
    assert bekend.ziekteduur >= 55
    assert per_case[date(2025, 2, 3)].ziekteduur == 400


@pytest.mark.parametrize(
    ("regels", "melding"),
    [
        (("case,datum", "K-1,2025-01-06"), "kolom 'eerste_ziektedag' ontbreekt"),
        (("case,eerste_ziektedag", "K-1,2025-13-06"), "regel 2"),
        (("case,eerste_ziektedag,ziekteduur", "K-1,2025-01-06,0"), "ziekteduur"),
        (("case,eerste_ziektedag",), "geen gevallen"),
    ],
)
def test_a_bad_cohort_file_is_refused_naming_line_or_column(
    tmp_path: Path, regels: tuple[str, ...], melding: str
) -> None:
    with pytest.raises(CohortbestandError, match=melding):
        lees_cohortbestand(_csv(tmp_path, *regels))


def test_stored_dossiers_still_running_are_simulated_forward(
    dossiers: Dossierbestand, klok: VasteKlok
) -> None:
    klok.tijd = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # the demo's history lies before now
    dienst = systeem_op(dossiers).dienst
    laad(dienst, gebruiker(), REFERENTIEDATUM)

    gevallen = cohort_uit_dossiers(dienst.lees_alle(gebruiker()), REFERENTIEDATUM)
    uitslagen = next(
        deelcohorten(Opdracht(Scenario(), 5, 0, len(gevallen), cohort=tuple(gevallen)), bewaar=True)
    )

    lopend = [
        r.dossier_id
        for r in dossiers.overzicht()
        if dossiers.dossier(r.dossier_id).stand(REFERENTIEDATUM).sporen
    ]
    assert sorted(g.case for g in gevallen) == sorted(str(i) for i in lopend)
    assert len(gevallen) < len(dossiers.overzicht())  # the recovered and closed ones stay out
    for geval, uitslag in zip(gevallen, sorted(uitslagen, key=lambda u: u.case), strict=True):
        assert uitslag.dossier is not None
        eigen = dossiers.dossier(UUID(geval.case))
        # The stored history comes first, unchanged; the simulation only adds later facts.
        oud = [(r.type_naam, r.datum) for r in eigen.registraties]
        nieuw = [(r.type_naam, r.datum) for r in uitslag.dossier.registraties]
        assert nieuw[: len(oud)] == oud
        assert all(d >= REFERENTIEDATUM - timedelta(days=0) for _, d in nieuw[len(oud) :])


def test_simuleer_run_takes_a_cohort_file_or_the_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from adapters.cli import app as cli_app

    loper = CliRunner()
    db = str(tmp_path / "x.db")
    assert (
        loper.invoke(cli_app, ["--db", db, "demo", "laad", "--vandaag", "2026-11-23"]).exit_code
        == 0
    )
    pad = _csv(tmp_path, "case,eerste_ziektedag,ziekteduur", "K-1,2025-01-06,90", "K-2,2025-02-03,")

    uit_bestand = loper.invoke(
        cli_app,
        ["simuleer", "run", "simulation/scenarios/basis.toml", "--cohort", str(pad),
         "--replicaties", "2", "--werkers", "1", "--uitvoer", str(tmp_path / "a")],
    )  # fmt: skip
    uit_opslag = loper.invoke(
        cli_app,
        ["--db", db, "simuleer", "run", "simulation/scenarios/basis.toml", "--vanuit-opslag",
         "2026-11-23", "--replicaties", "2", "--werkers", "1", "--uitvoer", str(tmp_path / "b")],
    )  # fmt: skip
    beide = loper.invoke(
        cli_app,
        ["simuleer", "run", "simulation/scenarios/basis.toml", "--cohort", str(pad),
         "--vanuit-opslag", "2026-11-23", "--uitvoer", str(tmp_path / "c")],
    )  # fmt: skip

    assert uit_bestand.exit_code == 0, uit_bestand.output
    regels = (tmp_path / "a" / "cases.csv").read_text(encoding="utf-8").splitlines()
    assert len(regels) == 1 + 2 * 2
    assert regels[1].split(",")[2:4] == ["2025-01-06", "90"]
    assert uit_opslag.exit_code == 0, uit_opslag.output
    assert beide.exit_code == 2
