"""The access log (NEN 7513), on every store: in memory, an SQLite file and PostgreSQL.

Each test gets an empty store of its own (a fresh SQLite file, a fresh
PostgreSQL schema that is dropped afterwards).  ``Winkel.opnieuw()`` opens a new
application object on the same file or database, so a second `Toegangslog`
reads what the first wrote; in memory it is the same store.

PostgreSQL comes from ``SPOORWIJZER_TEST_POSTGRES_URL`` (``scripts/met-postgres.sh``).
Without it the PostgreSQL tests are skipped, except on CI (``CI=true``), where
they fail.  The CLI tests run once the ``toegang`` command is registered by
``adapters.cli`` itself; until then they are skipped.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import psycopg
import pytest
from psycopg import sql
from typer.testing import CliRunner, Result

from adapters.cli import app as cli_app
from adapters.cli import gemeen
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, open_dossiers
from adapters.opslag.instellingen import ConfiguratieError, Instellingen
from adapters.opslag.toegangslog import (
    TABEL,
    GeheugenToegangslog,
    PostgresToegangslog,
    SQLiteToegangslog,
    Toegangslog,
    toegangslog_voor,
    toepassing,
)
from domain.toegangslog import (
    OngeldigeToegangsvermeldingError,
    Toegangsvermelding,
    ToegangsvermeldingBestaatAlError,
    ToegangZonderDoelError,
    ToegangZonderGebruikerError,
)

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
CET = timezone(timedelta(hours=1))
VOORBEELDEN = Path(__file__).resolve().parents[1] / "data" / "voorbeelden"
EERSTE_SPOOR = VOORBEELDEN / "01-eerste-spoor-op-tijd" / "dossier.jsonl"
OMGEVING = ("SPOORWIJZER_GEBRUIKER", "SPOORWIJZER_ROL", "SPOORWIJZER_NAMENS", "SPOORWIJZER_DOEL")
SOORT_LOG = {
    "geheugen": GeheugenToegangslog,
    "sqlite": SQLiteToegangslog,
    "postgres": PostgresToegangslog,
}


# -- the stores -------------------------------------------------------------------------------


@dataclass
class Winkel:
    """An empty store of one kind, and a way to open it again."""

    soort: str
    instellingen: Instellingen
    klok: VasteKlok
    apps: list[Dossierbestand] = field(default_factory=list)
    url: str | None = None
    schema: str | None = None

    def open(self, instellingen: Instellingen | None = None) -> Dossierbestand:
        app = open_dossiers(instellingen or self.instellingen, self.klok)
        self.apps.append(app)
        return app

    @property
    def app(self) -> Dossierbestand:
        return self.apps[0] if self.apps else self.open()

    def opnieuw(self) -> Dossierbestand:
        """A new application object on the same file or database (the same object in memory)."""
        return self.app if self.soort == "geheugen" else self.open()

    def log(self) -> Toegangslog:
        return toegangslog_voor(self.app)

    def nieuw_log(self) -> Toegangslog:
        """A second, independent Toegangslog object on the same database."""
        return toegangslog_voor(self.opnieuw())

    def sluit(self) -> None:
        for app in self.apps:
            app.close()


def _postgres_instellingen(url: str, schema: str, **extra: str) -> Instellingen:
    return Instellingen.uit_omgeving(
        {
            "SPOORWIJZER_OPSLAG": "postgres",
            "SPOORWIJZER_DATABASE_URL": url,
            "POSTGRES_SCHEMA": schema,
            **extra,
        }
    )


SQLITE = pytest.param("sqlite", id="sqlite")
POSTGRES = pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)


@pytest.fixture(params=[pytest.param("geheugen", id="geheugen"), SQLITE, POSTGRES])
def winkel(request: pytest.FixtureRequest, tmp_path: Path, klok: VasteKlok) -> Iterator[Winkel]:
    """An empty store of each kind."""
    soort: str = request.param
    url = schema = None
    if soort == "postgres":
        url, schema = request.getfixturevalue("postgres_schema")
        instellingen = _postgres_instellingen(url, schema)
    elif soort == "sqlite":
        instellingen = Instellingen(opslag="sqlite", sqlite_pad=tmp_path / "dossiers.db")
    else:
        instellingen = Instellingen(opslag="geheugen")
    w = Winkel(soort, instellingen, klok, url=url, schema=schema)
    try:
        yield w
    finally:
        w.sluit()


def regel(**velden: Any) -> Toegangsvermelding:
    """An entry with every field filled; override any with keywords."""
    standaard: dict[str, Any] = {
        "gebeurtenis_id": uuid4(),
        "tijdstip": T0,
        "actie": "lezen",
        "gebruiker": "c.manager",
        "rol": "casemanager",
        "namens": "Hoveniersbedrijf De Linde",
        "doel": "re-integratiebegeleiding",
        "dossier_id": UUID("0f0e0d0c-0b0a-4908-8706-050403020100"),
        "werknemer": "W-042 Jansen",
        "bron": "cli",
        "toepassing": "spoorwijzer 0.1.0",
        "resultaat": "toegestaan",
        "toelichting": "telefonisch contact voorbereid ✆ 'quote' [geen markup]",
    }
    return Toegangsvermelding(**{**standaard, **velden})


# -- round trip -----------------------------------------------------------------------------------


def test_de_juiste_opslag_wordt_gekozen(winkel: Winkel) -> None:
    assert type(winkel.log()) is SOORT_LOG[winkel.soort]


def test_regel_met_alle_velden_komt_terug(winkel: Winkel) -> None:
    vol = regel(tijdstip=datetime(2026, 1, 1, 13, 0, 0, 123456, tzinfo=CET), actie="exporteren")
    leeg = regel(
        tijdstip=T0 + timedelta(minutes=1),
        rol=None,
        namens=None,
        werknemer=None,
        toelichting=None,
        bron="api",
        resultaat="geweigerd",
        actie="audit",
        doel="audit",
    )
    winkel.log().registreer(vol)
    winkel.log().registreer(leeg)

    terug = winkel.nieuw_log().voor_dossier(vol.dossier_id)
    assert terug == [vol, leeg]
    for gelezen, geschreven in zip(terug, (vol, leeg), strict=True):
        for veld in fields(Toegangsvermelding):
            waarde = getattr(gelezen, veld.name)
            assert waarde == getattr(geschreven, veld.name), veld.name
            assert type(waarde) is type(getattr(geschreven, veld.name)), veld.name
        assert gelezen.tijdstip.utcoffset() is not None
    # The same instant, whatever zone it was given in (SQL stores UTC).
    assert terug[0].tijdstip == datetime(2026, 1, 1, 12, 0, 0, 123456, tzinfo=UTC)


def test_leg_vast_stempelt_met_de_klok_van_de_opslag(winkel: Winkel) -> None:
    log = winkel.log()
    dossier_id = uuid4()
    eerste = log.leg_vast(
        actie="lezen", gebruiker="a.jansen", doel="uwv-beoordeling", dossier_id=dossier_id
    )
    tweede = log.leg_vast(
        actie="geschiedenis", gebruiker="a.jansen", doel="audit", dossier_id=dossier_id
    )
    assert (eerste.tijdstip, tweede.tijdstip) == (T0, T0 + timedelta(seconds=1))
    assert eerste.gebeurtenis_id != tweede.gebeurtenis_id
    assert eerste.toepassing == toepassing()
    assert eerste.toepassing.startswith("spoorwijzer ")
    assert (eerste.bron, eerste.resultaat, eerste.rol, eerste.namens) == (
        "cli",
        "toegestaan",
        None,
        None,
    )
    assert winkel.nieuw_log().voor_dossier(dossier_id) == [eerste, tweede]


# -- order ----------------------------------------------------------------------------------------


def test_oudste_eerst_en_bij_gelijke_tijd_in_volgorde_van_vastleggen(winkel: Winkel) -> None:
    dossier_id = uuid4()
    t = [T0 + timedelta(minutes=i) for i in range(3)]
    # Registered out of time order (two clocks, one late), with a tie at t[1].
    regels = [
        regel(dossier_id=dossier_id, tijdstip=t[2], gebruiker="derde"),
        regel(dossier_id=dossier_id, tijdstip=t[0], gebruiker="eerste"),
        regel(dossier_id=dossier_id, tijdstip=t[1], gebruiker="tweede-a"),
        regel(dossier_id=dossier_id, tijdstip=t[1].astimezone(CET), gebruiker="tweede-b"),
    ]
    log = winkel.log()
    for r in regels:
        log.registreer(r)
    verwacht = ["eerste", "tweede-a", "tweede-b", "derde"]
    for lezer in (log, winkel.nieuw_log()):
        assert [r.gebruiker for r in lezer.voor_dossier(dossier_id)] == verwacht
        assert [r.gebruiker for r in lezer.alle()] == verwacht


def test_alle_tussen_van_en_tot(winkel: Winkel) -> None:
    log = winkel.log()
    for i in range(5):
        log.registreer(
            regel(dossier_id=uuid4(), tijdstip=T0 + timedelta(hours=i), gebruiker=f"u{i}")
        )
    van, tot = T0 + timedelta(hours=1), T0 + timedelta(hours=3)
    assert [r.gebruiker for r in log.alle(van, tot)] == ["u1", "u2"]  # van inclusive, tot not
    assert [r.gebruiker for r in log.alle(van=van.astimezone(CET))] == ["u1", "u2", "u3", "u4"]
    assert [r.gebruiker for r in log.alle(tot=tot)] == ["u0", "u1", "u2"]
    assert len(log.alle()) == 5
    with pytest.raises(ValueError, match="tijdzone"):
        log.alle(van=datetime(2026, 1, 1))


# -- append-only ----------------------------------------------------------------------------------


def test_een_tweede_log_op_dezelfde_database_ziet_eerdere_regels(winkel: Winkel) -> None:
    dossier_id = uuid4()
    eerste_log = winkel.log()
    eerste = eerste_log.leg_vast(
        actie="lezen", gebruiker="a", doel="re-integratiebegeleiding", dossier_id=dossier_id
    )

    tweede_log = winkel.nieuw_log()
    assert tweede_log is not eerste_log
    assert tweede_log.voor_dossier(dossier_id) == [eerste]
    tweede = tweede_log.leg_vast(actie="audit", gebruiker="b", doel="audit", dossier_id=dossier_id)

    for lezer in (eerste_log, tweede_log, winkel.nieuw_log()):
        assert lezer.voor_dossier(dossier_id) == [eerste, tweede]


def test_het_log_kent_geen_wijzigen_of_verwijderen(winkel: Winkel) -> None:
    openbaar = {naam for naam in dir(winkel.log()) if not naam.startswith("_")}
    assert openbaar == {
        "registreer",
        "registreer_alle",
        "meeschrijver",
        "vermelding",
        "voor_dossier",
        "alle",
        "leg_vast",
        "maak_tabel",
        "klok",
    }


def test_dezelfde_gebeurtenis_twee_keer_wordt_geweigerd(winkel: Winkel) -> None:
    r = regel()
    winkel.log().registreer(r)
    with pytest.raises(ToegangsvermeldingBestaatAlError, match="alleen-toevoegen"):
        winkel.nieuw_log().registreer(replace(r, doel="iets anders"))
    assert winkel.nieuw_log().alle() == [r]


def _sql_verbinding(winkel: Winkel) -> Any:
    if winkel.soort == "sqlite":
        return sqlite3.connect(winkel.instellingen.sqlite_pad)
    assert winkel.url is not None
    assert winkel.schema is not None
    verbinding = psycopg.connect(winkel.url, autocommit=True)
    verbinding.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(winkel.schema)))
    return verbinding


# In memory there is no database to bypass the log with.
@pytest.mark.parametrize("winkel", [SQLITE, POSTGRES], indirect=True)
def test_de_database_weigert_wijzigen_en_verwijderen(winkel: Winkel) -> None:
    r = regel()
    winkel.log().registreer(r)
    fouten = (sqlite3.DatabaseError, psycopg.Error)
    opdrachten = [f"UPDATE {TABEL} SET doel = 'verzonnen'", f"DELETE FROM {TABEL}"]
    if winkel.soort == "postgres":
        opdrachten.append(f"TRUNCATE {TABEL}")
    for opdracht in opdrachten:
        verbinding = _sql_verbinding(winkel)
        try:
            with pytest.raises(fouten, match="alleen-toevoegen"):
                verbinding.execute(opdracht)
        finally:
            verbinding.close()
    assert winkel.nieuw_log().alle() == [r]


@pytest.mark.parametrize("winkel", [POSTGRES], indirect=True)
def test_postgres_log_staat_in_het_schema_van_de_opslag(winkel: Winkel) -> None:
    winkel.log().registreer(regel())
    assert winkel.url is not None
    with psycopg.connect(winkel.url) as verbinding:
        schemas = [
            rij[0]
            for rij in verbinding.execute(
                # Only this store's schema and the default one: tests running in parallel
                # put the same table in schemas of their own.
                "SELECT table_schema FROM information_schema.tables "
                "WHERE table_name = %s AND table_schema IN (%s, 'public')",
                (TABEL, winkel.schema),
            )
        ]
    assert schemas == [winkel.schema]


# -- refusals -------------------------------------------------------------------------------------


@pytest.mark.parametrize("doel", ["", "   "])
def test_een_regel_zonder_doel_wordt_geweigerd(winkel: Winkel, doel: str) -> None:
    log = winkel.log()
    with pytest.raises(ToegangZonderDoelError, match="doel ontbreekt") as fout:
        log.leg_vast(actie="lezen", gebruiker="a", doel=doel, dossier_id=uuid4())
    assert fout.value.veld == "doel"
    assert "niet toegestaan" in str(fout.value)
    with pytest.raises(ToegangZonderDoelError):
        regel(doel=doel)
    assert winkel.nieuw_log().alle() == []


@pytest.mark.parametrize("gebruiker", ["", " "])
def test_een_regel_zonder_gebruiker_wordt_geweigerd(winkel: Winkel, gebruiker: str) -> None:
    with pytest.raises(ToegangZonderGebruikerError, match="gebruiker ontbreekt"):
        winkel.log().leg_vast(actie="lezen", gebruiker=gebruiker, doel="audit", dossier_id=uuid4())
    assert winkel.nieuw_log().alle() == []


def test_tabel_aanmaken_volgt_de_instellingen(winkel: Winkel, tmp_path: Path) -> None:
    if winkel.soort == "geheugen":
        # Nothing to create: the in-memory log works whatever the setting.
        log = toegangslog_voor(winkel.app, tabellen_aanmaken=False)
        log.registreer(regel())
        assert len(log.alle()) == 1
        return
    if winkel.soort == "sqlite":
        zonder = Instellingen(
            opslag="sqlite", sqlite_pad=tmp_path / "leeg.db", tabellen_aanmaken=False
        )
    else:
        assert winkel.url is not None
        assert winkel.schema is not None
        zonder = _postgres_instellingen(winkel.url, winkel.schema, CREATE_TABLE="n")
    app = winkel.open(zonder)
    log = toegangslog_voor(app)
    with pytest.raises(ConfiguratieError, match=f"{TABEL}.*CREATE_TABLE=n"):
        log.registreer(regel())
    with pytest.raises(ConfiguratieError):
        log.voor_dossier(uuid4())

    log.maak_tabel()  # the migration step
    r = regel()
    log.registreer(r)
    assert toegangslog_voor(winkel.open(zonder)).alle() == [r]


# -- voor_dossier filters -------------------------------------------------------------------------


def test_voor_dossier_geeft_alleen_dat_dossier(winkel: Winkel) -> None:
    a, b = uuid4(), uuid4()
    log = winkel.log()
    for i, dossier_id in enumerate([a, b, a, b, b]):
        log.registreer(regel(dossier_id=dossier_id, tijdstip=T0 + timedelta(seconds=i)))
    lezer = winkel.nieuw_log()
    assert [r.tijdstip.second for r in lezer.voor_dossier(a)] == [0, 2]
    assert [r.tijdstip.second for r in lezer.voor_dossier(b)] == [1, 3, 4]
    assert {r.dossier_id for r in lezer.voor_dossier(a)} == {a}
    assert lezer.voor_dossier(uuid4()) == []
    assert len(lezer.alle()) == 5


# -- the entry itself (no store) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("veld", "waarde"),
    [
        ("actie", "wijzigen"),
        ("resultaat", "misschien"),
        ("bron", "fax"),
        ("tijdstip", datetime(2026, 1, 1, 12)),
        ("dossier_id", "0f0e0d0c"),
        ("toepassing", ""),
    ],
)
def test_een_onvolledige_regel_wordt_geweigerd(veld: str, waarde: Any) -> None:
    with pytest.raises(OngeldigeToegangsvermeldingError) as fout:
        regel(**{veld: waarde})
    assert fout.value.veld == veld


def test_als_json_noemt_elk_veld() -> None:
    r = regel()
    gegevens = r.als_json()
    assert list(gegevens) == [f.name for f in fields(Toegangsvermelding)]
    assert gegevens["tijdstip"] == "2026-01-01T12:00:00+00:00"
    assert gegevens["dossier_id"] == str(r.dossier_id)
    assert json.loads(json.dumps(gegevens)) == gegevens


# -- the CLI ---------------------------------------------------------------------------------------


class Cli:
    """Runs ``spoorwijzer --db <file> ...`` in-process as user c.manager (role: beheerder)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *argumenten: str, **omgeving: str | None) -> Result:
        env: dict[str, str | None] = {
            "COLUMNS": "400",
            "NO_COLOR": "1",
            "SPOORWIJZER_GEBRUIKER": "c.manager",
            **omgeving,
        }
        resultaat = self.runner.invoke(cli_app, ["--db", str(self.db), *argumenten], env=env)
        if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
            raise resultaat.exception
        return resultaat

    def ok(self, *argumenten: str, **omgeving: str | None) -> Result:
        resultaat = self(*argumenten, **omgeving)
        assert resultaat.exit_code == 0, resultaat.stderr
        return resultaat

    def dossiers(self) -> Dossierbestand:
        return open_dossiers(Instellingen(opslag="sqlite", sqlite_pad=self.db))


