"""Documents for people: the dossier report and the shared HTML layout."""
