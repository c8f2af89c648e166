"""Alembic environment: runs on the connection the app hands over, or on --db for developers."""

from __future__ import annotations

from alembic import context

from delegate_app.config import resolve_database_url
from delegate_app.db.engine import make_engine
from delegate_app.db.models import Base

config = context.config


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by rebuilding them
        compare_type=True,
        transaction_per_migration=False,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        # The app owns the transaction: the whole upgrade commits or rolls back as one.
        _configure(connection)
        context.run_migrations()
        return
    # `alembic revision --autogenerate` from a developer's shell.
    engine = make_engine(
        resolve_database_url(config.get_main_option("sqlalchemy.url")), foreign_keys=False
    )
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("delegate_app migrations run online only.")
run_migrations_online()
