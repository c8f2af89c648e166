"""Every limit a reader or a field enforces, in one place (the README lists them).

The numbers are far above what an office reaches by honest use; meeting one is a
one-line refusal that names the limit, never a traceback or a machine brought down.
"""

from __future__ import annotations

MIB = 1024 * 1024

# Calendars (.ics) ------------------------------------------------------------------------
ICS_MAX_BYTES = 5 * MIB
ICS_MAX_LINE_CHARS = 1 * MIB  # one content line once unfolded (an inline attachment fits)
ICS_MAX_LINES = 200_000  # content lines in the file
ICS_MAX_COMPONENTS = 20_000  # BEGIN:… blocks of every kind (events, alarms, zones…)
ICS_MAX_DEPTH = 6  # VCALENDAR > VEVENT > VALARM is 3; zones and tasks nest no deeper
ICS_MAX_PROPERTIES_PER_COMPONENT = 1_000
ICS_MAX_EVENTS = 2_000  # VEVENT blocks in one file (a delegation has a few hundred at most)
ICS_MAX_OCCURRENCES_PER_EVENT = 500  # of one repeating event (weekly for ten years)
ICS_MAX_ITEMS = 2_000  # events and occurrences offered by one import, all told
ICS_MAX_RULE_SECONDS = 2.0  # working out one repeating event's dates, or one time zone
ICS_MAX_READ_SECONDS = 60.0  # reading one file, all told (a backstop: 2,000 events take ~10 s)
ICS_FIRST_YEAR, ICS_LAST_YEAR = 1900, 2199  # dates outside these years are refused
ICS_MAX_UID_CHARS = 255  # the identifier an event keeps from the file (import_uid)
ITEM_UID_MAX_CHARS = 120  # the identifier our own items carry (uid)
SEQUENCE_MAX = 2**31 - 1  # revision numbers fit a 32-bit column on every database

# Contacts (CSV, Excel, vCard) ----------------------------------------------------------------
CONTACTS_MAX_BYTES = 10 * MIB
CONTACTS_MAX_PEOPLE = 10_000  # rows of a table, cards of a vCard file
CONTACTS_MAX_COLUMNS = 100  # columns of a table that hold anything
CONTACTS_MAX_FIELD_CHARS = 10_000  # one cell or one vCard value (a long biography fits)
XLSX_MAX_PARTS = 1_000  # files inside the workbook's zip
XLSX_MAX_PART_BYTES = 50 * MIB  # one of them unpacked
XLSX_MAX_UNPACKED_BYTES = 100 * MIB  # all of them unpacked
XLSX_MAX_RATIO = 200  # unpacked size over packed size of a part above 1 MiB
XLSX_MAX_CELLS_PER_ROW = 16_384  # cell entries in one row, empty ones included (Excel's width)
VCARD_MAX_NESTING = 3  # a card inside a card (vCard 2.1 AGENT) inside a card
VCARD_MAX_LINES_PER_CARD = 1_000  # properties of one card (an honest card has a few dozen)
VCARD_MAX_LINE_CHARS = 20_000  # one property once its folded lines are joined (photos apart)
VCARD_MAX_PHOTO_BYTES = 5 * MIB  # one PHOTO or LOGO value as written in the file

# Images and attached documents -----------------------------------------------------------
IMAGE_MAX_PIXELS = 80_000_000  # width × height read from the header before decoding
PHOTO_MAX_UPLOAD_BYTES = 20 * MIB
PHOTO_MAX_SIDE = 512  # pixels of the stored photo (larger ones are scaled down)
EMBLEM_MAX_BYTES = 10 * MIB
DOCUMENT_MAX_BYTES = 20 * MIB  # evidence of a commitment kept
AGREEMENT_MAX_BYTES = 25 * MIB  # a signed agreement's scan
