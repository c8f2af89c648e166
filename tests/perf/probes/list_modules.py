"""Which heavy libraries a command imports: runs it in process, prints them as JSON."""

import contextlib
import io
import json
import sys

from delegate_app.__main__ import main

HEAVY = {"PySide6", "reportlab", "icalendar", "caldav", "openpyxl", "qtawesome", "vobject"}
with contextlib.redirect_stdout(io.StringIO()):
    main(sys.argv[1:])
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & HEAVY)))
