"""Every change on record: a record's history, the office's activity and its export.

The record itself is written by the database layer as each write commits (``db/audit.py``);
these services only read it.
"""

from .trail import (
    ACTIVITY_COLUMNS,
    ActivityChoices,
    activity,
    activity_choices,
    activity_rows,
    day_start,
    export_activity,
    record_history,
    write_activity,
)

__all__ = ["ACTIVITY_COLUMNS", "ActivityChoices", "activity", "activity_choices",
           "activity_rows", "day_start", "export_activity", "record_history", "write_activity"]
