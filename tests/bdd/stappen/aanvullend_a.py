"""Further steps (a); grouped here until they grow into a concept module of their own."""

from __future__ import annotations
