"""`spoorwijzer projecties ...`, `signalen` on PostgreSQL, and `token maak`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.api.tokens import Toegangsconfig
from adapters.cli import app as cli_app


@pytest.fixture
def pg_omgeving(postgres_schema: tuple[str, str]) -> dict[str, str]:
    url, schema = postgres_schema
    return {
        "SPOORWIJZER_OPSLAG": "postgres",
        "SPOORWIJZER_DATABASE_URL": url,
        "POSTGRES_SCHEMA": schema,
    }


@pytest.mark.postgres
def test_herbouw_status_en_signalen_uit_de_projectie(pg_omgeving: dict[str, str]) -> None:
    loper = CliRunner()
    init = loper.invoke(cli_app, ["db", "init"], env=pg_omgeving)
    assert init.exit_code == 0, init.output
    omgeving = {**pg_omgeving, "CREATE_TABLE": "n"}
    laad = loper.invoke(cli_app, ["demo", "laad", "--vandaag", "2025-06-01"], env=omgeving)
    assert laad.exit_code == 0, laad.output
    aantal = 9

    voor = loper.invoke(cli_app, ["projecties", "status"], env=omgeving)
    assert voor.exit_code == 0, voor.output
    assert "bijgewerkt tot notificatie 0" in voor.stdout

    signalen = loper.invoke(
        cli_app, ["signalen", "--peildatum", "2025-06-01", "--binnen", "60", "--json"], env=omgeving
    )
    assert signalen.exit_code == 0, signalen.output
    na = loper.invoke(cli_app, ["projecties", "status"], env=omgeving)
    assert "achterstand 0" in na.stdout
    assert f"{aantal} dossiers" in na.stdout

    herbouw = loper.invoke(cli_app, ["projecties", "herbouw"], env=omgeving)
    assert herbouw.exit_code == 0, herbouw.output
    assert f"{aantal} dossiers" in herbouw.stdout
    opnieuw = loper.invoke(
        cli_app, ["signalen", "--peildatum", "2025-06-01", "--binnen", "60", "--json"], env=omgeving
    )
    assert json.loads(opnieuw.stdout) == json.loads(signalen.stdout)
    assert json.loads(signalen.stdout), "the examples have signals on this date"

    sqlite = loper.invoke(
        cli_app,
        ["signalen", "--peildatum", "2025-06-01", "--binnen", "60", "--json"],
        env={"SPOORWIJZER_OPSLAG": "geheugen"},
    )
    assert sqlite.exit_code == 0
    bij = loper.invoke(cli_app, ["projecties", "bij"], env=omgeving)
    assert bij.exit_code == 0, bij.output
    assert "0 gebeurtenissen verwerkt" in bij.stdout


def test_projecties_op_sqlite_zeggen_waarom_niet(tmp_path: Path) -> None:
    uitslag = CliRunner().invoke(
        cli_app, ["projecties", "status"], env={"SPOORWIJZER_DB": str(tmp_path / "x.db")}
    )
    assert uitslag.exit_code == 2
    assert "alleen op PostgreSQL" in uitslag.stderr


def test_token_maak_bewaart_alleen_de_hash(tmp_path: Path) -> None:
    bestand = tmp_path / "tokens.toml"
    loper = CliRunner()
    uitslag = loper.invoke(
        cli_app,
        [
            "token",
            "maak",
            "--rol",
            "casemanager",
            "--gebruiker",
            "m.bakker",
            "--werkgever",
            "Bouwbedrijf Van Dam",
            "--bestand",
            str(bestand),
        ],
    )
    assert uitslag.exit_code == 0, uitslag.output
    token = uitslag.stdout.strip()
    assert token not in bestand.read_text(encoding="utf-8")
    houder = Toegangsconfig.lees(bestand).houder(token)
    assert houder is not None
    assert (houder.gebruiker_naam, houder.rol, houder.werkgevers) == (
        "m.bakker",
        "casemanager",
        frozenset({"Bouwbedrijf Van Dam"}),
    )
    fout = loper.invoke(
        cli_app,
        [
            "token",
            "maak",
            "--rol",
            "werknemer",
            "--gebruiker",
            "w",
            "--werkgever",
            "X",
            "--bestand",
            str(bestand),
        ],
    )
    assert fout.exit_code == 4
    assert "noemt de werknemer" in fout.stderr
    assert len(Toegangsconfig.lees(bestand).tokens) == 1, "a refused entry is not kept"
