"""Spoorwijzer simulation: cohorts of sickness cases replayed through the real domain.

Dekt: a SimPy model in which every party (werknemer, werkgever/casemanager, bedrijfsarts,
arbeidsdeskundige, re-integratiebureau, UWV, inlenende werkgever) is an actor with capacity and
response times, driving ``domain.verzuimdossier`` and judging each case with
``domain.termijnen``: there is no second copy of the rules.

Scenario: a TOML file (``simulation/scenarios``) with cohort, sickness-duration model, party
capacities and delays, and policy levers; replications with seeded numpy streams give each KPI
a mean and a 95% confidence interval.

Layering: ``simulation`` is the outermost layer (simulation -> adapters -> domain); it reads
no clock and no global randomness (ruff bans both).
"""
