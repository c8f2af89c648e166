"""The chosen stack's own floor: what no process working on an office avoids before a line of
its own runs — SQLAlchemy's ORM and the office's mapped schema (delegate_app.db.models),
imported as delegate-app imports them (the cyclic collector waiting, then what was
imported frozen out of its way, as the program does: see delegate_app/__main__.py)."""

import gc
import sys


def import_the_stack_if_asked() -> None:
    """With ``--with-stack`` among the arguments (which it removes)."""
    if "--with-stack" not in sys.argv:
        return
    sys.argv.remove("--with-stack")
    gc.disable()
    import sqlalchemy.orm  # noqa: F401

    import delegate_app.db.models  # noqa: F401

    gc.freeze()
    gc.enable()
