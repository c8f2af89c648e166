"""Several hosts in one address: the standby takes over without reconfiguring workstations."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from delegate_app.config import resolve_database_url
from delegate_app.db.engine import make_engine
from delegate_app.services.database import Database
from tests.conftest import free_port
from tests.postgres import PostgresServer

FAILOVER = ("postgresql://sara@db1.office.example:5432,db2.office.example:5433/protocol"
            "?target_session_attrs=read-write")


def test_an_address_with_two_hosts_reaches_the_driver_whole() -> None:
    url = resolve_database_url(FAILOVER)
    engine = make_engine(url)
    try:
        _, params = engine.dialect.create_connect_args(make_url(url))
    finally:
        engine.dispose()
    assert params["host"] == "db1.office.example,db2.office.example"
    assert params["port"] == "5432,5433"
    assert params["target_session_attrs"] == "read-write"
    assert params["dbname"] == "protocol" and params["user"] == "sara"
    described = Database(FAILOVER).description
    assert "db1.office.example" in described and "db2.office.example" in described


@pytest.mark.parametrize("address", [
    "postgresql://sara@db1:5432,db2/protocol",
    "postgresql://sara:s%40cret@[::1]:5432,db2:5433/protocol?sslmode=require",
])
def test_other_multi_host_forms_are_accepted(address: str) -> None:
    url = make_url(resolve_database_url(address))
    assert url.database == "protocol" and url.username == "sara"
    assert len(url.query["host"]) == 2


def test_the_first_host_down_the_second_answers(postgres_server: PostgresServer,
                                               pg_url: str) -> None:
    dead = free_port()
    name = pg_url.rsplit("/", 1)[1]
    address = (f"postgresql://postgres@127.0.0.1:{dead},127.0.0.1:{postgres_server.port}/"
               f"{name}?target_session_attrs=read-write")
    with Database(address) as db:
        assert db.signed_in.name == "postgres"
