"""`delegate-app office ...`: IT staff set up a shared office on PostgreSQL and manage its
officers (init, add-officer, list, set-role, remove)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from ..domain.office import Officer, Role
from ..services.office import officers
from .common import Parser, add_command, add_db, table

ROLES = [r.value for r in Role]


def add_office_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    office = add_command(sub, "office", "set up a shared office on PostgreSQL and manage its "
                                        "officers and their roles (IT staff)")
    actions = office.add_subparsers(dest="action", parser_class=Parser, metavar="ACTION",
                                    required=True)
    init = _action(actions, "init", "create the schema, the roles and the first head of "
                                    "protocol (safe to run again; grants anew after upgrades)")
    init.add_argument("--head", metavar="NAME", help="sign-in name of the head of protocol")
    _password_option(init)
    add = _action(actions, "add-officer", "add an officer who signs in with NAME")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, required=True,
                     help="viewer: reads, no internal notes; officer: plans and edits; "
                          "head: also the office profile and archiving")
    _password_option(add)
    _action(actions, "list", "list the officers, their roles and whether they may sign in")
    change = _action(actions, "set-role", "give an officer another role")
    change.add_argument("name", metavar="NAME")
    change.add_argument("role", choices=ROLES)
    remove = _action(actions, "remove", "stop an officer signing in (what they did keeps "
                                        "their name; nothing is deleted)")
    remove.add_argument("name", metavar="NAME")


def _action(actions: argparse._SubParsersAction[Parser], name: str,
            text: str) -> argparse.ArgumentParser:
    action = actions.add_parser(name, help=text)
    add_db(action)
    return action


def _password_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--password-stdin", action="store_true",
                         help="read the new officer's password from standard input (else "
                              "asked without echo)")


def _asker(args: argparse.Namespace, name: Callable[[], str | None]) -> Callable[[], str | None]:
    def ask() -> str | None:
        if args.password_stdin:
            return sys.stdin.readline().rstrip("\n") or None
        if not sys.stdin.isatty():
            return None
        first = getpass.getpass(f"Password for {name()}: ")
        if first != getpass.getpass("The same password again: "):
            print("The two passwords differ; nothing was changed.", file=sys.stderr)
            return None
        return first or None

    return ask


def _listing(found: list[Officer] | tuple[Officer, ...]) -> str:
    rows = [(o.name, o.role.label if o.role else "-", o.status) for o in found]
    return table([("NAME", "ROLE", "STATUS"), *rows]) if rows else "No officers yet."


def office(args: argparse.Namespace) -> int:
    if args.action == "init":
        done = officers.init_office(args.db, args.head, _asker(args, lambda: args.head))
        upgraded = (f"schema upgraded from {done.upgraded_from or 'empty'}" if done.upgraded
                    else "schema already current")
        print(f"Shared office ready in {done.description}: {upgraded}; roles and grants set.")
        if done.head_added:
            print(f"{done.head_added} added as head of protocol.")
        print(_listing(done.officers))
        return 0
    if args.action == "add-officer":
        role = Role(args.role)
        added = officers.add_officer(args.db, args.name, role, _asker(args, lambda: args.name))
        print(f"Added {added.name} as {role.label.lower()} ({role.duties}).")
        return 0
    if args.action == "list":
        print(_listing(officers.list_officers(args.db)))
        return 0
    if args.action == "set-role":
        changed = officers.set_role(args.db, args.name, Role(args.role))
        role = changed.role or Role(args.role)
        article = "the" if role is Role.HEAD else "an" if role is Role.OFFICER else "a"
        print(f"{changed.name} is now {article} {role.label.lower()} ({role.duties}).")
        return 0
    removed = officers.remove_officer(args.db, args.name)
    print(f"Removed {removed.name}: they can no longer sign in; what they did keeps their "
          "name.")
    return 0
