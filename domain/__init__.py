"""Spoorwijzer domain: the verzuimdossier, its facts and the Poortwachter deadlines.

Nothing here reads the clock, the environment or a database: dates come in as
arguments, recording times from an injected ``Klok``, storage from the
eventsourcing configuration chosen by ``adapters``.
"""
