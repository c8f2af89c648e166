"""The shared office on PostgreSQL: group roles, officers' login roles and the grants.

Three group roles (NOLOGIN) hold the privileges; each officer is a LOGIN role granted one
of them. What each may read and write is enforced here, by the server:

- viewer: SELECT on every column except the internal ones (briefing, talking points,
  booking reference, internal notes); a schema of views, first on the viewer's
  search_path, shows those columns empty so the app reads its usual tables unchanged.
  No audit record (it carries internal values before and after).
- officer: reads everything and writes every table, except the office profile (read
  only) and a delegation's ``archived`` flag; the audit record: INSERT and SELECT only.
- head: as an officer, and also the office profile and archiving.
Nobody may UPDATE or DELETE the audit record.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import Inspector

from ..domain.office import Officer, Role

GROUPS = {Role.VIEWER: "delegate_viewer", Role.OFFICER: "delegate_officer",
          Role.HEAD: "delegate_head"}
MASKED_SCHEMA = "delegate_masked"
INTERNAL_COLUMNS = frozenset({"briefing", "talking_points", "booking_reference",
                              "internal_notes"})
AUDIT_TABLE = "audit_entry"
OFFICE_TABLE = "office"
HEAD_ONLY_COLUMNS = {"delegation": frozenset({"archived"})}
_MARK = "delegate_app officer"  # the comment that tells our login roles from others
_WRITE = "SELECT, INSERT, UPDATE, DELETE"


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _run(conn: Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        conn.exec_driver_sql(statement)


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def has_groups(conn: Connection) -> bool:
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:names)"),
                         {"names": list(GROUPS.values())}).scalar_one()
    return int(found) == len(GROUPS)


def ensure_groups(conn: Connection) -> None:
    """Create the three group roles once per server (roles are shared by its databases)."""
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"),
                                {"n": list(GROUPS.values())}).scalars())
    _run(conn, [f"CREATE ROLE {_q(conn, g)} NOLOGIN" for g in GROUPS.values()
                if g not in existing])


def is_office(conn: Connection) -> bool:
    """An office database: set up by `office init` (it has the masked views' schema)."""
    return bool(conn.execute(text("SELECT count(*) FROM pg_namespace WHERE nspname = :s"),
                             {"s": MASKED_SCHEMA}).scalar_one())


def drop_masked_views(conn: Connection) -> bool:
    """Before a migration: views pin their tables' columns. True when there were some."""
    if not is_office(conn):
        return False
    conn.exec_driver_sql(f"DROP SCHEMA {_q(conn, MASKED_SCHEMA)} CASCADE")
    return True


def apply_grants(conn: Connection) -> None:
    """Grant each group what it may do on every table there is now (run again after each
    upgrade: new tables and columns get their grants, the masked views are rebuilt)."""
    groups = ", ".join(_q(conn, g) for g in GROUPS.values())
    database = _q(conn, conn.execute(text("SELECT current_database()")).scalar_one())
    _run(conn, [f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
                f"GRANT CONNECT ON DATABASE {database} TO {groups}",
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                f"GRANT USAGE ON SCHEMA public TO {groups}"])
    inspector = inspect(conn)
    for table in inspector.get_table_names(schema="public"):
        columns = [c["name"] for c in inspector.get_columns(table, schema="public")]
        _run(conn, _table_grants(conn, table, columns, groups))
    writers = f"{_q(conn, GROUPS[Role.OFFICER])}, {_q(conn, GROUPS[Role.HEAD])}"
    _run(conn, ["REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}"])
    _masked_views(conn, inspector)


def _table_grants(conn: Connection, table: str, columns: list[str], groups: str) -> list[str]:
    name = f"public.{_q(conn, table)}"
    viewer, officer, head = (_q(conn, GROUPS[r]) for r in (Role.VIEWER, Role.OFFICER,
                                                         Role.HEAD))
    statements = [f"REVOKE ALL ON {name} FROM PUBLIC, {groups}"]
    if table == "alembic_version":
        return [*statements, f"GRANT SELECT ON {name} TO {groups}"]
    if table == AUDIT_TABLE:  # append-only: nobody rewrites or deletes the record
        return [*statements, f"GRANT SELECT, INSERT ON {name} TO {officer}, {head}"]
    readable = ", ".join(_q(conn, c) for c in columns if c not in INTERNAL_COLUMNS)
    statements += [f"GRANT SELECT ({readable}) ON {name} TO {viewer}",
                   f"GRANT {_WRITE} ON {name} TO {head}"]
    if table == OFFICE_TABLE:
        return [*statements, f"GRANT SELECT ON {name} TO {officer}"]
    kept = HEAD_ONLY_COLUMNS.get(table, frozenset())
    if not kept:
        return [*statements, f"GRANT {_WRITE} ON {name} TO {officer}"]
    updatable = ", ".join(_q(conn, c) for c in columns if c not in kept)
    return [*statements, f"GRANT SELECT, INSERT, DELETE ON {name} TO {officer}",
            f"GRANT UPDATE ({updatable}) ON {name} TO {officer}"]


def _masked_views(conn: Connection, inspector: Inspector) -> None:
    """Views with the internal columns emptied, for viewers' search_path."""
    schema, viewer = _q(conn, MASKED_SCHEMA), _q(conn, GROUPS[Role.VIEWER])
    _run(conn, [f"DROP SCHEMA IF EXISTS {schema} CASCADE", f"CREATE SCHEMA {schema}",
                f"GRANT USAGE ON SCHEMA {schema} TO {viewer}"])
    for table in inspector.get_table_names(schema="public"):
        columns = [c["name"] for c in inspector.get_columns(table, schema="public")]
        if table == AUDIT_TABLE or not INTERNAL_COLUMNS & set(columns):
            continue
        shown = ", ".join(f"CAST('' AS text) AS {_q(conn, c)}" if c in INTERNAL_COLUMNS
                          else _q(conn, c) for c in columns)
        view = f"{schema}.{_q(conn, table)}"
        _run(conn, [f"CREATE VIEW {view} AS SELECT {shown} FROM public.{_q(conn, table)}",
                    f"GRANT SELECT ON {view} TO {viewer}"])


# Officers ------------------------------------------------------------------------------
def officers(conn: Connection) -> list[Officer]:
    """Every login role made for this office (removed ones too), by name."""
    rows = conn.execute(text(
        "SELECT r.rolname, r.rolcanlogin, array_remove(array_agg(g.rolname), NULL) "
        "FROM pg_roles r LEFT JOIN pg_auth_members m ON m.member = r.oid "
        "LEFT JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = ANY(:groups) "
        "WHERE shobj_description(r.oid, 'pg_authid') = :mark "
        "GROUP BY r.rolname, r.rolcanlogin ORDER BY r.rolname"),
        {"groups": list(GROUPS.values()), "mark": _MARK})
    return [Officer(name, _highest(groups), bool(login)) for name, login, groups in rows]


def _highest(groups: Iterable[str]) -> Role | None:
    held = set(groups)
    for role in (Role.HEAD, Role.OFFICER, Role.VIEWER):
        if GROUPS[role] in held:
            return role
    return None


def role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = :n"),
                             {"n": name}).scalar_one())


