"""Where and how dossiers are stored, read from the environment.

``SPOORWIJZER_OPSLAG`` picks the store:

* ``sqlite`` (default): an SQLite file at ``SPOORWIJZER_DB`` (default ``var/spoorwijzer.db``);
* ``geheugen``: in memory, for tests and the simulation;
* ``postgres``: PostgreSQL from ``SPOORWIJZER_DATABASE_URL``
  (``postgresql://user:password@host:port/dbname``) or the eventsourcing
  ``POSTGRES_*`` variables.  A server that does not answer is given up after
  ``connect_timeout`` seconds (the URL's ``?connect_timeout=N``, else
  ``POSTGRES_CONNECT_TIMEOUT``, else :data:`STANDAARD_CONNECT_TIMEOUT`).

Every store keeps the same events through the same mapper and the same read
model for ``signalen``; only the recorder differs.

An SQLite file is never created as a side effect of opening it: only the commands that create
stores (``spoorwijzer db init``, ``spoorwijzer demo laad``) call :meth:`Instellingen.maak_plaats`;
every other command first calls :meth:`Instellingen.controleer_opslag`, so a mistyped path is
an error instead of a new, empty store.  :func:`opslagfout` turns what the database drivers
raise into one Dutch sentence, without the password.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, unquote, urlparse

Opslagsoort = Literal["sqlite", "geheugen", "postgres"]
STANDAARD_DB = Path("var") / "spoorwijzer.db"
MAPPER = "adapters.opslag.mapper:DossierMapper"
STANDAARD_CONNECT_TIMEOUT = 5
"""Seconds to wait for a PostgreSQL server before giving up (the library's own default is 30)."""
MAAK_OPSLAG = "maak er een met `spoorwijzer db init` of `spoorwijzer demo laad`"


class ConfiguratieError(ValueError):
    """The storage configuration is incomplete or wrong; the message names the variable."""


class GeenOpslagError(ConfiguratieError):
    """The SQLite file (or its folder) does not exist, and this command does not create stores."""


@dataclass(frozen=True)
class Instellingen:
    """Where and how dossiers are stored."""

    opslag: Opslagsoort = "sqlite"
    sqlite_pad: Path = STANDAARD_DB
    postgres: Mapping[str, str] = field(default_factory=dict, repr=False)
    """The ``POSTGRES_*`` settings; not in ``repr``: they hold the password."""
    tabellen_aanmaken: bool = True

    @classmethod
    def uit_omgeving(cls, omgeving: Mapping[str, str] | None = None) -> Instellingen:
        """Read the settings from environment variables."""
        omgeving = os.environ if omgeving is None else omgeving
        soort = omgeving.get("SPOORWIJZER_OPSLAG", "sqlite").strip().lower()
        if soort not in ("sqlite", "geheugen", "postgres"):
            msg = f"SPOORWIJZER_OPSLAG={soort!r} is onbekend; kies sqlite, geheugen of postgres"
            raise ConfiguratieError(msg)
        aanmaken = omgeving.get("CREATE_TABLE", "y").strip().lower() not in (
            "n",
            "no",
            "0",
            "false",
        )
        postgres: dict[str, str] = {}
        if soort == "postgres":
            postgres = _postgres_uit_omgeving(omgeving)
        return cls(
            opslag=soort,  # type: ignore[arg-type]
            sqlite_pad=Path(omgeving.get("SPOORWIJZER_DB", str(STANDAARD_DB))),
            postgres=postgres,
            tabellen_aanmaken=aanmaken,
        )

    def eventsourcing_env(self) -> dict[str, str]:
        """The eventsourcing environment for this store (overrides the process environment)."""
        env = {
            "MAPPER_TOPIC": MAPPER,
            "CREATE_TABLE": "y" if self.tabellen_aanmaken else "n",
            "IS_SNAPSHOTTING_ENABLED": "n",
        }
        if self.opslag == "geheugen":
            env["PERSISTENCE_MODULE"] = "adapters.opslag.overzicht:GeheugenFactory"
        elif self.opslag == "sqlite":
            env["PERSISTENCE_MODULE"] = "eventsourcing.sqlite"
            env["SQLITE_DBNAME"] = str(self.sqlite_pad)
            env["APPLICATION_RECORDER_TOPIC"] = "adapters.opslag.overzicht:OverzichtSQLiteRecorder"
        else:
            env["PERSISTENCE_MODULE"] = "eventsourcing.postgres"
            env["APPLICATION_RECORDER_TOPIC"] = (
                "adapters.opslag.overzicht:OverzichtPostgresRecorder"
            )
            env.update(self.postgres)
        return env

    def controleer_opslag(self) -> None:
        """Raise :class:`GeenOpslagError` when the SQLite file this names does not exist.

        Opening a missing SQLite file would create it (and ``maak_plaats`` its folders): a
        mistyped ``--db`` would then answer "0 dossiers" from a new, empty store.
        """
        if self.opslag != "sqlite":
            return
        pad = self.sqlite_pad
        if pad.is_dir():
            msg = f"{pad} is een map, geen opslagbestand; geef het pad van het bestand met --db"
            raise GeenOpslagError(msg)
        if pad.exists():
            return
        waar = (
            f"er is nog geen opslag in {pad}"
            if pad.parent.is_dir()
            else f"er is geen opslag in {pad}: de map {pad.parent} bestaat niet"
        )
        msg = f"{waar}; {MAAK_OPSLAG} (of kies een bestaand bestand met --db of SPOORWIJZER_DB)"
        raise GeenOpslagError(msg)

    def controleer_verbinding(self) -> None:
        """PostgreSQL: connect once, briefly, so an absent server or a wrong password is named.

        The library's connection pool retries silently until its timeout and then reports only
        that it got no connection; one direct attempt says why (refused, timed out, wrong
        password, no such database) within :attr:`connect_timeout` seconds.  Other stores: nothing.
        """
        if self.opslag != "postgres":
            return
        import psycopg

        p = self.postgres
        try:
            verbinding = psycopg.connect(
                dbname=p.get("POSTGRES_DBNAME", ""),
                host=p.get("POSTGRES_HOST", ""),
                port=p.get("POSTGRES_PORT", "5432"),
                user=p.get("POSTGRES_USER", ""),
                password=p.get("POSTGRES_PASSWORD", ""),
                connect_timeout=self.connect_timeout,
            )
        except psycopg.Error as fout:
            zin = opslagfout(self, fout, bij_openen=True)
            raise (zin or ConfiguratieError(self.beschrijving())) from None
        verbinding.close()

    def maak_plaats(self) -> None:
        """Create the folder of the SQLite file (for the commands that create stores)."""
        if self.opslag == "sqlite":
            try:
                self.sqlite_pad.parent.mkdir(parents=True, exist_ok=True)
            except OSError as fout:
                msg = (
                    f"de map {self.sqlite_pad.parent} kan niet worden gemaakt "
                    f"({fout.strerror or fout}); kies een ander pad met --db of SPOORWIJZER_DB"
                )
                raise ConfiguratieError(msg) from None

    @property
    def connect_timeout(self) -> int:
        """Seconds to wait for a PostgreSQL connection."""
        return int(self.postgres.get("POSTGRES_CONNECT_TIMEOUT", STANDAARD_CONNECT_TIMEOUT))

    @property
    def ondersteunt_projecties(self) -> bool:
        """Whether this store can feed live projections (PostgreSQL's LISTEN/NOTIFY).

        SQLite has no subscriptions and memory lives in one process: there the signals across
        dossiers are computed on demand from the read model.
        """
        return self.opslag == "postgres"

    def beschrijving(self) -> str:
        """Where the dossiers are, for people."""
        if self.opslag == "sqlite":
            return f"SQLite-bestand {self.sqlite_pad}"
        if self.opslag == "geheugen":
            return "geheugen (verdwijnt na afloop)"
        host = self.postgres.get("POSTGRES_HOST", "?")
        poort = self.postgres.get("POSTGRES_PORT", "5432")
        return f"PostgreSQL {host}:{poort}/{self.postgres.get('POSTGRES_DBNAME', '?')}"


def _postgres_uit_omgeving(omgeving: Mapping[str, str]) -> dict[str, str]:
    sleutels = (
        "POSTGRES_DBNAME",
        "POSTGRES_HOST",
        "POSTGRES_PORT",
        "POSTGRES_USER",
        "POSTGRES_PASSWORD",
        "POSTGRES_SCHEMA",
    )
    waarden = {k: omgeving[k] for k in sleutels if omgeving.get(k)}
    url = omgeving.get("SPOORWIJZER_DATABASE_URL")
    if url:
        delen = urlparse(url)
        if delen.scheme not in ("postgresql", "postgres"):
            msg = f"SPOORWIJZER_DATABASE_URL moet met postgresql:// beginnen, niet {delen.scheme!r}"
            raise ConfiguratieError(msg)
        if delen.hostname:
            waarden["POSTGRES_HOST"] = delen.hostname
        if delen.port:
            waarden["POSTGRES_PORT"] = str(delen.port)
        if delen.username:
            waarden["POSTGRES_USER"] = unquote(delen.username)
        if delen.password:
            waarden["POSTGRES_PASSWORD"] = unquote(delen.password)
        if delen.path.strip("/"):
            waarden["POSTGRES_DBNAME"] = delen.path.strip("/")
        if wachten := parse_qs(delen.query).get("connect_timeout"):
            waarden["POSTGRES_CONNECT_TIMEOUT"] = wachten[-1]
    ontbreekt = [
        k for k in ("POSTGRES_DBNAME", "POSTGRES_HOST", "POSTGRES_USER") if k not in waarden
    ]
    if ontbreekt:
        msg = (
            "voor SPOORWIJZER_OPSLAG=postgres ontbreekt "
            + ", ".join(ontbreekt)
            + " (zet SPOORWIJZER_DATABASE_URL=postgresql://user:wachtwoord@host:poort/db)"
        )
        raise ConfiguratieError(msg)
    # The library refuses to connect without a password, even with trust authentication.
    waarden.setdefault("POSTGRES_PASSWORD", "spoorwijzer")
    seconden = (
        waarden.get("POSTGRES_CONNECT_TIMEOUT")
        or omgeving.get("POSTGRES_CONNECT_TIMEOUT", "").strip()
        or str(STANDAARD_CONNECT_TIMEOUT)
    )
    if not seconden.isdigit() or int(seconden) < 1:
        msg = (
            f"connect_timeout {seconden!r} is geen geheel aantal seconden van 1 of meer "
            "(in SPOORWIJZER_DATABASE_URL ?connect_timeout=N of POSTGRES_CONNECT_TIMEOUT)"
        )
        raise ConfiguratieError(msg)
    waarden["POSTGRES_CONNECT_TIMEOUT"] = str(int(seconden))
    return waarden


def zonder_wachtwoord(tekst: str, *wachtwoorden: str) -> str:
    """``tekst`` with every password (and the password part of any URL in it) replaced."""
    import re

    tekst = re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", tekst)
    tekst = re.sub(r"(?i)(password\s*=\s*)\S+", r"\1***", tekst)
    for wachtwoord in wachtwoorden:
        if wachtwoord:
            tekst = tekst.replace(wachtwoord, "***")
    return tekst


def opslagfout(
    instellingen: Instellingen, fout: BaseException, *, bij_openen: bool = False
) -> ConfiguratieError | None:
    """One Dutch sentence for what a database driver raised, or None if it is no store error.

    Covers SQLite files that are no database, are damaged, locked or not readable or writable,
    and PostgreSQL servers that do not answer, refuse the user or lack the database.  The
    message names the store and what to do; it never contains the password.  ``bij_openen``:
    while the store is opened, where an ``OSError`` (a file, a setting) is the store's too.
    """
    if isinstance(fout, ConfiguratieError):
        return fout
    if not (_is_opslagfout(fout) or (bij_openen and isinstance(fout, OSError))):
        return None
    wachtwoord = instellingen.postgres.get("POSTGRES_PASSWORD", "")
    oorzaak = " ".join(str(fout).split()) or type(fout).__name__
    laag = oorzaak.lower()
    waar = instellingen.beschrijving()
    if instellingen.opslag == "sqlite":
        pad = instellingen.sqlite_pad
        if "not a database" in laag or "malformed" in laag or "corrupt" in laag:
            tekst = (
                f"{pad} is geen Spoorwijzer-opslag (geen SQLite-database of beschadigd); kies "
                "het goede bestand met --db of SPOORWIJZER_DB, of maak een nieuwe opslag op een "
                "ander pad met `spoorwijzer db init`"
            )
        elif "readonly" in laag or "permission" in laag or "unable to open" in laag:
            tekst = (
                f"{pad} kan niet worden geopend of beschreven ({oorzaak}); geef deze gebruiker "
                f"lees- en schrijfrechten op het bestand en op de map {pad.parent}"
            )
        elif "locked" in laag or "busy" in laag:
            tekst = f"{pad} is bezet door een ander proces ({oorzaak}); probeer het zo opnieuw"
        else:
            tekst = f"{waar} kan niet worden gebruikt ({oorzaak}); controleer het bestand"
    elif instellingen.opslag == "postgres":
        gebruiker = instellingen.postgres.get("POSTGRES_USER", "?")
        database = instellingen.postgres.get("POSTGRES_DBNAME", "?")
        sqlstate = getattr(fout, "sqlstate", None) or getattr(
            getattr(fout, "__cause__", None), "sqlstate", None
        )
        geweigerd = ("authentication", "password", "pg_hba", "role ")
        if sqlstate in ("28P01", "28000") or any(w in laag for w in geweigerd):
            tekst = (
                f"{waar} weigert gebruiker {gebruiker!r} (wachtwoord of toegangsregel klopt "
                "niet); controleer gebruiker en wachtwoord in SPOORWIJZER_DATABASE_URL"
            )
        elif sqlstate == "3D000" or ("database" in laag and "does not exist" in laag):
            tekst = (
                f"database {database!r} bestaat niet op {waar}; maak haar aan (createdb "
                f"{database}) of noem een bestaande in SPOORWIJZER_DATABASE_URL"
            )
        elif sqlstate == "42501" or "permission denied" in laag:
            tekst = (
                f"gebruiker {gebruiker!r} mag dit niet in {waar} ({oorzaak}); geef de "
                "gebruiker rechten op het schema, of laat `spoorwijzer db init` de tabellen maken"
            )
        elif "timeout" in laag or "refused" in laag or "connect" in laag or "resolve" in laag:
            tekst = (
                f"{waar} is niet bereikbaar (binnen {instellingen.connect_timeout} s); controleer "
                "host en netwerkpoort in SPOORWIJZER_DATABASE_URL en of de server draait (hoe "
                "lang er wordt gewacht, zet u met ?connect_timeout=N in de URL of "
                "POSTGRES_CONNECT_TIMEOUT)"
            )
        else:
            tekst = f"{waar} geeft een fout ({oorzaak}); controleer SPOORWIJZER_DATABASE_URL"
    else:
        tekst = f"{waar} geeft een fout ({oorzaak})"
    return ConfiguratieError(zonder_wachtwoord(tekst, wachtwoord))


def _is_opslagfout(fout: BaseException) -> bool:
    """Whether ``fout`` comes from the store (a driver, the library's persistence, the disk)."""
    import sys

    soorten: list[type[BaseException]] = []
    for module, naam in (
        ("sqlite3", "Error"),
        ("psycopg", "Error"),
        ("eventsourcing.persistence", "PersistenceError"),
    ):
        geladen = sys.modules.get(module)
        if geladen is not None:
            soorten.append(getattr(geladen, naam))
    return isinstance(fout, tuple(soorten))


__all__ = [
    "MAAK_OPSLAG",
    "STANDAARD_CONNECT_TIMEOUT",
    "STANDAARD_DB",
    "ConfiguratieError",
    "GeenOpslagError",
    "Instellingen",
    "opslagfout",
    "zonder_wachtwoord",
]