@pytest.fixture
def spoorwijzer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    for naam in OMGEVING:
        monkeypatch.delenv(naam, raising=False)
    for console in (gemeen.uit, gemeen.fout_uit):
        monkeypatch.setattr(console, "_width", 400)
    cli = Cli(tmp_path / "x.db")
    cli.ok("db", "init")  # only the commands that create stores make a missing file
    return cli


@pytest.fixture
def dossier_id(spoorwijzer: Cli) -> str:
    return spoorwijzer.ok("dossier", "importeer", str(EERSTE_SPOOR)).stdout.strip()


def test_cli_import_staat_in_het_toegangslog(spoorwijzer: Cli, dossier_id: str) -> None:
    dossiers = spoorwijzer.dossiers()
    [regel] = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))
    dossiers.close()
    assert (regel.actie, regel.gebruiker, regel.rol, regel.bron, regel.resultaat) == (
        "importeren",
        "c.manager",
        "beheerder",
        "cli",
        "toegestaan",
    )


def test_cli_toegang_toont_wie_wanneer_wat_waarom(spoorwijzer: Cli, dossier_id: str) -> None:
    spoorwijzer.ok(
        "dossier",
        "toon",
        dossier_id,
        "--peildatum",
        "2025-06-01",
        "--doel",
        "uwv-beoordeling",
        SPOORWIJZER_GEBRUIKER="b.arts",
        SPOORWIJZER_ROL="bedrijfsarts",
        SPOORWIJZER_NAMENS="Arbodienst Noord",
    )

    regels = json.loads(spoorwijzer.ok("toegang", dossier_id[:8], "--json").stdout)
    lezing, audit = regels[-2:]
    assert {k: lezing[k] for k in ("actie", "gebruiker", "rol", "namens", "doel", "bron")} == {
        "actie": "lezen",
        "gebruiker": "b.arts",
        "rol": "bedrijfsarts",
        "namens": "Arbodienst Noord",
        "doel": "uwv-beoordeling",
        "bron": "cli",
    }
    assert lezing["werknemer"] is not None
    assert lezing["werknemer"] == audit["werknemer"]
    assert lezing["resultaat"] == "toegestaan"
    assert lezing["dossier_id"] == dossier_id
    assert lezing["toepassing"] == toepassing()
    # Consulting the log is itself an audit entry, and it is in the list it shows.
    assert (audit["actie"], audit["gebruiker"], audit["doel"], audit["rol"]) == (
        "audit",
        "c.manager",
        "audit",
        "beheerder",
    )
    assert datetime.fromisoformat(audit["tijdstip"]) >= datetime.fromisoformat(lezing["tijdstip"])

    tabel = spoorwijzer.ok("toegang", dossier_id, "--doel", "privacy-verzoek werknemer").stdout
    for tekst in ("b.arts", "bedrijfsarts", "Arbodienst Noord", "uwv-beoordeling", "audit"):
        assert tekst in tabel
    assert "privacy-verzoek werknemer" in tabel
    assert "Toegangslog van dossier" in tabel
    assert (
        len(json.loads(spoorwijzer.ok("toegang", dossier_id, "--json").stdout)) == len(regels) + 2
    )


