"""An office database per test, cloned from one set up once (schema, sample plan, roles)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from delegate_app.domain.office import Role
from delegate_app.services import sample
from delegate_app.services.database import Database
from delegate_app.services.office import officers
from tests.conftest import SAMPLE_TODAY
from tests.postgres import PostgresServer

TEMPLATE = "office_template"
HEAD = "head.of.protocol"
_numbers = itertools.count(1)


@dataclass
class Office:
    """A shared office on the test server; ``url`` is IT's (the superuser's) address."""

    server: PostgresServer
    name: str
    url: str

    def add(self, first_name: str, role: Role) -> tuple[str, str]:
        """A new officer (login roles belong to the whole server, so each name is new);
        returns their sign-in name and their address (the test server trusts 127.0.0.1)."""
        login = f"{first_name}.{next(_numbers)}"
        officers.add_officer(self.url, login, role, lambda: "correct horse")
        return login, self.address(login)

    def address(self, login: str) -> str:
        return self.url.replace("postgres@", f"{login}@", 1)

    def sql(self, *commands: str, user: str = "postgres") -> str:
        return self.server.psql(self.name, *commands, user=user)


@pytest.fixture(scope="session")
def office_template(postgres_server: PostgresServer) -> str:
    url = postgres_server.fresh_database(TEMPLATE)
    with Database(url) as db:
        sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)
    officers.init_office(url, HEAD, lambda: "correct horse")
    return TEMPLATE


@pytest.fixture
def office(postgres_server: PostgresServer, office_template: str,
           request: pytest.FixtureRequest) -> Office:
    name = "o_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]
    url = postgres_server.fresh_database(name, template=office_template)
    officers.init_office(url, None, lambda: None)  # a copy does not carry database grants
    return Office(postgres_server, name, url)


@pytest.fixture
def office_url(office: Office) -> str:
    return office.url


@contextmanager
def crash_and_restart(server: PostgresServer) -> Iterator[Callable[[], None]]:
    """Yields ``crash`` (an immediate stop: every connection cut, no goodbye); the server is
    started again on the way out, whatever happened."""
    try:
        yield lambda: server.stop("immediate")
    finally:
        if not server.running():
            server.start()
        server.psql("postgres", "ALTER SYSTEM RESET synchronous_standby_names",
                    "SELECT pg_reload_conf()")
