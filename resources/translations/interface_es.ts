<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>delegate_app</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegate_app cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .vcf, .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} to create, {u} to update, {n} unchanged, {r} rejected. Nothing is written until you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts imported — Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: ours alone — never in a host edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the itinerary already has it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the calendar server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to the calendar server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: {c} created, {u} updated, {x} cancelled, {r} removed, {n} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password was not kept in the system keyring; you will be asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always in order of precedence: drag a member, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to place {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges and place cards — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {place} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the programme as it stands as the next numbered version, to send out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions issued: what changed since, change sheets, a new draft from a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue version — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme as it stands becomes the next version. Versions are kept for good: they are what was sent out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is issued, e.g. after the Governor&apos;s office moved the courtesy call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print change sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier of this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier with changes &amp;marked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state compared with (the draft or a later version), a bar beside each item changed since the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new draft from this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version issued yet: Issue version… on the delegation&apos;s toolbar freezes the programme as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a later version, or with the current draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since version {n} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier, version {n} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier, changes since version {n} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itinerary and the delegation list go back to {label}. Items added since are cancelled, so calendars learn of it. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft from version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a conflict to go to its item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add summit sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name badges, place cards and the seating plan of a meeting (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the programme holds together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the meeting in the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation attends no summit. Choose one in Edit details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add summit sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {n} summit sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Buenos Aires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native &amp;script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. تهران, 東京, Москва</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two letters, e.g. AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA name, e.g. America/Argentina/Buenos_Aires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-90 to 90, e.g. -34.6037</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-180 to 180, e.g. -58.3816</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the tram study to their transport department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg *.jpeg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than 20 MB; attach a smaller copy or note where it is filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mayor of Tehran to Buenos Aires and Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;estinations (in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also give each time in our home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the preview, to print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder; give a file name ending in .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Persian silk carpet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 450.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR, USD, IRR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared to the ethics office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 450.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar into “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {a} to add, {u} to update, {n} unchanged, {r} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more are listed apart and imported only if you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each field goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (SUMMARY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s title — shown to hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (LOCATION):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the venue — shown to hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internal briefing — never shown to hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description — shown to hosts in their edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text our own exports composed (delegation, briefing, booking reference) is never read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (DESCRIPTION):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} — changes: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the delegation&apos;s dates ({dates})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicates (same start and title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} — probably {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit sessions not in this programme (added linked to the summit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported only if you tick them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;&amp; where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;rrier and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Qatar Airways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QR 779</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled from the city; type to be exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal — ours alone (a briefing, a preparation meeting, a security run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal item never appears in a host edition: not in the hosts&apos; calendar or dossier, the summit programme, badges, or a member&apos;s calendar shared with the hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counterparts met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fa-es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — never in a host edition or a published calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boo&amp;king reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone for each end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · duration {h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — leaves in {a} time, arrives in {b} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole delegation (badges for every member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sits in the centre of the hosts&apos; side; the senior counterpart unless you choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest of honour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces the host, or sits on the host&apos;s right at a round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sits on one side of this table: add the counterparts and our people to the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised — type it and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (our side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments made at this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or clear the commitment being typed on the Commitments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens PDF files on this computer. Save the document (Ctrl+S) and open it from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document came out empty or is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name first (Ana Gómez)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name first (Sato Haruka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence &amp;rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the highest; orders delegation lists and seating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;&amp; contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography &amp;&amp; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes are never printed or exported in host editions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;ternal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {name}&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — with briefings and booking references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For our hosts — programme and participants only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish calendar — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://cloud.example.org/remote.php/dav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring here: you will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new calendar on {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {c} to create, {u} to update, {x} to cancel, {r} to remove, {n} unchanged; {o} events others put there are left alone. Nothing is sent until you press Publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: {when} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out what is due before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out what is due after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due, kept or dropped in the period; untick a day for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later day, or an earlier From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in any script, city, delegation, summit, promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. U20 Mayors Summit 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?

You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see each field before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} number {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter changes…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {text} match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changes exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} changes; the Activity page lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see who changed it, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item selected in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cities &amp; networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations &amp; networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;sample plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import c&amp;ontacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About delegate_app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or open a delegation first; its calendar is the one exported or imported into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample plan — a Tehran protocol office with delegations to Buenos Aires and Tokyo, a mayors&apos; summit, counterparts and commitments — to see the app at work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds records. Add the sample plan to them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sample plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample plan loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample plan not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About delegate_app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;delegate_app {version}&lt;/b&gt;&lt;p&gt;Plans mayors&apos; summits and delegation visits for a city&apos;s protocol office.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter {title}…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing matches the filter (of {text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {done} of {n} commitments done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cities yet — New city (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the agreement fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} · local time now {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships with our city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we owe them ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they owe us ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City officials on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — {n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we owe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they owe {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City / commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counted in {zone} time, where the owner works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes — never shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks for calendars (*.ics);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} commitments exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitments match — promises made at meetings, summits and in agreements are tracked here. Record one (Ctrl+N), record a meeting&apos;s outcome from a delegation, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments report — {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations yet — New delegation (Ctrl+N), or load the sample plan from the File menu to see a real office at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved delegation — Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy “{title}” as a template: members and programme are copied, every item tentative. Move the dates by how many days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} itinerary items and {m} members?

You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation in order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme (local times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No itinerary items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {noun} — Ctrl+Z undoes it, Ctrl+Shift+Z redoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given / received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gifts recorded — Record a gift (Ctrl+N) each time one is given or received; public-ethics rules ask for a yearly register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export yearly register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the gift register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gifts of {year} exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisations yet — New organisation (Ctrl+N): networks such as C40 or UCLG, city governments, embassies, ministries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a membership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member city to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has no current member cities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a membership of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cities ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnership with {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{city} has no partnership with us yet — New partnership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which partnership?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.jpg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed agreement is attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet — add our officials and the counterparts you meet with New person (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set photo of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of office — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} leaves the position “{position}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of office of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precedence rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegations, meetings, commitments or gifts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes — never shared with hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summits yet — New summit (Ctrl+N), or load the sample plan from the File menu to see one with its programme of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} sessions? Delegations attending keep their items. You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our delegations attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet — New session (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more owners ({count} commitments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today could not be gathered: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{late} overdue · {soon} due within 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention. With an empty database, load the sample plan (File ▸ Load sample plan) or add people and cities to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue commitments, by owner ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way — today and tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation is travelling or visiting today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 14 days, by owner ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts in upcoming itineraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up: summits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships up for renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} commitments are overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 commitment is overdue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} commitments became overdue since you last looked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 commitment became overdue since you last looked:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
