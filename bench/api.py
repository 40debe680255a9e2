"""``make bench`` part 3: the HTTP service on PostgreSQL, against the library's raw save rate.

All in one run, on one throwaway PostgreSQL (``scripts/met-postgres.sh`` sets
``SPOORWIJZER_TEST_POSTGRES_URL``; without it this part is skipped with a message):

1. **Raw save rate.** 4 processes each save 1,000 new one-event aggregates with a plain
   ``eventsourcing`` application on the library's own PostgreSQL recorder: one insert
   transaction per save, as one API request makes.
2. **API.** ``spoorwijzer serve`` on the same database (one process with the live projection,
   one without, as a deployment on 2 cores would run), and 4 client processes that each record
   1,000 facts over HTTP on dossiers of their own (no 409s).  A fact through the API does
   everything a real request does: token, validation, every refusal rule, the dossier's replay,
   the hash seal, the read model, the access log.  Target: >= 60 % of the raw rate.
3. **Read latency.** ``GET /dossiers/{id}`` (facts, obligations with explanations, the
   re-integration state) of a 25-fact dossier, one client, p50 and p99.
4. **Projection lag.** From the 201 of a recorded fact to the moment the projection's row
   shows that version (1 ms polling), p50 and p99.  Target: p99 < 100 ms.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from eventsourcing.application import Application
from eventsourcing.domain import Aggregate
from psycopg import sql

from adapters.api.tokens import token_hash

Meting = tuple[str, float, float | None, str]

CLIENTS = 4
PER_CLIENT = 1_000
DOSSIERS_PER_CLIENT = 40
TOKEN = "bench-casemanager"
EIGEN = "Bench B.V."
BEGIN = date(2025, 1, 6)
SPOORWIJZER = str(Path(sys.executable).with_name("spoorwijzer"))


class _Leeg(Aggregate):
    """The smallest aggregate: one creation event per save."""


def _ruw(env: dict[str, str], aantal: int) -> float:
    app: Application[Any] = Application(env)
    begin = time.perf_counter()
    for _ in range(aantal):
        app.save(_Leeg())
    duur = time.perf_counter() - begin
    app.close()
    return duur


def _postgres_env(url: str, schema: str) -> dict[str, str]:
    delen = httpx.URL(url)
    return {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": delen.path.strip("/"),
        "POSTGRES_HOST": delen.host,
        "POSTGRES_PORT": str(delen.port or 5432),
        "POSTGRES_USER": delen.username or "postgres",
        "POSTGRES_PASSWORD": delen.password or "spoorwijzer",
        "POSTGRES_SCHEMA": schema,
    }


def ruwe_opslag(url: str, schema: str) -> float:
    """Saves per second of the library's PostgreSQL recorder with 4 writer processes."""
    env = _postgres_env(url, schema)
    Application(env).close()  # create the table once, before the writers race
    context = multiprocessing.get_context("spawn")
    begin = time.perf_counter()
    with context.Pool(CLIENTS) as pool:
        pool.starmap(_ruw, [({**env, "CREATE_TABLE": "n"}, PER_CLIENT)] * CLIENTS)
    return CLIENTS * PER_CLIENT / (time.perf_counter() - begin)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _service(omgeving: dict[str, str], tokens: Path, projectie: bool) -> Iterator[str]:
    poort = _vrije_poort()
    opdracht = [
        SPOORWIJZER,
        "serve",
        "--poort",
        str(poort),
        "--tokens",
        str(tokens),
        "--projectie" if projectie else "--zonder-projectie",
    ]
    proces = subprocess.Popen(
        opdracht,
        env={**os.environ, **omgeving},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    basis = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{basis}/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proces.poll() is not None or time.monotonic() > einde:
                raise RuntimeError(f"spoorwijzer serve op poort {poort} start niet")
            time.sleep(0.1)
        yield basis
    finally:
        proces.send_signal(signal.SIGINT)
        try:
            proces.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proces.kill()
            proces.wait()


def _koppen() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}", "X-Doel": "bench"}


def _ziekmelding(werknemer: str) -> dict[str, Any]:
    return {
        "type": "ZiekmeldingOntvangen",
        "datum": BEGIN.isoformat(),
        "eerste_ziektedag": BEGIN.isoformat(),
        "werknemer": werknemer,
        "werkgever": EIGEN,
    }


def _contact(nummer: int) -> dict[str, Any]:
    return {
        "type": "ContactGehad",
        "datum": (BEGIN + timedelta(days=1 + nummer % 300)).isoformat(),
        "met": "werknemer",
    }


def _open(client: httpx.Client, werknemer: str) -> str:
    antwoord = client.post("/dossiers", json=_ziekmelding(werknemer), headers=_koppen())
    antwoord.raise_for_status()
    return str(antwoord.json()["dossier_id"])


def _schrijver(basis: str, client_nummer: int, aantal: int) -> float:
    with httpx.Client(base_url=basis, timeout=30) as client:
        ids = [_open(client, f"B-{client_nummer}-{i}") for i in range(DOSSIERS_PER_CLIENT)]
        begin = time.perf_counter()
        for nummer in range(aantal):
            antwoord = client.post(
                f"/dossiers/{ids[nummer % len(ids)]}/feiten",
                json=_contact(nummer),
                headers=_koppen(),
            )
            if antwoord.status_code != 201:
                raise RuntimeError(f"{antwoord.status_code}: {antwoord.text}")
        return time.perf_counter() - begin


def _percentielen(waarden: list[float]) -> tuple[float, float]:
    punten = statistics.quantiles(waarden, n=100, method="inclusive")
    return statistics.median(waarden), punten[98]


