"""Configuration, store and connection errors: one Dutch sentence, exit code 4, no traceback.

Each error of issue 11 has its message and exit code checked here: an unknown
``SPOORWIJZER_OPSLAG``, a mistyped ``--db`` (nothing may be created on disk), the default store
on a fresh checkout, a corrupt or unreadable SQLite file, missing tables with ``CREATE_TABLE=n``,
an unreachable PostgreSQL (answered within seconds, the password never shown), a PostgreSQL that
refuses the user or lacks the database; and "er is niets opgeslagen" only where something could
have been stored.  The busy port of ``serve`` is in ``tests/service/test_poort.py``.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
import typer
from typer.testing import CliRunner, Result

from adapters.cli import gemeen
from adapters.cli.hoofd import app
from adapters.opslag.instellingen import (
    ConfiguratieError,
    Instellingen,
    opslagfout,
    zonder_wachtwoord,
)
from tests.conftest import POSTGRES_URL, postgres_url

VOORBEELD = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "voorbeelden"
    / "02-analyse-en-plan-te-laat"
    / "dossier.jsonl"
)
WACHTWOORD = "Zeer-Geheim-42xyz"
EIGEN = ("SPOORWIJZER_", "POSTGRES_", "CREATE_TABLE", "PERSISTENCE_MODULE")
SCRIPT = Path(sys.executable).with_name("spoorwijzer")

# Every command that reads or writes a store, with arguments that would otherwise be valid.
COMMANDOS = [
    ["dossier", "lijst"],
    ["signalen"],
    ["dossier", "toon", "abcd1234"],
    ["dossier", "verifieer", "--alle"],
    ["dossier", "importeer", str(VOORBEELD)],
    ["registreer", "abcd1234", "ContactGehad", "--datum", "2025-03-01"],
    ["toegang", "abcd1234"],
    ["dossier", "exporteer", "abcd1234", "uit.jsonl"],
]


@pytest.fixture(autouse=True)
def schone_omgeving(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No store settings of the developer's shell; work in an empty folder."""
    for naam in list(os.environ):
        if naam.startswith(EIGEN) and naam != POSTGRES_URL:
            monkeypatch.delenv(naam)
    monkeypatch.setenv("SPOORWIJZER_GEBRUIKER", "tester")
    monkeypatch.chdir(tmp_path)


def spoorwijzer(*argumenten: str, **omgeving: str) -> Result:
    """The CLI in-process; an exception other than an exit is a crash (a traceback)."""
    resultaat = CliRunner().invoke(app, list(argumenten), env=omgeving or None)
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise resultaat.exception
    return resultaat


