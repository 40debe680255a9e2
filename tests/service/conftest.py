"""Real ``spoorwijzer serve`` processes on a fresh PostgreSQL schema, for the service tests.

The tests in this package talk HTTP to the service as it runs in production: a separate
process started from the installed ``spoorwijzer`` script, on a schema created once by
``spoorwijzer db init`` and served with ``CREATE_TABLE=n``.  The helpers here start such a
process (with extra environment variables if a test needs them), wait until it answers
``/openapi.json``, and stop it gracefully (SIGTERM) or kill it hard (SIGKILL).  The fixture
:func:`diensten` stops whatever is still running when the test ends, pass or fail.

A later test can reuse them to crash a service and start a new one on the same schema
(``diensten.start()`` again), e.g. to check that a projection resumes where it stopped.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest
from psycopg import sql

from adapters.api.tokens import token_hash
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.overzicht import TABEL

TOKEN = "geheim-dienst-casemanager"
"""A casemanager for every employer: may open, import and record ``ContactGehad``."""

DOEL = "servicetest"
KOPPEN = {"Authorization": f"Bearer {TOKEN}", "X-Doel": DOEL}
TOKEN_BEHEERDER = "geheim-dienst-beheerder"
"""The beheerder for every employer: imports whole files with the facts of every party."""
ALS_BEHEERDER = {"Authorization": f"Bearer {TOKEN_BEHEERDER}"}
EVENTS_TABEL = f"{Dossierbestand.name.lower()}_events"
OVERZICHT_TABEL = TABEL

START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0

# Variables of the parent (e.g. a developer's shell) that must not leak into a service.
_EIGEN_SLEUTELS = ("SPOORWIJZER_", "POSTGRES_", "CREATE_TABLE", "PERSISTENCE_MODULE")


def spoorwijzer_script() -> Path:
    """The installed ``spoorwijzer`` script next to the running interpreter (the venv's)."""
    pad = Path(sys.executable).with_name("spoorwijzer")
    if not pad.exists():
        pytest.fail(f"{pad} bestaat niet: installeer het project (make) in deze venv")
    return pad


def vrije_poort() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def schone_omgeving(extra: Mapping[str, str]) -> dict[str, str]:
    """The parent's environment without store settings, plus ``extra``."""
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith(_EIGEN_SLEUTELS)}
    omgeving["PYTHONUNBUFFERED"] = "1"
    omgeving.update(extra)
    return omgeving


def schrijf_tokens(map_: Path) -> Path:
    """A token file with :data:`TOKEN` and :data:`TOKEN_BEHEERDER` (only their SHA-256)."""
    pad = map_ / "tokens.toml"
    pad.write_text(
        f'[[token]]\nsha256 = "{token_hash(TOKEN)}"\ngebruiker = "servicetest"\n'
        'rol = "casemanager"\nwerkgevers = ["*"]\n\n'
        f'[[token]]\nsha256 = "{token_hash(TOKEN_BEHEERDER)}"\ngebruiker = "servicebeheer"\n'
        'rol = "beheerder"\nwerkgevers = ["*"]\n',
        encoding="utf-8",
    )
    return pad


@dataclass
class Dienst:
    """One running ``spoorwijzer serve`` process."""

    proces: subprocess.Popen[bytes]
    poort: int
    log: Path
    naam: str

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:41234``."""
        return f"http://127.0.0.1:{self.poort}"

    @property
    def pid(self) -> int:
        """The process id."""
        return self.proces.pid

    def leeft(self) -> bool:
        """Whether the process is still running."""
        return self.proces.poll() is None

    def logstaart(self, regels: int = 40) -> str:
        """The last lines of the service's output, for assertion messages."""
        try:
            tekst = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(geen log)"
        return "\n".join(tekst.splitlines()[-regels:])

    def client(self, timeout: float = 60.0) -> httpx.Client:
        """An HTTP client for this service with the test token and purpose (use with ``with``).

        Reuse one client for many requests: each new client builds an SSL context, which
        costs about 0.2 s of CPU on a busy 2-core machine, even for plain HTTP.
        """
        return httpx.Client(base_url=self.url, headers=KOPPEN, timeout=timeout)

    def wacht_tot_klaar(self, timeout: float = START_TIMEOUT) -> None:
        """Wait until ``/openapi.json`` answers 200; fail with the log if it never does."""
        reden = self.klaar(timeout)
        if reden is not None:
            pytest.fail(reden, pytrace=False)

    def klaar(self, timeout: float = START_TIMEOUT) -> str | None:
        """None once ``/openapi.json`` answers 200; otherwise why not (the process is then gone)."""
        einde = time.monotonic() + timeout
        laatste = "nog geen antwoord"
        with self.client(timeout=2.0) as client:
            while time.monotonic() < einde:
                if not self.leeft():
                    return (
                        f"dienst {self.naam} stopte bij het starten "
                        f"(exit {self.proces.returncode}):\n{self.logstaart()}"
                    )
                try:
                    antwoord = client.get("/openapi.json")
                    if antwoord.status_code == 200:
                        return None
                    laatste = f"status {antwoord.status_code}"
                except httpx.TransportError as fout:
                    laatste = repr(fout)
                time.sleep(0.05)
        self.doden()
        return (
            f"dienst {self.naam} antwoordde niet binnen {timeout:.0f} s op /openapi.json "
            f"({laatste}):\n{self.logstaart()}"
        )

    def doden(self) -> None:
        """SIGKILL: no shutdown, no cleanup, as a crash or an OOM kill."""
        if self.leeft():
            os.kill(self.proces.pid, signal.SIGKILL)
        self.proces.wait(timeout=STOP_TIMEOUT)

    def stoppen(self, timeout: float = STOP_TIMEOUT) -> bool:
        """SIGTERM and wait (uvicorn finishes running requests); SIGKILL after ``timeout``.

        True when the service stopped by itself: uvicorn shuts down and then re-raises the
        signal, so the exit status is -SIGTERM (or 0), not an error.
        """
        if self.leeft():
            self.proces.send_signal(signal.SIGTERM)
            try:
                self.proces.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.doden()
                return False
        return self.proces.returncode in (0, -signal.SIGTERM)


