"""`spoorwijzer db init` creates the schema once; with CREATE_TABLE=n nothing else creates it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters import cli

VOORBEELD = (
    Path(__file__).parents[1] / "data" / "voorbeelden" / "01-eerste-spoor-op-tijd" / "dossier.jsonl"
)


def _omgevingen(tmp_path: Path, opslag: str, request: pytest.FixtureRequest) -> dict[str, str]:
    if opslag == "sqlite":
        return {"SPOORWIJZER_OPSLAG": "sqlite", "SPOORWIJZER_DB": str(tmp_path / "x.db")}
    url, schema = request.getfixturevalue("postgres_schema")
    return {
        "SPOORWIJZER_OPSLAG": "postgres",
        "SPOORWIJZER_DATABASE_URL": url,
        "POSTGRES_SCHEMA": schema,
    }


@pytest.mark.parametrize("opslag", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_without_tables_and_create_table_off_the_cli_says_run_db_init(
    tmp_path: Path, opslag: str, request: pytest.FixtureRequest
) -> None:
    omgeving = {**_omgevingen(tmp_path, opslag, request), "CREATE_TABLE": "n"}
    loper = CliRunner()

    zonder = loper.invoke(cli.app, ["dossier", "lijst"], env=omgeving)
    init = loper.invoke(cli.app, ["db", "init"], env=omgeving)
    importeer = loper.invoke(cli.app, ["dossier", "importeer", str(VOORBEELD)], env=omgeving)
    lijst = loper.invoke(cli.app, ["dossier", "lijst", "--json"], env=omgeving)
    toegang = loper.invoke(cli.app, ["toegang", importeer.stdout.strip()], env=omgeving)

    assert zonder.exit_code == 4
    assert "spoorwijzer db init" in zonder.stderr
    assert init.exit_code == 0, init.output
    assert importeer.exit_code == 0, importeer.output
    assert importeer.stdout.strip() in lijst.stdout
    assert toegang.exit_code == 0, toegang.output
