"""Where and how dossiers are stored, read from the environment.

``SPOORWIJZER_OPSLAG`` picks the store:

* ``sqlite`` (default): an SQLite file at ``SPOORWIJZER_DB`` (default ``var/spoorwijzer.db``);
* ``geheugen``: in memory, for tests and the simulation;
* ``postgres``: PostgreSQL from ``SPOORWIJZER_DATABASE_URL``
  (``postgresql://user:password@host:port/dbname``) or the eventsourcing
  ``POSTGRES_*`` variables.

Every store keeps the same events through the same mapper and the same read
model for ``signalen``; only the recorder differs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlparse

Opslagsoort = Literal["sqlite", "geheugen", "postgres"]
STANDAARD_DB = Path("var") / "spoorwijzer.db"
MAPPER = "adapters.opslag.mapper:DossierMapper"


class ConfiguratieError(ValueError):
    """The storage configuration is incomplete or wrong; the message names the variable."""


@dataclass(frozen=True)
class Instellingen:
    """Where and how dossiers are stored."""

    opslag: Opslagsoort = "sqlite"
    sqlite_pad: Path = STANDAARD_DB
    postgres: Mapping[str, str] = field(default_factory=dict)
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
            self.sqlite_pad.parent.mkdir(parents=True, exist_ok=True)
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
    return waarden
