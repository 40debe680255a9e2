"""The Dutch step library, grouped by domain concept (``docs/stappen.md`` lists every phrase)."""