def test_cli_toegang_zonder_doel_wordt_geweigerd(spoorwijzer: Cli, dossier_id: str) -> None:
    resultaat = spoorwijzer("toegang", dossier_id, "--doel", "")
    assert resultaat.exit_code == 1
    assert "doel ontbreekt" in resultaat.stderr
    assert resultaat.stdout == ""
    dossiers = spoorwijzer.dossiers()
    acties = [r.actie for r in toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))]
    assert acties == ["importeren"]
    dossiers.close()


def test_cli_toegang_onbekend_dossier(spoorwijzer: Cli, dossier_id: str) -> None:
    resultaat = spoorwijzer("toegang", "ffffffff")
    assert resultaat.exit_code == 3
    assert "niet gevonden" in resultaat.stderr


@pytest.mark.parametrize("rol", ["casemanager", "bedrijfsarts", "uwv"])
def test_cli_toegang_alleen_voor_wie_het_log_mag_inzien(
    spoorwijzer: Cli, dossier_id: str, rol: str
) -> None:
    resultaat = spoorwijzer("--rol", rol, "toegang", dossier_id)
    assert resultaat.exit_code == 5
    assert "toegangslog_lezen" in resultaat.stderr
    assert resultaat.stdout == ""
    dossiers = spoorwijzer.dossiers()
    laatste = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))[-1]
    dossiers.close()
    assert (laatste.actie, laatste.rol, laatste.resultaat) == ("audit", rol, "geweigerd")


