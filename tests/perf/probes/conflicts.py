"""Conflict check of one delegation at several sizes (n log n or not): median of N runs of
checks.check_delegation on each office given. Prints JSON: items -> CPU seconds."""

import gc
import json
import statistics
import sys
import time

from sqlalchemy import func, select

from delegate_app.db.models import Delegation, ItineraryItem
from delegate_app.services import checks
from delegate_app.services.database import Database

runs, found = int(sys.argv[1]), {}
for path in sys.argv[2:]:
    with Database(path, exclusive=False) as db:
        with db.sessions() as s:
            delegation = s.scalar(select(Delegation.id))
            items = s.scalar(select(func.count(ItineraryItem.id)))
        checks.check_delegation(db.sessions, delegation)  # warm
        times = []
        for _ in range(runs):
            gc.collect()  # each run starts with no garbage left by the one before it
            started = time.process_time()
            checks.check_delegation(db.sessions, delegation)
            times.append(time.process_time() - started)
        found[items] = times
print(json.dumps({"median": {k: statistics.median(v) for k, v in found.items()},
                  "samples": found}))