def password_verifier(conn: Connection, name: str, password: str) -> str:
    """A SCRAM verifier made here, so the password itself never reaches the server or
    its logs (what psql's \\password does)."""
    raw = conn.connection.dbapi_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return bytes(pgconn.encrypt_password(password.encode(), name.encode(),
                                         b"scram-sha-256")).decode()


def create_officer(conn: Connection, name: str, role: Role, verifier: str) -> None:
    who = _q(conn, name)
    _run(conn, [f"CREATE ROLE {who} LOGIN PASSWORD {_literal(verifier)}",
                f"COMMENT ON ROLE {who} IS {_literal(_MARK)}"])
    set_role(conn, name, role)


def reinstate(conn: Connection, name: str, role: Role, verifier: str) -> None:
    """A removed officer comes back: may sign in again, with a new password."""
    _run(conn, [f"ALTER ROLE {_q(conn, name)} LOGIN PASSWORD {_literal(verifier)}"])
    set_role(conn, name, role)


def set_role(conn: Connection, name: str, role: Role) -> None:
    who, database = _q(conn, name), _q(conn, conn.execute(
        text("SELECT current_database()")).scalar_one())
    others = ", ".join(_q(conn, g) for r, g in GROUPS.items() if r is not role)
    statements = [f"REVOKE {others} FROM {who}", f"GRANT {_q(conn, GROUPS[role])} TO {who}"]
    # A viewer's session finds the masked views first; others read the tables themselves.
    statements.append(
        f"ALTER ROLE {who} IN DATABASE {database} SET search_path = "
        f"{_q(conn, MASKED_SCHEMA)}, public" if role is Role.VIEWER else
        f"ALTER ROLE {who} IN DATABASE {database} RESET search_path")
    _run(conn, statements)


def remove_officer(conn: Connection, name: str) -> None:
    """No more signing in, no more rights; the role stays so what they did keeps a name."""
    groups = ", ".join(_q(conn, g) for g in GROUPS.values())
    who = _q(conn, name)
    _run(conn, [f"ALTER ROLE {who} NOLOGIN", f"REVOKE {groups} FROM {who}"])
    # Sessions already open lose their rights now (privileges are checked on each use);
    # closing them makes the removal visible at once.
    conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE usename = :n AND pid <> pg_backend_pid()"), {"n": name})


# The signed-in officer -------------------------------------------------------------------
def signed_in(conn: Connection) -> tuple[str, Role | None, bool, bool]:
    """(login name, role, may write, may manage) of this connection, from the server."""
    name, groups, may_write, may_manage = conn.execute(text(
        "SELECT current_user, ARRAY(SELECT g.rolname FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
        "WHERE r.rolname = current_user), "
        "has_table_privilege('public.itinerary_item', 'INSERT'), "
        "has_column_privilege('public.delegation', 'archived', 'UPDATE')")).one()
    return str(name), _highest(groups), bool(may_write), bool(may_manage)


def current_login(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_user")).scalar_one())
