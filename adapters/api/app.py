"""The HTTP API of Spoorwijzer (FastAPI): the same use cases as the CLI, per token.

Every answer is JSON (an export is JSON Lines); errors have one shape (see
:mod:`adapters.api.fouten`).  The routes live in one router per resource
(:mod:`adapters.api.dossiers`, :mod:`adapters.api.signalen`); the application layer and the
request's user come in as dependencies (:mod:`adapters.api.afhankelijk`).  Every read of a
dossier is written to the access log (NEN 7513) by the application layer, with ``bron="api"``,
the token's user and role and the purpose from the ``X-Doel`` header, which reads require.
"""

from __future__ import annotations

from fastapi import FastAPI

from adapters.api import dossiers, signalen
from adapters.api.fouten import meld_fouten_aan
from adapters.api.schema import met_feitschemas
from adapters.api.tokens import Toegangsconfig
from domain.dienst import Dossierdienst


def maak_app(dienst: Dossierdienst, toegang: Toegangsconfig) -> FastAPI:
    """The API over the application layer ``dienst``, accepting the tokens of ``toegang``."""
    app = FastAPI(
        title="Spoorwijzer",
        version="0.1.0",
        description=(
            "Verzuimdossiers onder de Wet verbetering poortwachter: feiten vastleggen, "
            "termijnen met uitleg, geschiedenis, poortwachtertoets en signalen."
        ),
    )
    app.openapi = met_feitschemas(app)  # type: ignore[method-assign]
    app.state.dienst = dienst
    app.state.toegang = toegang
    meld_fouten_aan(app)
    app.include_router(dossiers.router)
    app.include_router(signalen.router)
    return app


__all__ = ["maak_app"]
