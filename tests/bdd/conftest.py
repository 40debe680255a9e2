"""The step library for every feature (``features/``), and the scenario's world."""

from __future__ import annotations

import pytest

from tests.bdd.stappen.aanvullend_a import *  # noqa: F403
from tests.bdd.stappen.aanvullend_b import *  # noqa: F403
from tests.bdd.stappen.audit import *  # noqa: F403
from tests.bdd.stappen.bevoegdheid import *  # noqa: F403
from tests.bdd.stappen.dossier import *  # noqa: F403
from tests.bdd.stappen.geschiedenis import *  # noqa: F403
from tests.bdd.stappen.kalender import *  # noqa: F403
from tests.bdd.stappen.medisch import *  # noqa: F403
from tests.bdd.stappen.simulatie import *  # noqa: F403
from tests.bdd.stappen.stand import *  # noqa: F403
from tests.bdd.stappen.termijnen import *  # noqa: F403
from tests.bdd.stappen.toets import *  # noqa: F403
from tests.bdd.stappen.weigering import *  # noqa: F403
from tests.bdd.wereld import Wereld


@pytest.fixture
def wereld() -> Wereld:
    """A fresh world per scenario."""
    return Wereld()
