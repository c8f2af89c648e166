"""Every limit a reader or a field enforces, in one place (the README lists them).

The numbers are far above what an office reaches by honest use; meeting one is a
one-line refusal that names the limit, never a traceback or a machine brought down.
"""

from __future__ import annotations

MIB = 1024 * 1024

# Calendars (.ics) ------------------------------------------------------------------------
ICS_MAX_BYTES = 5 * MIB

# Contacts (CSV, Excel, vCard) ----------------------------------------------------------------
CONTACTS_MAX_BYTES = 10 * MIB

# Images and attached documents -----------------------------------------------------------
PHOTO_MAX_UPLOAD_BYTES = 20 * MIB
PHOTO_MAX_SIDE = 512  # pixels of the stored photo (larger ones are scaled down)
EMBLEM_MAX_BYTES = 10 * MIB
DOCUMENT_MAX_BYTES = 20 * MIB  # evidence of a commitment kept
AGREEMENT_MAX_BYTES = 25 * MIB  # a signed agreement's scan
