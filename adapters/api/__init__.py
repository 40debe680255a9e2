"""The HTTP API (FastAPI): ``maak_app`` builds it over a dossier store and a token file."""

from adapters.api.app import maak_app
from adapters.api.toegang import Toegangsconfig

__all__ = ["Toegangsconfig", "maak_app"]
