"""``/signalen``: obligations overdue or due soon, across the dossiers the token may see."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from adapters.api.afhankelijk import Dienst, Peildatum, Wie
from adapters.api.fouten import gedocumenteerd
from adapters.weergave import signaal_json

router = APIRouter(tags=["signalen"])


@router.get("/signalen", responses=gedocumenteerd(401))
def signalen(
    wie: Wie,
    dienst: Dienst,
    peildatum: Peildatum = None,
    binnen: Annotated[int, Query(ge=0, le=3660)] = 14,
    werkgever: str | None = None,
    regel: str | None = None,
    status: Literal["verlopen", "open"] | None = None,
    pagina: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_pagina: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    """Across the dossiers this token may see: overdue or due within ``binnen`` days.

    Every dossier on the page is recorded in the access log as read.
    """
    gevonden = dienst.signalen(
        wie,
        peildatum=peildatum,
        binnen_dagen=binnen,
        werkgever=werkgever,
        regel=regel,
        status=status,
        begin=(pagina - 1) * per_pagina,
        aantal=per_pagina,
    )
    return {
        "peildatum": gevonden.peildatum.isoformat(),
        "binnen": binnen,
        "totaal": gevonden.totaal,
        "pagina": pagina,
        "per_pagina": per_pagina,
        "signalen": [signaal_json(s) for s in gevonden.signalen],
    }


__all__ = ["router"]