def api(url: str) -> list[Meting]:
    """Every measurement of this part, on fresh schemas of the PostgreSQL at ``url``."""
    schemas = [f"bench_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with psycopg.connect(url, autocommit=True) as verbinding:
        for schema in schemas:
            verbinding.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        ruw = ruwe_opslag(url, schemas[0])
        return [
            ("PostgreSQL: ruwe save, 4 processen", ruw, None, "saves/s"),
            *_service_metingen(url, schemas[1], ruw),
        ]
    finally:
        with psycopg.connect(url, autocommit=True) as verbinding:
            for schema in schemas:
                verbinding.execute(
                    sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
                )


def _service_metingen(url: str, schema: str, ruw: float) -> list[Meting]:
    omgeving = {
        "SPOORWIJZER_OPSLAG": "postgres",
        "SPOORWIJZER_DATABASE_URL": url,
        "POSTGRES_SCHEMA": schema,
    }
    subprocess.run(
        [SPOORWIJZER, "db", "init"],
        env={**os.environ, **omgeving},
        check=True,
        capture_output=True,
    )
    omgeving["CREATE_TABLE"] = "n"
    with tempfile.TemporaryDirectory(prefix="spoorwijzer-bench-api-") as map_:
        tokens = Path(map_) / "tokens.toml"
        tokens.write_text(
            f'[[token]]\nsha256 = "{token_hash(TOKEN)}"\ngebruiker = "bench"\n'
            f'rol = "casemanager"\nwerkgevers = ["{EIGEN}"]\n',
            encoding="utf-8",
        )
        with (
            _service(omgeving, tokens, projectie=True) as met_projectie,
            _service(omgeving, tokens, projectie=False) as zonder,
        ):
            basissen = [met_projectie, zonder]
            context = multiprocessing.get_context("spawn")
            begin = time.perf_counter()
            with context.Pool(CLIENTS) as pool:
                pool.starmap(
                    _schrijver,
                    [(basissen[i % 2], i, PER_CLIENT) for i in range(CLIENTS)],
                )
            feiten_per_s = CLIENTS * PER_CLIENT / (time.perf_counter() - begin)
            lezen = _leeslatentie(met_projectie)
            vertraging = _projectievertraging(met_projectie, url, schema)
    p50_lezen, p99_lezen = _percentielen(lezen)
    p50_lag, p99_lag = _percentielen(vertraging)
    return [
        ("API: feiten vastgelegd, 4 clients, 2 serviceprocessen", feiten_per_s, None, "feiten/s"),
        ("API t.o.v. ruwe save (zelfde run)", feiten_per_s / ruw, 0.6, "x"),
        ("API: dossier met verplichtingen lezen, p50", p50_lezen, None, "ms"),
        ("API: dossier met verplichtingen lezen, p99", p99_lezen, None, "ms"),
        ("projectie: opslaan -> zichtbaar signaal, p50", p50_lag, None, "ms"),
        ("projectie: opslaan -> zichtbaar signaal, p99", p99_lag, 100.0, "ms"),
    ]


def _leeslatentie(basis: str, metingen: int = 500) -> list[float]:
    with httpx.Client(base_url=basis, timeout=30) as client:
        dossier_id = _open(client, "B-lezen")
        for nummer in range(24):
            client.post(
                f"/dossiers/{dossier_id}/feiten", json=_contact(nummer), headers=_koppen()
            ).raise_for_status()
        tijden = []
        for _ in range(metingen):
            begin = time.perf_counter()
            antwoord = client.get(
                f"/dossiers/{dossier_id}", params={"peildatum": "2025-09-01"}, headers=_koppen()
            )
            tijden.append((time.perf_counter() - begin) * 1000)
            antwoord.raise_for_status()
        return tijden


def _projectievertraging(basis: str, url: str, schema: str, metingen: int = 300) -> list[float]:
    from adapters.opslag.projectie import NAAM

    vraag = sql.SQL("SELECT versie FROM {}.{} WHERE dossier_id = %s").format(
        sql.Identifier(schema), sql.Identifier(NAAM)
    )
    tijden = []
    with (
        httpx.Client(base_url=basis, timeout=30) as client,
        psycopg.connect(url, autocommit=True) as verbinding,
    ):
        ids = [_open(client, f"B-lag-{i}") for i in range(10)]
        for nummer in range(metingen):
            dossier_id = ids[nummer % len(ids)]
            antwoord = client.post(
                f"/dossiers/{dossier_id}/feiten", json=_contact(nummer), headers=_koppen()
            )
            antwoord.raise_for_status()
            opgeslagen = time.perf_counter()
            versie = int(antwoord.json()["versie"])
            einde = opgeslagen + 10
            while True:
                rij = verbinding.execute(vraag, (uuid.UUID(dossier_id),)).fetchone()
                if rij is not None and rij[0] >= versie:
                    break
                if time.perf_counter() > einde:
                    raise RuntimeError(f"projectie toont versie {versie} niet binnen 10 s")
                time.sleep(0.001)
            tijden.append((time.perf_counter() - opgeslagen) * 1000)
    return tijden


def api_bench() -> list[Meting]:
    """This part, when a PostgreSQL is available (``make bench`` starts one)."""
    url = os.environ.get("SPOORWIJZER_TEST_POSTGRES_URL")
    if not url:
        print(
            "API-bench overgeslagen: SPOORWIJZER_TEST_POSTGRES_URL ontbreekt "
            "(make bench start een tijdelijke PostgreSQL)",
            file=sys.stderr,
        )
        return []
    return api(url)


__all__ = ["api_bench"]
