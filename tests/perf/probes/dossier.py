"""The dossier of ten days and sixty briefed meetings, in process, beside ReportLab laying
out the same text with the same faces (every string of the dossier, a paragraph each, one
pass). Alternating, N runs; prints JSON (CPU seconds). With a third argument, writes the
strings there for the command's floor (dossier_floor.py)."""

import dataclasses
import json
import sys
import time

from dossier_floor import lay_out
from sqlalchemy import select

from delegate_app.db.models import Delegation
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.services import dossier
from delegate_app.services.calendars import Edition
from delegate_app.services.database import Database


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for v in value for s in strings(v)]
    return []


def cpu(work) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    db = Database(path, exclusive=False).open()
    with db.sessions() as s:
        delegation = s.scalar(select(Delegation.id))
    data = dossier.delegation_dossier(db.sessions, delegation, Edition.INTERNAL)
    texts = strings(data)
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            json.dump(texts, out, ensure_ascii=False)
    result = {"strings": len(texts), "dossier": [], "reportlab": []}
    for n in range(runs + 1):  # the first round warms up (fonts, caches) and is not kept
        job = cpu(lambda: dossier_pdf(dossier.delegation_dossier(db.sessions, delegation,
                                                                 Edition.INTERNAL)))
        floor = cpu(lambda: lay_out(texts))
        if n:
            result["dossier"].append(job)
            result["reportlab"].append(floor)
    print(json.dumps(result))
    db.close()


main()
