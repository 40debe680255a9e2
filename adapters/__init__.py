"""Spoorwijzer adapters: storage, the exchange format, the clock and the command line."""