def test_cli_doel_uit_optie_omgeving_of_standaard(spoorwijzer: Cli, dossier_id: str) -> None:
    spoorwijzer.ok("dossier", "toon", dossier_id)
    spoorwijzer.ok("dossier", "exporteer", dossier_id, SPOORWIJZER_DOEL="audit")
    spoorwijzer.ok("dossier", "toets", dossier_id, "--doel", "uwv-beoordeling")
    dossiers = spoorwijzer.dossiers()
    regels = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))
    dossiers.close()
    assert [(r.actie, r.doel) for r in regels[-3:]] == [
        ("lezen", "re-integratiebegeleiding"),
        ("exporteren", "audit"),
        ("toetsen", "uwv-beoordeling"),
    ]


def test_cli_zonder_bekende_gebruiker_leest_niets(
    spoorwijzer: Cli, dossier_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def geen_gebruiker() -> str:
        raise OSError("geen gebruiker")

    monkeypatch.setattr(getpass, "getuser", geen_gebruiker)
    for opdracht in (("toegang", dossier_id), ("dossier", "toon", dossier_id)):
        resultaat = spoorwijzer(*opdracht, SPOORWIJZER_GEBRUIKER=None)
        assert resultaat.exit_code == 4
        assert "SPOORWIJZER_GEBRUIKER" in resultaat.stderr
        assert resultaat.stdout == ""
    dossiers = spoorwijzer.dossiers()
    acties = [r.actie for r in toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))]
    dossiers.close()
    assert acties == ["importeren"]


def test_cli_dossier_toon_laat_een_spoor_na(spoorwijzer: Cli, dossier_id: str) -> None:
    spoorwijzer.ok("dossier", "toon", dossier_id, "--peildatum", "2025-06-01", "--doel", "audit")
    regels = json.loads(spoorwijzer.ok("toegang", dossier_id, "--json").stdout)
    assert [(r["actie"], r["doel"], r["gebruiker"]) for r in regels] == [
        ("importeren", "re-integratiebegeleiding", "c.manager"),
        ("lezen", "audit", "c.manager"),
        ("audit", "audit", "c.manager"),
    ]
