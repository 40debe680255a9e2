"""Storage: recorders, mapper, read model, medical notes, access log, live projection."""
