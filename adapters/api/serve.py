"""Run the API with uvicorn: the store from the environment, the tokens from a TOML file."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from adapters.api.app import maak_app
from adapters.api.toegang import Toegangsconfig
from adapters.opslag import Instellingen, open_dossiers


def serve(
    host: str = "127.0.0.1",
    poort: int = 8000,
    config_pad: Path | str = Path("var") / "tokens.toml",
    instellingen: Instellingen | None = None,
) -> None:
    """Serve the API on ``host:poort`` until interrupted (docs at ``/docs``, ``/openapi.json``).

    The store comes from ``instellingen`` (default: the environment, as the CLI reads it);
    the accepted tokens from the TOML file at ``config_pad`` (see :mod:`adapters.api.toegang`).
    Raises :class:`adapters.api.toegang.ToegangsconfigError` or
    :class:`adapters.opslag.ConfiguratieError` before listening when either is wrong.
    """
    toegang = Toegangsconfig.lees(Path(config_pad))
    dossiers = open_dossiers(instellingen)
    app = maak_app(dossiers, toegang)
    uvicorn.run(app, host=host, port=poort, log_level="info")


__all__ = ["serve"]
