"""Run the API with uvicorn over a system from :func:`adapters.bootstrap.bootstrap`."""

from __future__ import annotations

import uvicorn

from adapters.api.app import maak_app
from adapters.api.tokens import Toegangsconfig
from adapters.bootstrap import Systeem


def serve(
    systeem: Systeem, toegang: Toegangsconfig, *, host: str = "127.0.0.1", poort: int = 8000
) -> None:
    """Serve the API on ``host:poort`` until interrupted (docs at ``/docs``, ``/openapi.json``).

    The system decides where ``/signalen`` comes from (on PostgreSQL the live projection it
    runs or reads, see :func:`adapters.bootstrap.bootstrap`); the caller closes it.
    """
    uvicorn.run(maak_app(systeem.dienst, toegang), host=host, port=poort, log_level="info")


__all__ = ["serve"]
