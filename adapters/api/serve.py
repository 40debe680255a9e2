"""Run the API with uvicorn: the store from the environment, the tokens from a TOML file."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import uvicorn

from adapters.api.app import maak_app
from adapters.api.toegang import Toegangsconfig
from adapters.opslag.dossierbestand import open_dossiers
from adapters.opslag.instellingen import Instellingen


def serve(
    host: str = "127.0.0.1",
    poort: int = 8000,
    config_pad: Path | str = Path("var") / "tokens.toml",
    instellingen: Instellingen | None = None,
    *,
    projectie: bool = True,
) -> None:
    """Serve the API on ``host:poort`` until interrupted (docs at ``/docs``, ``/openapi.json``).

    The store comes from ``instellingen`` (default: the environment, as the CLI reads it);
    the accepted tokens from the TOML file at ``config_pad`` (see :mod:`adapters.api.toegang`).
    On PostgreSQL ``/signalen`` reads the live projection (:mod:`adapters.opslag.projectie`),
    which this process keeps current unless ``projectie`` is False (then a ``projecties draai``
    worker must); elsewhere it is computed on demand from the read model.
    Raises :class:`adapters.api.toegang.ToegangsconfigError` or
    :class:`adapters.opslag.ConfiguratieError` before listening when either is wrong.
    """
    toegang = Toegangsconfig.lees(Path(config_pad))
    instellingen = instellingen or Instellingen.uit_omgeving()
    dossiers = open_dossiers(instellingen)
    with contextlib.ExitStack() as stapel:
        stapel.callback(dossiers.close)
        signalen = None
        if instellingen.opslag == "postgres":
            from adapters.opslag.projectie import Signalenrunner, open_view

            if projectie:
                runner = stapel.enter_context(Signalenrunner(instellingen))
                # Printed: uvicorn has not configured logging yet; operators read this line.
                print(
                    f"signalen-projectie: hervat na notificatie {runner.hervat_na}, "
                    f"{runner.ingehaald} gebeurtenissen ingehaald; volgt nu de opslag",
                    file=sys.stderr,
                    flush=True,
                )
                view = runner.view
            else:
                view = open_view(instellingen)
                stapel.callback(view.datastore.close)
            signalen = view.signalen
        app = maak_app(dossiers, toegang, signalenbron=signalen)
        uvicorn.run(app, host=host, port=poort, log_level="info")


__all__ = ["serve"]
