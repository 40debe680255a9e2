"""The HTTP API (FastAPI): an entry point of the application layer.

:func:`adapters.api.app.maak_app` builds it over a system from :func:`adapters.bootstrap.bootstrap`
and a token file (:mod:`adapters.api.tokens`); :func:`adapters.api.serve.serve` runs it.
"""
