"""The step library for every feature (``features/``), and the scenario's world."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

# The step modules are not test modules: without this pytest leaves their asserts alone, and a
# failing step says only "AssertionError".  Rewritten, it names the values (the spec report
# shows them as "verwacht" and "gekregen", adapters/levend/rapport.py).
pytest.register_assert_rewrite("tests.bdd.stappen")

from adapters.levend.stappen import Stapdefinitie, bedoelde_u, lees_stappen  # noqa: E402
from tests.bdd.stappen.aanvullend_a import *  # noqa: E402, F403
from tests.bdd.stappen.aanvullend_b import *  # noqa: E402, F403
from tests.bdd.stappen.audit import *  # noqa: E402, F403
from tests.bdd.stappen.bevoegdheid import *  # noqa: E402, F403
from tests.bdd.stappen.dossier import *  # noqa: E402, F403
from tests.bdd.stappen.geschiedenis import *  # noqa: E402, F403
from tests.bdd.stappen.kalender import *  # noqa: E402, F403
from tests.bdd.stappen.medisch import *  # noqa: E402, F403
from tests.bdd.stappen.simulatie import *  # noqa: E402, F403
from tests.bdd.stappen.stand import *  # noqa: E402, F403
from tests.bdd.stappen.termijnen import *  # noqa: E402, F403
from tests.bdd.stappen.toets import *  # noqa: E402, F403
from tests.bdd.stappen.weigering import *  # noqa: E402, F403
from tests.bdd.wereld import Wereld  # noqa: E402


@pytest.fixture
def wereld() -> Wereld:
    """A fresh world per scenario."""
    return Wereld()


@functools.cache
def _stapdefinities() -> tuple[Stapdefinitie, ...]:
    """Every step pattern of tests/bdd/stappen, read from the source (as docs/stappen.md is)."""
    return tuple(d for m in lees_stappen(Path(__file__).parent / "stappen") for d in m.stappen)


def pytest_bdd_step_func_lookup_error(step: Any, exception: Exception, **_: Any) -> None:
    """A step without a definition: add ``bedoelde u: <closest known step>?`` to the error."""
    hint = bedoelde_u(step.name, _stapdefinities())
    if hint is not None and exception.args:
        exception.args = (f"{exception.args[0]} {hint}", *exception.args[1:])
