"""The exchange format: JSON Lines in and out, and signed export bundles."""
