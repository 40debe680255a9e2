"""Every feature under ``features/`` becomes tests: a domain expert adds a file, not Python."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios(".")
