"""Issued versions of a delegation's or a summit's programme: issue, list, open, compare,
print and publish a version, and (of a delegation) start a new draft from one."""

from .badges import badges_of
from .capture import capture, programme_of
from .outputs import (
    calendar_of,
    dossier_of,
    draft_note,
    programme_changes,
    seen_sequences,
    without_home_times,
    write_change_sheet,
)
from .restore import RestoreReceipt, start_draft_from, undo_start_draft
from .store import IssuedVersion, issue_version, list_versions, load_version
from .summits import (
    issue_summit_version,
    list_summit_versions,
    load_summit_version,
    summit_calendar_of,
    summit_changes,
    summit_programme_of,
)

__all__ = [
    "IssuedVersion",
    "RestoreReceipt",
    "badges_of",
    "calendar_of",
    "capture",
    "dossier_of",
    "draft_note",
    "issue_summit_version",
    "issue_version",
    "list_summit_versions",
    "list_versions",
    "load_summit_version",
    "load_version",
    "programme_changes",
    "programme_of",
    "seen_sequences",
    "start_draft_from",
    "summit_calendar_of",
    "summit_changes",
    "summit_programme_of",
    "undo_start_draft",
    "without_home_times",
    "write_change_sheet",
]