@dataclass
class Diensten:
    """Starts services on one store; remembers them so the fixture can always stop them."""

    omgeving: dict[str, str]
    tokens: Path
    map_: Path
    gestart: list[Dienst] = field(default_factory=list)

    def start(
        self, extra_omgeving: Mapping[str, str] | None = None, *, wacht: bool = True
    ) -> Dienst:
        """Start ``spoorwijzer serve`` on a free port; wait until it answers unless told not.

        ``extra_omgeving`` is added to the store's environment (e.g. ``PGAPPNAME`` to find
        the service's sessions in ``pg_stat_activity``).  A port taken by another process
        between choosing and binding it is retried on a new port.
        """
        omgeving = schone_omgeving({**self.omgeving, **(extra_omgeving or {})})
        for poging in range(1, 4):
            dienst = self._spawn(omgeving)
            if not wacht:
                return dienst
            reden = dienst.klaar()
            if reden is None:
                return dienst
            if poging == 3 or "address already in use" not in reden.lower():
                pytest.fail(reden, pytrace=False)
        raise AssertionError("onbereikbaar")  # pragma: no cover

    def _spawn(self, omgeving: dict[str, str]) -> Dienst:
        poort = vrije_poort()
        naam = f"dienst-{len(self.gestart) + 1}"
        log = self.map_ / f"{naam}.log"
        with log.open("wb") as uit:
            proces = subprocess.Popen(
                [
                    str(spoorwijzer_script()),
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--poort",
                    str(poort),
                    "--tokens",
                    str(self.tokens),
                ],
                env=omgeving,
                stdin=subprocess.DEVNULL,
                stdout=uit,
                stderr=subprocess.STDOUT,
                cwd=self.map_,
            )
        dienst = Dienst(proces, poort, log, naam)
        self.gestart.append(dienst)
        return dienst

    def opruimen(self) -> None:
        """Stop every service still running (gracefully, then hard)."""
        for dienst in self.gestart:
            if dienst.leeft():
                dienst.stoppen(timeout=5.0)


def db_init(omgeving: Mapping[str, str]) -> None:
    """Run ``spoorwijzer db init`` once, as an operator would before starting services."""
    uitvoer = subprocess.run(
        [str(spoorwijzer_script()), "db", "init"],
        env=schone_omgeving(omgeving),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert uitvoer.returncode == 0, f"db init faalde:\n{uitvoer.stdout}\n{uitvoer.stderr}"


@pytest.fixture
def pg_omgeving(postgres_schema: tuple[str, str]) -> dict[str, str]:
    """The service environment for a fresh schema, after ``db init`` (tables exist)."""
    url, schema = postgres_schema
    omgeving = {
        "SPOORWIJZER_OPSLAG": "postgres",
        "SPOORWIJZER_DATABASE_URL": url,
        "POSTGRES_SCHEMA": schema,
    }
    db_init(omgeving)
    return {**omgeving, "CREATE_TABLE": "n"}


@pytest.fixture
def diensten(pg_omgeving: dict[str, str], tmp_path: Path) -> Iterator[Diensten]:
    """A starter of services on the fresh schema; every started service is stopped after."""
    starter = Diensten(pg_omgeving, schrijf_tokens(tmp_path), tmp_path)
    try:
        yield starter
    finally:
        starter.opruimen()


def verbind(omgeving: Mapping[str, str]) -> psycopg.Connection[tuple[object, ...]]:
    """A connection to the service's database with the schema on the search path."""
    verbinding = psycopg.connect(omgeving["SPOORWIJZER_DATABASE_URL"], autocommit=True)
    verbinding.execute(
        sql.SQL("SET search_path TO {}").format(sql.Identifier(omgeving["POSTGRES_SCHEMA"]))
    )
    return verbinding
