"""Persistence: SQLAlchemy models, the engine with its SQLite pragmas, locks and migrations."""
