"""Shared fixtures: a fixed clock, an in-memory store and a small fact builder."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from psycopg import sql

from adapters.bootstrap import Systeem, bootstrap
from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import Dossierbestand, in_geheugen, open_dossiers
from adapters.opslag.instellingen import Instellingen
from domain.bevoegdheden import Gebruiker
from domain.dienst import Dossierdienst
from domain.invoer import Invoer, valideer
from domain.waarden import Herkomst

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")

HERKOMST = Herkomst(bron="api", geregistreerd_door="test", correlatie_id="test-1")
POSTGRES_URL = "SPOORWIJZER_TEST_POSTGRES_URL"


def postgres_url() -> str:
    """The throwaway PostgreSQL of ``make test``; skip without it, but fail under CI=true."""
    url = os.environ.get(POSTGRES_URL)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(
            f"CI=true but {POSTGRES_URL} is not set: CI must run the PostgreSQL tests "
            "(run them through scripts/met-postgres.sh)",
            pytrace=False,
        )
    pytest.skip(f"{POSTGRES_URL} not set (run through scripts/met-postgres.sh)")


@pytest.fixture
def postgres_schema() -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL schema for one test, dropped afterwards: (url, schema)."""
    url = postgres_url()
    schema = f"test_{uuid4().hex[:16]}"
    with psycopg.connect(url, autocommit=True) as verbinding:
        verbinding.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield url, schema
    finally:
        with psycopg.connect(url, autocommit=True) as verbinding:
            verbinding.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
            )


FEATURES = Path(__file__).parents[1] / "features"
_TAG = re.compile(r"(?<![\w@])@([\w-]+)")


def pytest_configure(config: pytest.Config) -> None:
    """Register every Gherkin tag as a marker, so domain experts can add tags freely."""
    tags = set()
    for bestand in FEATURES.rglob("*.feature"):
        for regel in bestand.read_text(encoding="utf-8").splitlines():
            if regel.strip().startswith("@"):
                tags.update(_TAG.findall(regel))
    for tag in sorted(tags):
        config.addinivalue_line("markers", f"{tag}: Gherkin tag")


@pytest.fixture
def klok() -> VasteKlok:
    """Recording time 2026-01-01 12:00 UTC, one second later at every reading."""
    return VasteKlok(datetime(2026, 1, 1, 12, 0, tzinfo=UTC), stap=timedelta(seconds=1))


@pytest.fixture
def dossiers(klok: VasteKlok) -> Dossierbestand:
    """An empty in-memory store."""
    return in_geheugen(klok)


def systeem_op(dossiers: Dossierbestand, instellingen: Instellingen | None = None) -> Systeem:
    """The composition root over a store a test already holds (memory unless told otherwise)."""
    return bootstrap(instellingen or Instellingen(opslag="geheugen"), dossiers=dossiers)


@pytest.fixture
def dienst(dossiers: Dossierbestand) -> Dossierdienst:
    """The application layer over the test's in-memory store."""
    return systeem_op(dossiers).dienst


DOEL = "re-integratiebegeleiding"


def gebruiker(
    rol: str = "beheerder",
    *,
    werkgevers: tuple[str, ...] = ("*",),
    werknemer: str | None = None,
    ingang: str = "api",
    doel: str | None = DOEL,
    naam: str | None = None,
) -> Gebruiker:
    """A user acting in ``rol`` (every employer unless ``werkgevers`` says otherwise)."""
    return Gebruiker(
        naam=naam or f"test-{rol}",
        rol=rol,  # type: ignore[arg-type]
        ingang=ingang,  # type: ignore[arg-type]
        werkgevers=frozenset(werkgevers),
        werknemer=werknemer,
        doel=doel,
    )


def feit(type_naam: str, datum: str, **velden: Any) -> Invoer:
    """A validated fact.

    Example: ``feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)``.
    """
    return valideer({"type": type_naam, "datum": datum, **velden})


def ziekmelding(eerste_ziektedag: str = "2025-01-06", **velden: Any) -> Invoer:
    """The opening fact of a dossier."""
    return feit(
        "ZiekmeldingOntvangen",
        velden.pop("datum", eerste_ziektedag),
        eerste_ziektedag=eerste_ziektedag,
        werknemer=velden.pop("werknemer", "W-001"),
        werkgever=velden.pop("werkgever", "Hoveniersbedrijf De Linde"),
        **velden,
    )


# -- one store of each kind (the persistence and API suites run on all three) -----------------


@dataclass
class Opslag:
    """An empty store of one kind, and a way to open it again."""

    soort: str
    instellingen: Instellingen
    klok: VasteKlok
    apps: list[Dossierbestand] = field(default_factory=list)

    @property
    def blijvend(self) -> bool:
        """Whether a new application object sees what an earlier one stored."""
        return self.soort != "geheugen"

    def open(self) -> Dossierbestand:
        """A new application object on this store."""
        app = open_dossiers(self.instellingen, self.klok)
        self.apps.append(app)
        return app

    def systeem(self) -> Systeem:
        """The composition root over the first application object."""
        return systeem_op(self.app, self.instellingen)

    @property
    def app(self) -> Dossierbestand:
        """The first application object."""
        return self.apps[0] if self.apps else self.open()

    def opnieuw(self) -> Dossierbestand:
        """A new application object on the same file or database (the same object in memory)."""
        return self.open() if self.blijvend else self.app

    def sluit(self) -> None:
        for app in self.apps:
            app.close()


@pytest.fixture(
    params=[
        pytest.param("geheugen", id="geheugen"),
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def opslag(request: pytest.FixtureRequest, tmp_path: Path, klok: VasteKlok) -> Iterator[Opslag]:
    """An empty store of each kind."""
    soort: str = request.param
    if soort == "postgres":
        url, schema = request.getfixturevalue("postgres_schema")
        instellingen = Instellingen.uit_omgeving(
            {
                "SPOORWIJZER_OPSLAG": "postgres",
                "SPOORWIJZER_DATABASE_URL": url,
                "POSTGRES_SCHEMA": schema,
            }
        )
        assert instellingen.postgres["POSTGRES_SCHEMA"] == schema
    elif soort == "sqlite":
        instellingen = Instellingen(opslag="sqlite", sqlite_pad=tmp_path / "dossiers.db")
    else:
        instellingen = Instellingen(opslag="geheugen")
    winkel = Opslag(soort, instellingen, klok)
    try:
        yield winkel
    finally:
        winkel.sluit()
