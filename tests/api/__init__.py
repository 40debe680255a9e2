"""API tests: FastAPI TestClient against an in-memory store."""