def als_proces(*argumenten: str, **omgeving: str) -> subprocess.CompletedProcess[str]:
    """The installed script in a separate process, as a user runs it (the real stderr)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(EIGEN)}
    env.update(omgeving)
    return subprocess.run(
        [str(SCRIPT), *argumenten],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def een_zin(tekst: str) -> str:
    """The message, checked to be a single line without a traceback."""
    assert "Traceback" not in tekst
    assert "Error" not in tekst, tekst  # no Python exception class names
    regels = [r for r in tekst.splitlines() if r.strip()]
    assert len(regels) == 1, tekst
    assert regels[0].startswith("configuratie: "), tekst
    return regels[0]


def vrije_poort() -> int:
    """A local TCP port nobody listens on (bound and released: refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- SPOORWIJZER_OPSLAG -------------------------------------------------------------------


@pytest.mark.parametrize(
    "argumenten", [*COMMANDOS, ["db", "init"], ["demo", "laad"], ["projecties", "status"]]
)
def test_onbekende_opslagsoort_is_een_zin_en_code_4(argumenten: list[str]) -> None:
    resultaat = spoorwijzer(*argumenten, SPOORWIJZER_OPSLAG="mongo")

    assert resultaat.exit_code == 4, resultaat.output
    zin = een_zin(resultaat.stderr)
    assert "SPOORWIJZER_OPSLAG='mongo' is onbekend" in zin
    assert "kies sqlite, geheugen of postgres" in zin
    assert resultaat.stdout == ""


def test_onbekende_opslagsoort_als_proces_zonder_traceback(tmp_path: Path) -> None:
    proces = als_proces("dossier", "lijst", SPOORWIJZER_OPSLAG="mongo")

    assert proces.returncode == 4
    assert "SPOORWIJZER_OPSLAG='mongo' is onbekend" in een_zin(proces.stderr)
    assert list(tmp_path.iterdir()) == []


# --- a store that does not exist ----------------------------------------------------------


@pytest.mark.parametrize("argumenten", COMMANDOS)
def test_verkeerd_getypt_pad_maakt_niets_aan_en_geeft_code_4(
    tmp_path: Path, argumenten: list[str]
) -> None:
    pad = tmp_path / "bestaat" / "niet" / "x.db"

    resultaat = spoorwijzer("--db", str(pad), *argumenten)

    assert resultaat.exit_code == 4, resultaat.output
    zin = een_zin(resultaat.stderr)
    assert f"er is geen opslag in {pad}: de map {pad.parent} bestaat niet" in zin
    assert "`spoorwijzer db init`" in zin
    assert "`spoorwijzer demo laad`" in zin
    assert "0 dossiers" not in resultaat.output
    assert list(tmp_path.iterdir()) == []  # no folder, no file, no export


def test_ontbrekend_bestand_in_bestaande_map_via_de_omgeving(tmp_path: Path) -> None:
    pad = tmp_path / "typfout.db"

    resultaat = spoorwijzer("dossier", "lijst", SPOORWIJZER_DB=str(pad))

    assert resultaat.exit_code == 4
    zin = een_zin(resultaat.stderr)
    assert f"er is nog geen opslag in {pad};" in zin
    assert "--db of SPOORWIJZER_DB" in zin
    assert not pad.exists()


def test_standaardopslag_op_een_verse_checkout_zegt_hoe_je_er_een_maakt(tmp_path: Path) -> None:
    proces = als_proces("signalen")

    assert proces.returncode == 4
    zin = een_zin(proces.stderr)
    assert "er is geen opslag in var/spoorwijzer.db" in zin
    assert "maak er een met `spoorwijzer db init` of `spoorwijzer demo laad`" in zin
    assert proces.stdout == ""
    assert not (tmp_path / "var").exists()


def test_een_map_als_opslag_is_een_zin(tmp_path: Path) -> None:
    resultaat = spoorwijzer("--db", str(tmp_path), "dossier", "lijst")

    assert resultaat.exit_code == 4
    assert f"{tmp_path} is een map, geen opslagbestand" in een_zin(resultaat.stderr)


@pytest.mark.parametrize(
    "maak", [["db", "init"], ["demo", "laad", "--vandaag", "2026-11-23"]], ids=["db-init", "demo"]
)
def test_db_init_en_demo_laad_maken_de_opslag_met_haar_map(tmp_path: Path, maak: list[str]) -> None:
    pad = tmp_path / "nieuw" / "sub" / "x.db"

    assert spoorwijzer("--db", str(pad), *maak).exit_code == 0
    assert pad.is_file()
    lijst = spoorwijzer("--db", str(pad), "dossier", "lijst", "--json")
    assert lijst.exit_code == 0, lijst.stderr


def test_import_na_db_init_werkt(tmp_path: Path) -> None:
    pad = tmp_path / "x.db"
    assert spoorwijzer("--db", str(pad), "db", "init").exit_code == 0

    resultaat = spoorwijzer("--db", str(pad), "dossier", "importeer", str(VOORBEELD))

    assert resultaat.exit_code == 0, resultaat.stderr


# --- an SQLite file that is no store ------------------------------------------------------


@pytest.mark.parametrize("argumenten", [*COMMANDOS, ["db", "init"], ["demo", "laad"]])
def test_kapot_bestand_is_een_zin_en_blijft_onaangeroerd(
    tmp_path: Path, argumenten: list[str]
) -> None:
    pad = tmp_path / "kapot.db"
    inhoud = b"dit is geen SQLite-database maar tekst die lang genoeg is voor een kop" * 20
    pad.write_bytes(inhoud)

    resultaat = spoorwijzer("--db", str(pad), *argumenten)

    assert resultaat.exit_code == 4, resultaat.output
    zin = een_zin(resultaat.stderr)
    assert f"{pad} is geen Spoorwijzer-opslag (geen SQLite-database of beschadigd)" in zin
    assert pad.read_bytes() == inhoud


def test_kapot_bestand_als_proces_zonder_traceback(tmp_path: Path) -> None:
    pad = tmp_path / "kapot.db"
    pad.write_bytes(b"\x00\x01geen database" * 100)

    proces = als_proces("--db", str(pad), "signalen")

    assert proces.returncode == 4
    assert "geen Spoorwijzer-opslag" in een_zin(proces.stderr)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_onleesbaar_bestand_noemt_de_rechten(tmp_path: Path) -> None:
    pad = tmp_path / "x.db"
    assert spoorwijzer("--db", str(pad), "db", "init").exit_code == 0
    pad.chmod(0)
    try:
        resultaat = spoorwijzer("--db", str(pad), "dossier", "lijst")
    finally:
        pad.chmod(0o600)

    assert resultaat.exit_code == 4
    assert "lees- en schrijfrechten" in een_zin(resultaat.stderr)


@pytest.mark.parametrize(
    ("melding", "verwacht"),
    [
        ("unable to open database file", "lees- en schrijfrechten op het bestand en op de map"),
        ("attempt to write a readonly database", "kan niet worden geopend of beschreven"),
        ("database is locked", "is bezet door een ander proces"),
        ("file is not a database", "geen Spoorwijzer-opslag"),
        ("database disk image is malformed", "geen Spoorwijzer-opslag"),
    ],
)
def test_sqlite_fouten_worden_zinnen(tmp_path: Path, melding: str, verwacht: str) -> None:
    instellingen = Instellingen(opslag="sqlite", sqlite_pad=tmp_path / "x.db")

    zin = opslagfout(instellingen, sqlite3.OperationalError(melding))

    assert isinstance(zin, ConfiguratieError)
    assert verwacht in str(zin)
    assert str(tmp_path / "x.db") in str(zin)


def test_andere_fouten_zijn_geen_opslagfout() -> None:
    instellingen = Instellingen(opslag="sqlite")

    assert opslagfout(instellingen, KeyError("x")) is None
    assert opslagfout(instellingen, FileNotFoundError("uit.jsonl")) is None
    assert opslagfout(instellingen, FileNotFoundError("x"), bij_openen=True) is not None


def test_ontbrekende_tabellen_met_create_table_n(tmp_path: Path) -> None:
    pad = tmp_path / "leeg.db"
    sqlite3.connect(pad).close()  # an empty SQLite file: no tables

    resultaat = spoorwijzer("dossier", "lijst", SPOORWIJZER_DB=str(pad), CREATE_TABLE="n")

    assert resultaat.exit_code == 4
    zin = een_zin(resultaat.stderr)
    assert "ontbreekt in SQLite-bestand" in zin
    assert "CREATE_TABLE=n" in zin
    assert "`spoorwijzer db init`" in zin


def test_een_opslagfout_tijdens_een_commando_is_een_zin() -> None:
    """A store that fails while a command runs (not while it opens): exit 4, no traceback."""
    from eventsourcing.persistence import OperationalError

    proef = typer.Typer()

    @proef.command()
    def lees() -> None:
        with gemeen.fouten():
            raise OperationalError("database is locked")

    resultaat = CliRunner().invoke(proef, [], env={"SPOORWIJZER_DB": "x.db"})

    assert resultaat.exit_code == 4
    zin = een_zin(resultaat.stderr)
    assert "x.db is bezet door een ander proces" in zin
    assert "niets opgeslagen" not in zin


# --- "er is niets opgeslagen" only where something could be stored ------------------------


def test_termijnen_slaat_niets_op_en_zegt_dat_dus_ook_niet(tmp_path: Path) -> None:
    bestand = tmp_path / "d.jsonl"
    bestand.write_text('{"type": "Ziekmelding"}\n', encoding="utf-8")

    resultaat = spoorwijzer("termijnen", str(bestand))

    assert resultaat.exit_code == 1
    assert resultaat.stderr.startswith("geweigerd: ")
    assert "opgeslagen" not in resultaat.stderr
    assert list(tmp_path.iterdir()) == [bestand]  # no store was made either


def test_een_geweigerde_import_zegt_wel_dat_er_niets_is_opgeslagen(tmp_path: Path) -> None:
    pad = tmp_path / "x.db"
    assert spoorwijzer("--db", str(pad), "db", "init").exit_code == 0
    bestand = tmp_path / "d.jsonl"
    bestand.write_text('{"type": "Ziekmelding"}\n', encoding="utf-8")

    resultaat = spoorwijzer("--db", str(pad), "dossier", "importeer", str(bestand))

    assert resultaat.exit_code == 1
    assert resultaat.stderr.rstrip().endswith("; er is niets opgeslagen")


def test_een_geweigerde_inzage_zegt_niet_dat_er_niets_is_opgeslagen(tmp_path: Path) -> None:
    pad = tmp_path / "x.db"
    assert spoorwijzer("--db", str(pad), "db", "init").exit_code == 0
    dossier_id = spoorwijzer("--db", str(pad), "dossier", "importeer", str(VOORBEELD)).stdout

    resultaat = spoorwijzer("--db", str(pad), "--rol", "bedrijfsarts", "toegang", dossier_id[:8])

    assert resultaat.exit_code == 5, resultaat.stderr
    assert resultaat.stderr.startswith("niet toegestaan: ")
    assert "opgeslagen" not in resultaat.stderr


# --- PostgreSQL -----------------------------------------------------------------------------


def test_postgres_onbereikbaar_antwoordt_snel_zonder_wachtwoord() -> None:
    poort = vrije_poort()
    url = f"postgresql://piet:{WACHTWOORD}@127.0.0.1:{poort}/spoorwijzer"

    begin = time.monotonic()
    proces = als_proces(
        "dossier", "lijst", SPOORWIJZER_OPSLAG="postgres", SPOORWIJZER_DATABASE_URL=url
    )
    duur = time.monotonic() - begin

    assert proces.returncode == 4
    zin = een_zin(proces.stderr)
    assert f"PostgreSQL 127.0.0.1:{poort}/spoorwijzer is niet bereikbaar (binnen 5 s)" in zin
    assert "connect_timeout" in zin
    assert WACHTWOORD not in proces.stderr + proces.stdout
    assert duur < 15, f"{duur:.1f} s"


@pytest.mark.parametrize(
    "argumenten", [["db", "init"], ["signalen"], ["projecties", "status"], ["demo", "laad"]]
)
def test_postgres_onbereikbaar_voor_elk_commando(argumenten: list[str]) -> None:
    url = f"postgresql://piet:{WACHTWOORD}@127.0.0.1:{vrije_poort()}/db?connect_timeout=2"

    resultaat = spoorwijzer(
        *argumenten, SPOORWIJZER_OPSLAG="postgres", SPOORWIJZER_DATABASE_URL=url
    )

    assert resultaat.exit_code == 4, resultaat.output
    zin = een_zin(resultaat.stderr)
    assert "is niet bereikbaar (binnen 2 s)" in zin
    assert WACHTWOORD not in resultaat.output


@pytest.mark.parametrize("waarde", ["nul", "0", "-3"])
def test_ongeldige_connect_timeout_is_een_zin(waarde: str) -> None:
    url = f"postgresql://piet:{WACHTWOORD}@127.0.0.1:5432/db?connect_timeout={waarde}"

    resultaat = spoorwijzer(
        "dossier", "lijst", SPOORWIJZER_OPSLAG="postgres", SPOORWIJZER_DATABASE_URL=url
    )

    assert resultaat.exit_code == 4
    zin = een_zin(resultaat.stderr)
    assert f"connect_timeout {waarde!r} is geen geheel aantal seconden" in zin
    assert WACHTWOORD not in resultaat.output


def test_connect_timeout_uit_de_omgeving() -> None:
    instellingen = Instellingen.uit_omgeving(
        {
            "SPOORWIJZER_OPSLAG": "postgres",
            "SPOORWIJZER_DATABASE_URL": "postgresql://piet:x@h/db",
            "POSTGRES_CONNECT_TIMEOUT": "9",
        }
    )
    assert instellingen.connect_timeout == 9
    assert instellingen.eventsourcing_env()["POSTGRES_CONNECT_TIMEOUT"] == "9"
    standaard = Instellingen.uit_omgeving(
        {"SPOORWIJZER_OPSLAG": "postgres", "SPOORWIJZER_DATABASE_URL": "postgresql://p:x@h/db"}
    )
    assert standaard.connect_timeout == 5


def test_het_wachtwoord_staat_niet_in_de_weergave_van_de_instellingen() -> None:
    instellingen = Instellingen.uit_omgeving(
        {
            "SPOORWIJZER_OPSLAG": "postgres",
            "SPOORWIJZER_DATABASE_URL": f"postgresql://piet:{WACHTWOORD}@h:5/db",
        }
    )
    assert WACHTWOORD not in repr(instellingen)
    assert WACHTWOORD not in instellingen.beschrijving()


def test_zonder_wachtwoord_verbergt_urls_en_wachtwoorden() -> None:
    tekst = f"fout bij postgresql://piet:{WACHTWOORD}@h:5/db, password={WACHTWOORD}"

    schoon = zonder_wachtwoord(tekst, WACHTWOORD)

    assert WACHTWOORD not in schoon
    assert "postgresql://piet:***@h:5/db" in schoon


def _met(url: str, *, gebruiker: str | None = None, database: str | None = None) -> str:
    """``url`` with another user (and password) or database."""
    delen = urlparse(url)
    netloc = delen.netloc
    if gebruiker is not None:
        host = netloc.rpartition("@")[2]
        netloc = f"{gebruiker}:{WACHTWOORD}@{host}"
    pad = f"/{database}" if database is not None else delen.path
    return urlunparse(delen._replace(netloc=netloc, path=pad))


@pytest.mark.postgres
def test_postgres_weigert_een_onbekende_gebruiker_zonder_het_wachtwoord_te_tonen() -> None:
    url = _met(postgres_url(), gebruiker="bestaat_niet_xyz")

    proces = als_proces(
        "dossier", "lijst", SPOORWIJZER_OPSLAG="postgres", SPOORWIJZER_DATABASE_URL=url
    )

    assert proces.returncode == 4
    zin = een_zin(proces.stderr)
    assert "weigert gebruiker 'bestaat_niet_xyz'" in zin
    assert "SPOORWIJZER_DATABASE_URL" in zin
    assert WACHTWOORD not in proces.stderr + proces.stdout


@pytest.mark.postgres
def test_postgres_zonder_de_database_noemt_haar() -> None:
    url = _met(postgres_url(), database="bestaat_niet_db")

    resultaat = spoorwijzer("signalen", SPOORWIJZER_OPSLAG="postgres", SPOORWIJZER_DATABASE_URL=url)

    assert resultaat.exit_code == 4
    zin = een_zin(resultaat.stderr)
    assert "database 'bestaat_niet_db' bestaat niet" in zin
    assert "createdb bestaat_niet_db" in zin


def test_een_fout_wachtwoord_wordt_een_zin_zonder_wachtwoord() -> None:
    """A server with password authentication (the test server trusts every user)."""
    import psycopg

    instellingen = Instellingen.uit_omgeving(
        {
            "SPOORWIJZER_OPSLAG": "postgres",
            "SPOORWIJZER_DATABASE_URL": f"postgresql://piet:{WACHTWOORD}@db.example:5433/sw",
        }
    )
    fout = psycopg.OperationalError(
        'connection failed: connection to server at "db.example", port 5433 failed: FATAL:  '
        f'password authentication failed for user "piet" ({WACHTWOORD})'
    )

    zin = str(opslagfout(instellingen, fout))

    assert "PostgreSQL db.example:5433/sw weigert gebruiker 'piet'" in zin
    assert WACHTWOORD not in zin
