"""Fixtures for the API tests: an in-memory store, a token file in tmp_path, a client."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# starlette 1.10 deprecates its TestClient on httpx 0.28 (it wants httpx2); the pinned httpx
# works, so the deprecation is silenced here rather than failing under filterwarnings=error.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient as TestClient

from adapters.api.app import maak_app
from adapters.api.tokens import ROLLEN, Toegangsconfig, token_hash
from adapters.opslag.dossierbestand import Dossierbestand
from tests.conftest import systeem_op

EIGEN = "Hoveniersbedrijf De Linde"
ANDER = "Bouwbedrijf Van Dam"
DOEL = "re-integratiebegeleiding"
WERKNEMER = "W-001"
"""The werknemer of every test dossier; the werknemer tokens are bound to them."""
VOORBEELDEN = Path(__file__).parents[1] / "data" / "voorbeelden"


def token(rol: str, werkgever: str = EIGEN) -> str:
    """The clear-text test token of a role at an employer (the file holds only its hash)."""
    return f"geheim-{rol}-{'eigen' if werkgever == EIGEN else 'ander'}"


ALLES = "geheim-auditor-alles"


def schrijf_config(map_: Path) -> Path:
    """A token file: every role at EIGEN, every role at ANDER, and an auditor for all."""
    regels = []
    for werkgever in (EIGEN, ANDER):
        for rol in ROLLEN:
            regels.append(
                "[[token]]\n"
                f'sha256 = "{token_hash(token(rol, werkgever))}"\n'
                f'gebruiker = "{rol}@{werkgever}"\n'
                f'rol = "{rol}"\n'
                f'werkgevers = ["{werkgever}"]\n'
                + (f'werknemer = "{WERKNEMER}"\n' if rol == "werknemer" else "")
            )
    regels.append(
        f'[[token]]\nsha256 = "{token_hash(ALLES)}"\ngebruiker = "audit"\n'
        'rol = "auditor"\nwerkgevers = ["*"]\n'
    )
    pad = map_ / "tokens.toml"
    pad.write_text("\n".join(regels), encoding="utf-8")
    return pad


def kop(
    rol: str = "werkgever", werkgever: str = EIGEN, *, doel: str | None = DOEL
) -> dict[str, str]:
    """Request headers for a role (with a purpose unless ``doel`` is None)."""
    koppen = {"Authorization": f"Bearer {token(rol, werkgever)}"}
    if doel is not None:
        koppen["X-Doel"] = doel
    return koppen


def ziekmelding_json(werkgever: str = EIGEN, **extra: Any) -> dict[str, Any]:
    """The opening fact in exchange form."""
    return {
        "type": "ZiekmeldingOntvangen",
        "datum": "2025-01-06",
        "eerste_ziektedag": "2025-01-06",
        "werknemer": WERKNEMER,
        "werkgever": werkgever,
        **extra,
    }


@pytest.fixture
def config_pad(tmp_path: Path) -> Path:
    """The token file."""
    return schrijf_config(tmp_path)


@pytest.fixture
def client(dossiers: Dossierbestand, config_pad: Path) -> TestClient:
    """A client that reports server errors as 500 answers instead of raising them."""
    app = maak_app(systeem_op(dossiers).dienst, Toegangsconfig.lees(config_pad))
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def open_dossier(client: TestClient) -> Callable[..., str]:
    """Open a dossier through the API as the werkgever; return its id."""

    def maak(werkgever: str = EIGEN, **extra: Any) -> str:
        antwoord = client.post(
            "/dossiers",
            json=ziekmelding_json(werkgever, **extra),
            headers=kop("werkgever", werkgever),
        )
        assert antwoord.status_code == 201, antwoord.text
        return str(antwoord.json()["dossier_id"])

    return maak
