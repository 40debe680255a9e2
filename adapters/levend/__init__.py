"""Living documentation for the Dutch Gherkin specifications in ``features/``.

Four generators, run as ``python -m adapters.levend <command>``:

* ``stappen``: the catalogue of step phrases in ``tests/bdd/stappen`` (``docs/stappen.md``),
  read from the source with :mod:`ast`, so nothing is imported;
* ``rapport``: a static HTML report that joins the feature files (what exists) with
  pytest-bdd's cucumber JSON (what ran), so a scenario missing from the JSON is reported
  instead of silently left out;
* ``herleiding``: the traceability map legal source -> ``Regel`` -> scenario -> event type
  (``docs/traceability.md``);
* ``uitwisselformaat``: the field reference per type in ``docs/uitwisselformaat.md``, from the
  event classes (:mod:`adapters.levend.formaat`).

This is development tooling: it needs ``gherkin-official`` and ``parse``, which come with
pytest-bdd (the ``dev`` extra), and is not part of the installed application, except
:mod:`adapters.levend.formaat`, which needs only the domain: ``spoorwijzer types`` describes the
types with it, so the command and the document say the same.
"""

from __future__ import annotations
