<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>delegate_app</name>
    <message>
        <source>agreement</source>
        <translation>convenio</translation>
    </message>
    <message>
        <source>agreements</source>
        <translation>convenios</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>firmante</translation>
    </message>
    <message>
        <source>signatories</source>
        <translation>firmantes</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>cities</source>
        <translation>ciudades</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <source>commitment step</source>
        <translation>paso de un compromiso</translation>
    </message>
    <message>
        <source>commitment steps</source>
        <translation>pasos de compromisos</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegación</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegaciones</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>destinos</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>obsequio</translation>
    </message>
    <message>
        <source>gifts</source>
        <translation>obsequios</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>contraparte</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>contrapartes</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>interpreters</source>
        <translation>intérpretes</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>item</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>items</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>meeting outcome</source>
        <translation>resultado de la reunión</translation>
    </message>
    <message>
        <source>meeting outcomes</source>
        <translation>resultados de reuniones</translation>
    </message>
    <message>
        <source>network membership</source>
        <translation>membresía en una red</translation>
    </message>
    <message>
        <source>network memberships</source>
        <translation>membresías en redes</translation>
    </message>
    <message>
        <source>office profile</source>
        <translation>perfil de la oficina</translation>
    </message>
    <message>
        <source>office profiles</source>
        <translation>perfiles de la oficina</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>acuerdo de cooperación</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>acuerdos de cooperación</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>position held</source>
        <translation>cargo desempeñado</translation>
    </message>
    <message>
        <source>positions held</source>
        <translation>cargos desempeñados</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>cumbre</translation>
    </message>
    <message>
        <source>summits</source>
        <translation>cumbres</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>theme of a summit</source>
        <translation>tema de una cumbre</translation>
    </message>
    <message>
        <source>themes of summits</source>
        <translation>temas de cumbres</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>biografía</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisiones</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sentido</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>constancia</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitud</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>occasion</source>
        <translation>ocasión</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <source>position</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>oradores</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>start</source>
        <translation>comienzo</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>start time zone</source>
        <translation>zona horaria de comienzo</translation>
    </message>
    <message>
        <source>end time zone</source>
        <translation>zona horaria de fin</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>departure city</source>
        <translation>ciudad de salida</translation>
    </message>
    <message>
        <source>home city</source>
        <translation>ciudad de origen</translation>
    </message>
    <message>
        <source>host city</source>
        <translation>ciudad anfitriona</translation>
    </message>
    <message>
        <source>partner city</source>
        <translation>ciudad asociada</translation>
    </message>
    <message>
        <source>city of signature</source>
        <translation>ciudad de la firma</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <source>summit session</source>
        <translation>sesión de la cumbre</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>giver</source>
        <translation>donante</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>member organisation</source>
        <translation>organización miembro</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>date kept</source>
        <translation>fecha de cumplimiento</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date signed</source>
        <translation>fecha de firma</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>fecha de vencimiento del acuerdo</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>member since</source>
        <translation>miembro desde</translation>
    </message>
    <message>
        <source>member until</source>
        <translation>miembro hasta</translation>
    </message>
    <message>
        <source>took office</source>
        <translation>asunción del cargo</translation>
    </message>
    <message>
        <source>left office</source>
        <translation>cese en el cargo</translation>
    </message>
    <message>
        <source>talking points</source>
        <translation>puntos de conversación</translation>
    </message>
    <message>
        <source>booking reference</source>
        <translation>referencia de reserva</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notas internas</translation>
    </message>
    <message>
        <source>name in its own script</source>
        <translation>nombre en su escritura original</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>name order</source>
        <translation>orden del nombre</translation>
    </message>
    <message>
        <source>form of address in writing</source>
        <translation>tratamiento por escrito</translation>
    </message>
    <message>
        <source>spoken form of address</source>
        <translation>tratamiento de palabra</translation>
    </message>
    <message>
        <source>precedence rank</source>
        <translation>rango de precedencia</translation>
    </message>
    <message>
        <source>place in the order of precedence</source>
        <translation>lugar en el orden de precedencia</translation>
    </message>
    <message>
        <source>interpretation needs</source>
        <translation>necesidades de interpretación</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>necesidades alimentarias</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>estimated value</source>
        <translation>valor estimado</translation>
    </message>
    <message>
        <source>where it is now</source>
        <translation>dónde está ahora</translation>
    </message>
    <message>
        <source>evidence document</source>
        <translation>documento de constancia</translation>
    </message>
    <message>
        <source>evidence document&apos;s name</source>
        <translation>nombre del documento de constancia</translation>
    </message>
    <message>
        <source>document&apos;s name</source>
        <translation>nombre del documento</translation>
    </message>
    <message>
        <source>status before</source>
        <translation>estado anterior</translation>
    </message>
    <message>
        <source>status after</source>
        <translation>estado posterior</translation>
    </message>
    <message>
        <source>language pair</source>
        <translation>par de idiomas</translation>
    </message>
    <message>
        <source>dress code</source>
        <translation>código de vestimenta</translation>
    </message>
    <message>
        <source>service number</source>
        <translation>número de vuelo o tren</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declarado</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigla</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>nota informativa</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>delegate_app cannot open the database</source>
        <translation>delegate_app no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation>No se exportaron los contactos</translation>
    </message>
    <message>
        <source>Choose a file ending in .vcf, .xlsx or .csv.</source>
        <translation>Elija un archivo con extensión .vcf, .xlsx o .csv.</translation>
    </message>
    <message>
        <source>{n} people exported to {path}</source>
        <translation>{n} personas exportadas a {path}</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exportando contactos…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>No se importaron los contactos</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Importar contactos desde {file}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>{c} to create, {u} to update, {n} unchanged, {r} rejected. Nothing is written until you press OK.</source>
        <translation>{c} por crear, {u} por actualizar, {n} sin cambios, {r} rechazados. No se guarda nada hasta que pulse Aceptar.</translation>
    </message>
    <message>
        <source>Contacts imported — Ctrl+Z undoes it</source>
        <translation>Contactos importados — Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>(+{days}d)</source>
        <translation>(+{days} d)</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quiénes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Home time ({place})</source>
        <translation>Hora de origen ({place})</translation>
    </message>
    <message>
        <source>Internal: ours alone — never in a host edition.</source>
        <translation>Interno: solo nuestro — nunca en una edición para anfitriones.</translation>
    </message>
    <message>
        <source>Internal · </source>
        <translation>Interno · </translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} eventos exportados a {path}</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>No se exportó el calendario</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Exportando el calendario…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>El archivo es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>Calendar not imported</source>
        <translation>No se importó el calendario</translation>
    </message>
    <message>
        <source>Reading the calendar file…</source>
        <translation>Leyendo el archivo de calendario…</translation>
    </message>
    <message>
        <source>Nothing to import: the itinerary already has it all.</source>
        <translation>Nada que importar: el itinerario ya lo tiene todo.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Looking at the calendar server…</source>
        <translation>Consultando el servidor de calendario…</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>No se publicó nada.</translation>
    </message>
    <message>
        <source>Publishing to the calendar server…</source>
        <translation>Publicando en el servidor de calendario…</translation>
    </message>
    <message>
        <source>Published: {c} created, {u} updated, {x} cancelled, {r} removed, {n} unchanged</source>
        <translation>Publicado: {c} creados, {u} actualizados, {x} cancelados, {r} eliminados, {n} sin cambios</translation>
    </message>
    <message>
        <source>the password was not kept in the system keyring; you will be asked again</source>
        <translation>la contraseña no se guardó en el llavero del sistema; se le volverá a pedir</translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation>No se publicó el calendario</translation>
    </message>
    <message>
        <source>Kept the colleague&apos;s version; nothing else to save.</source>
        <translation>Se conservó la versión del colega; no queda nada más por guardar.</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Editar {title}</translation>
    </message>
    <message>
        <source>Connection lost while saving</source>
        <translation>Conexión perdida al guardar</translation>
    </message>
    <message>
        <source>No summit</source>
        <translation>Sin cumbre</translation>
    </message>
    <message>
        <source>This delegation attends no summit. Choose one in Edit details first.</source>
        <translation>Esta delegación no asiste a ninguna cumbre. Elija una primero en Editar datos.</translation>
    </message>
    <message>
        <source>Add summit sessions</source>
        <translation>Añadir sesiones de la cumbre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Add {n} summit sessions</source>
        <translation>Añadir {n} sesiones de la cumbre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Asignar función</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Always in order of precedence: drag a member, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation>Siempre en orden de precedencia: arrastre a un miembro, o selecciónelo y pulse Ctrl+Up / Ctrl+Down.</translation>
    </message>
    <message>
        <source>Type a name to add…</source>
        <translation>Escriba un nombre para añadirlo…</translation>
    </message>
    <message>
        <source>Move {name} to place {n}</source>
        <translation>Mover a {name} al puesto {n}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <source>Dossier — {title}</source>
        <translation>Dossier — {title}</translation>
    </message>
    <message>
        <source>Badges and place cards — {title}</source>
        <translation>Credenciales y tarjetas de ubicación — {title}</translation>
    </message>
    <message>
        <source>Times in {place} ({zone})</source>
        <translation>Horas de {place} ({zone})</translation>
    </message>
    <message>
        <source>Issue version…</source>
        <translation>Emitir versión…</translation>
    </message>
    <message>
        <source>Freeze the programme as it stands as the next numbered version, to send out</source>
        <translation>Fijar el programa tal como está como la siguiente versión numerada, para enviarla</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versiones…</translation>
    </message>
    <message>
        <source>The versions issued: what changed since, change sheets, a new draft from a version</source>
        <translation>Las versiones emitidas: qué cambió desde entonces, hojas de cambios, un nuevo borrador a partir de una versión</translation>
    </message>
    <message>
        <source>Issue version — {title}</source>
        <translation>Emitir versión — {title}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>The programme as it stands becomes the next version. Versions are kept for good: they are what was sent out.</source>
        <translation>El programa tal como está pasa a ser la siguiente versión. Las versiones se conservan para siempre: son lo que se envió.</translation>
    </message>
    <message>
        <source>Why it is issued, e.g. after the Governor&apos;s office moved the courtesy call</source>
        <translation>Por qué se emite, p. ej. después de que la oficina del Gobernador trasladara la visita de cortesía</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Issued {label}</source>
        <translation>{label} emitida</translation>
    </message>
    <message>
        <source>Version not issued</source>
        <translation>No se emitió la versión</translation>
    </message>
    <message>
        <source>Issuing the version…</source>
        <translation>Emitiendo la versión…</translation>
    </message>
    <message>
        <source>Nothing changed: the programme is as it was then.</source>
        <translation>Nada cambió: el programa está como estaba entonces.</translation>
    </message>
    <message>
        <source>Versions — {title}</source>
        <translation>Versiones — {title}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Changes since…</source>
        <translation>&amp;Cambios desde…</translation>
    </message>
    <message>
        <source>&amp;Print change sheet…</source>
        <translation>Im&amp;primir hoja de cambios…</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edición:</translation>
    </message>
    <message>
        <source>The current draft</source>
        <translation>El borrador actual</translation>
    </message>
    <message>
        <source>Compare with a later version, or with the current draft.</source>
        <translation>Compare con una versión posterior o con el borrador actual.</translation>
    </message>
    <message>
        <source>Comparing the versions…</source>
        <translation>Comparando las versiones…</translation>
    </message>
    <message>
        <source>Changes since version {n} — {title}</source>
        <translation>Cambios desde la versión {n} — {title}</translation>
    </message>
    <message>
        <source>No version issued yet: Issue version… on the delegation&apos;s toolbar freezes the programme as version 1.</source>
        <translation>Aún no se ha emitido ninguna versión: Emitir versión… en la barra de herramientas de la delegación fija el programa como versión 1.</translation>
    </message>
    <message>
        <source>&amp;Dossier of this version…</source>
        <translation>&amp;Dossier de esta versión…</translation>
    </message>
    <message>
        <source>Dossier with changes &amp;marked…</source>
        <translation>Dossier con los cambios &amp;marcados…</translation>
    </message>
    <message>
        <source>The state compared with (the draft or a later version), a bar beside each item changed since the selected version</source>
        <translation>El estado con el que se compara (el borrador o una versión posterior), con una barra junto a cada punto modificado desde la versión seleccionada</translation>
    </message>
    <message>
        <source>Start a &amp;new draft from this version</source>
        <translation>Iniciar un &amp;nuevo borrador a partir de esta versión</translation>
    </message>
    <message>
        <source>Dossier, version {n} — {title}</source>
        <translation>Dossier, versión {n} — {title}</translation>
    </message>
    <message>
        <source>Dossier, changes since version {n} — {title}</source>
        <translation>Dossier, cambios desde la versión {n} — {title}</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Iniciar un nuevo borrador</translation>
    </message>
    <message>
        <source>The itinerary and the delegation list go back to {label}. Items added since are cancelled, so calendars learn of it. Ctrl+Z undoes it.</source>
        <translation>El itinerario y la lista de la delegación vuelven a {label}. Los puntos añadidos desde entonces se cancelan, para que los calendarios se enteren. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>New draft from version {n}</source>
        <translation>Nuevo borrador a partir de la versión {n}</translation>
    </message>
    <message>
        <source>Enter or double-click a conflict to go to its item</source>
        <translation>Pulse Intro o haga doble clic en un conflicto para ir a su punto</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation>Mostrar la hora de origen</translation>
    </message>
    <message>
        <source>Time zone of the timeline</source>
        <translation>Zona horaria del cronograma</translation>
    </message>
    <message>
        <source>Timeline in:</source>
        <translation>Cronograma en:</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo punto</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Editar punto</translation>
    </message>
    <message>
        <source>Cancel item</source>
        <translation>Cancelar punto</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrar el resultado…</translation>
    </message>
    <message>
        <source>Add summit sessions…</source>
        <translation>Añadir sesiones de la cumbre…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar calendario…</translation>
    </message>
    <message>
        <source>Import calendar…</source>
        <translation>Importar calendario…</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Badges…</source>
        <translation>Credenciales…</translation>
    </message>
    <message>
        <source>Name badges, place cards and the seating plan of a meeting (Ctrl+Shift+P)</source>
        <translation>Credenciales, tarjetas de ubicación y plan de mesa de una reunión (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
    <message>
        <source>No conflicts: the programme holds together.</source>
        <translation>Sin conflictos: el programa es coherente.</translation>
    </message>
    <message>
        <source>Saved — Ctrl+Z undoes it</source>
        <translation>Guardado — Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>New item {title}</source>
        <translation>Nuevo punto {title}</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>Mover {title}</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>Elija una reunión</translation>
    </message>
    <message>
        <source>Select the meeting in the agenda first.</source>
        <translation>Seleccione primero la reunión en la agenda.</translation>
    </message>
    <message>
        <source>Outcome of {title}</source>
        <translation>Resultado de {title}</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>Cancelar {title}</translation>
    </message>
    <message>
        <source>Edit city</source>
        <translation>Editar ciudad</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>Nueva ciudad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. Buenos Aires</source>
        <translation>p. ej. Buenos Aires</translation>
    </message>
    <message>
        <source>Native &amp;script</source>
        <translation>Escrit&amp;ura original</translation>
    </message>
    <message>
        <source>e.g. تهران, 東京, Москва</source>
        <translation>p. ej. تهران, 東京, Москва</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Código de país</translation>
    </message>
    <message>
        <source>two letters, e.g. AR</source>
        <translation>dos letras, p. ej. AR</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>IANA name, e.g. America/Argentina/Buenos_Aires</source>
        <translation>nombre IANA, p. ej. America/Argentina/Buenos_Aires</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitud</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. -34.6037</source>
        <translation>de -90 a 90, p. ej. -34.6037</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitud</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. -58.3816</source>
        <translation>de -180 a 180, p. ej. -58.3816</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Población</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <source>Record a commitment</source>
        <translation>Registrar un compromiso</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>&amp;What was promised</source>
        <translation>&amp;Lo prometido</translation>
    </message>
    <message>
        <source>e.g. Send the tram study to their transport department</source>
        <translation>p. ej. Enviar el estudio del tranvía a su dirección de transporte</translation>
    </message>
    <message>
        <source>W&amp;ho owes</source>
        <translation>&amp;Quién lo debe</translation>
    </message>
    <message>
        <source>&amp;Owner on our side</source>
        <translation>&amp;Responsable de nuestra parte</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>Cou&amp;nterpart</source>
        <translation>C&amp;ontraparte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Convenio</translation>
    </message>
    <message>
        <source>S&amp;ummit</source>
        <translation>C&amp;umbre</translation>
    </message>
    <message>
        <source>&amp;Internal notes</source>
        <translation>Notas &amp;internas</translation>
    </message>
    <message>
        <source>Start work on the commitment</source>
        <translation>Comenzar a trabajar en el compromiso</translation>
    </message>
    <message>
        <source>Mark the commitment done</source>
        <translation>Marcar el compromiso como cumplido</translation>
    </message>
    <message>
        <source>Drop the commitment</source>
        <translation>Abandonar el compromiso</translation>
    </message>
    <message>
        <source>Reopen the commitment</source>
        <translation>Reabrir el compromiso</translation>
    </message>
    <message>
        <source>Optional: what is under way</source>
        <translation>Opcional: lo que está en curso</translation>
    </message>
    <message>
        <source>How it was kept, e.g. “Study sent by e-mail to Ms Volkova, 24 June”</source>
        <translation>Cómo se cumplió, p. ej. «Estudio enviado por correo electrónico a la Sra. Volkova, 24 de junio»</translation>
    </message>
    <message>
        <source>Why it is dropped (required)</source>
        <translation>Por qué se abandona (obligatorio)</translation>
    </message>
    <message>
        <source>Why it is reopened (required)</source>
        <translation>Por qué se reabre (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>Cumplido &amp;el</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>&amp;Adjuntar un documento…</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>sin documento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Constancia</translation>
    </message>
    <message>
        <source>Attach the evidence</source>
        <translation>Adjuntar la constancia</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.doc *.odt *.txt *.eml *.msg *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The document is larger than 20 MB; attach a smaller copy or note where it is filed.</source>
        <translation>El documento supera los 20 MB; adjunte una copia más pequeña o anote dónde está archivado.</translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation>No se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>Editar delegación</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nueva delegación</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>e.g. Mayor of Tehran to Buenos Aires and Tokyo</source>
        <translation>p. ej. Alcalde de Teherán a Buenos Aires y Tokio</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sentido</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Home city</source>
        <translation>Ciudad de o&amp;rigen</translation>
    </message>
    <message>
        <source>D&amp;estinations (in order)</source>
        <translation>Des&amp;tinos (en orden)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Su&amp;mmit</source>
        <translation>Cu&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;For whom</source>
        <translation>Pa&amp;ra quién</translation>
    </message>
    <message>
        <source>&amp;Edition</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>Pa&amp;pel</translation>
    </message>
    <message>
        <source>Also give each time in our home time zone</source>
        <translation>Indicar también cada hora en nuestra zona horaria de origen</translation>
    </message>
    <message>
        <source>&amp;Home time</source>
        <translation>Hora de &amp;origen</translation>
    </message>
    <message>
        <source>In the preview, to print or save</source>
        <translation>En la vista previa, para imprimir o guardar</translation>
    </message>
    <message>
        <source>In the system&apos;s PDF viewer</source>
        <translation>En el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the language (Solar Hijri for Persian)</source>
        <translation>Según el idioma (hégira solar para el persa)</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Export calendar — {title}</source>
        <translation>Exportar el calendario — {title}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>&amp;Whose calendar</source>
        <translation>&amp;De quién es el calendario</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>sin aviso</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>A&amp;viso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the calendar.</source>
        <translation>Elija dónde guardar el calendario.</translation>
    </message>
    <message>
        <source>That is a folder; give a file name ending in .ics.</source>
        <translation>Eso es una carpeta; indique un nombre de archivo terminado en .ics.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>Editar obsequio</translation>
    </message>
    <message>
        <source>Record a gift</source>
        <translation>Registrar un obsequio</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Obsequio</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Given or &amp;received</source>
        <translation>Entregado o &amp;recibido</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>e.g. Persian silk carpet</source>
        <translation>p. ej. alfombra persa de seda</translation>
    </message>
    <message>
        <source>&amp;Occasion</source>
        <translation>&amp;Ocasión</translation>
    </message>
    <message>
        <source>De&amp;legation</source>
        <translation>De&amp;legación</translation>
    </message>
    <message>
        <source>&amp;Giver</source>
        <translation>&amp;Donante</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>Desti&amp;natario</translation>
    </message>
    <message>
        <source>Estimated &amp;value</source>
        <translation>&amp;Valor estimado</translation>
    </message>
    <message>
        <source>e.g. 450.00</source>
        <translation>p. ej. 450.00</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>EUR, USD, IRR…</source>
        <translation>EUR, USD, IRR…</translation>
    </message>
    <message>
        <source>Declared to the ethics office</source>
        <translation>Declarado a la oficina de ética</translation>
    </message>
    <message>
        <source>&amp;Where it is now</source>
        <translation>Dónde está a&amp;hora</translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 450.00.</source>
        <translation>El valor debe ser un número, p. ej. 450.00.</translation>
    </message>
    <message>
        <source>Import calendar into “{title}”</source>
        <translation>Importar el calendario en «{title}»</translation>
    </message>
    <message>
        <source>What the import does:</source>
        <translation>Lo que hará la importación:</translation>
    </message>
    <message>
        <source>{file}: {a} to add, {u} to update, {n} unchanged, {r} rejected.</source>
        <translation>{file}: {a} por añadir, {u} por actualizar, {n} sin cambios, {r} rechazados.</translation>
    </message>
    <message>
        <source>{n} more are listed apart and imported only if you tick them.</source>
        <translation>Otros {n} se enumeran aparte y solo se importan si los marca.</translation>
    </message>
    <message>
        <source>Nothing is written until you press OK.</source>
        <translation>No se guarda nada hasta que pulse Aceptar.</translation>
    </message>
    <message>
        <source>Where each field goes</source>
        <translation>Adónde va cada campo</translation>
    </message>
    <message>
        <source>Title (SUMMARY):</source>
        <translation>Título (SUMMARY):</translation>
    </message>
    <message>
        <source>the item&apos;s title — shown to hosts</source>
        <translation>el título del punto — visible para los anfitriones</translation>
    </message>
    <message>
        <source>Location (LOCATION):</source>
        <translation>Lugar (LOCATION):</translation>
    </message>
    <message>
        <source>the venue — shown to hosts</source>
        <translation>la sede — visible para los anfitriones</translation>
    </message>
    <message>
        <source>the internal briefing — never shown to hosts</source>
        <translation>la nota informativa interna — nunca visible para los anfitriones</translation>
    </message>
    <message>
        <source>the description — shown to hosts in their edition</source>
        <translation>la descripción — visible para los anfitriones en su edición</translation>
    </message>
    <message>
        <source>Text our own exports composed (delegation, briefing, booking reference) is never read back.</source>
        <translation>El texto que compusieron nuestras propias exportaciones (delegación, nota informativa, referencia de reserva) nunca se vuelve a leer.</translation>
    </message>
    <message>
        <source>Description (DESCRIPTION):</source>
        <translation>Descripción (DESCRIPTION):</translation>
    </message>
    <message>
        <source>{event} — changes: {what}</source>
        <translation>{event} — cambios: {what}</translation>
    </message>
    <message>
        <source>{title} — unchanged</source>
        <translation>{title} — sin cambios</translation>
    </message>
    <message>
        <source>Outside the delegation&apos;s dates ({dates})</source>
        <translation>Fuera de las fechas de la delegación ({dates})</translation>
    </message>
    <message>
        <source>Probable duplicates (same start and title)</source>
        <translation>Probables duplicados (mismo comienzo y título)</translation>
    </message>
    <message>
        <source>{event} — probably {why}</source>
        <translation>{event} — probablemente {why}</translation>
    </message>
    <message>
        <source>Summit sessions not in this programme (added linked to the summit)</source>
        <translation>Sesiones de la cumbre que no están en este programa (se añaden vinculadas a la cumbre)</translation>
    </message>
    <message>
        <source>Imported only if you tick them:</source>
        <translation>Se importan solo si los marca:</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>Editar punto del itinerario</translation>
    </message>
    <message>
        <source>New itinerary item</source>
        <translation>Nuevo punto del itinerario</translation>
    </message>
    <message>
        <source>When &amp;&amp; where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;From (city)</source>
        <translation>&amp;Desde (ciudad)</translation>
    </message>
    <message>
        <source>Ca&amp;rrier and number</source>
        <translation>T&amp;ransportista y número</translation>
    </message>
    <message>
        <source>e.g. Qatar Airways</source>
        <translation>p. ej. Qatar Airways</translation>
    </message>
    <message>
        <source>e.g. QR 779</source>
        <translation>p. ej. QR 779</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Co&amp;mienza</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Finaliza</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Dir&amp;ección</translation>
    </message>
    <message>
        <source>filled from the city; type to be exact</source>
        <translation>tomada de la ciudad; escriba para precisarla</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <source>&amp;Internal — ours alone</source>
        <translation>&amp;Interno — solo nuestro</translation>
    </message>
    <message>
        <source>An internal item never appears in a host edition: not in the hosts&apos; calendar or dossier, the summit programme, badges, or a member&apos;s calendar shared with the hosts.</source>
        <translation>Un punto interno nunca aparece en una edición para anfitriones: ni en el calendario ni en el dossier de los anfitriones, ni en el programa de la cumbre, ni en las credenciales, ni en el calendario de un miembro compartido con los anfitriones.</translation>
    </message>
    <message>
        <source>a briefing, a preparation meeting, a security run</source>
        <translation>una nota informativa, una reunión preparatoria, un reconocimiento de seguridad</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>&amp;Delegation members</source>
        <translation>&amp;Miembros de la delegación</translation>
    </message>
    <message>
        <source>&amp;Counterparts met</source>
        <translation>&amp;Contrapartes con quienes se reúne</translation>
    </message>
    <message>
        <source>&amp;Interpreters</source>
        <translation>&amp;Intérpretes</translation>
    </message>
    <message>
        <source>&amp;Language pair</source>
        <translation>&amp;Par de idiomas</translation>
    </message>
    <message>
        <source>e.g. fa-es</source>
        <translation>p. ej. fa-es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Dress code</source>
        <translation>&amp;Código de vestimenta</translation>
    </message>
    <message>
        <source>&amp;Public description</source>
        <translation>Descripción &amp;pública</translation>
    </message>
    <message>
        <source>Internal — never in a host edition or a published calendar:</source>
        <translation>Interno — nunca en una edición para anfitriones ni en un calendario publicado:</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Nota informativa</translation>
    </message>
    <message>
        <source>&amp;Talking points</source>
        <translation>Puntos de con&amp;versación</translation>
    </message>
    <message>
        <source>Boo&amp;king reference</source>
        <translation>Referencia de rese&amp;rva</translation>
    </message>
    <message>
        <source>&amp;Arrives in</source>
        <translation>&amp;Llega a</translation>
    </message>
    <message>
        <source>Choose a time zone for each end.</source>
        <translation>Elija una zona horaria para cada extremo.</translation>
    </message>
    <message>
        <source>⚠ Ends before it starts</source>
        <translation>⚠ Termina antes de empezar</translation>
    </message>
    <message>
        <source>{day} · duration {h} h {m:02d} min</source>
        <translation>{day} · duración {h} h {m:02d} min</translation>
    </message>
    <message>
        <source> — leaves in {a} time, arrives in {b} time</source>
        <translation> — sale en hora de {a}, llega en hora de {b}</translation>
    </message>
    <message>
        <source>Facing sides (a meeting)</source>
        <translation>Lados enfrentados (una reunión)</translation>
    </message>
    <message>
        <source>Round (a meal)</source>
        <translation>Redonda (una comida)</translation>
    </message>
    <message>
        <source>Head table facing the room (a signing, a press point)</source>
        <translation>Mesa presidencial frente a la sala (una firma, un punto de prensa)</translation>
    </message>
    <message>
        <source>The current programme</source>
        <translation>El programa actual</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>An issued version prints the whole delegation&apos;s badges as they were then</source>
        <translation>Una versión emitida imprime las credenciales de toda la delegación tal como eran entonces</translation>
    </message>
    <message>
        <source>The whole delegation (badges for every member)</source>
        <translation>Toda la delegación (credenciales para cada miembro)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>Pa&amp;ra</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>&amp;Qué imprimir</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Mesa</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>Anfi&amp;trión</translation>
    </message>
    <message>
        <source>Sits in the centre of the hosts&apos; side; the senior counterpart unless you choose another</source>
        <translation>Se sienta en el centro del lado de los anfitriones; la contraparte de mayor rango, salvo que elija a otra persona</translation>
    </message>
    <message>
        <source>&amp;Guest of honour</source>
        <translation>Invitado de &amp;honor</translation>
    </message>
    <message>
        <source>Faces the host, or sits on the host&apos;s right at a round table</source>
        <translation>Frente al anfitrión, o a la derecha del anfitrión en una mesa redonda</translation>
    </message>
    <message>
        <source>Choose at least one thing to print.</source>
        <translation>Elija al menos una cosa para imprimir.</translation>
    </message>
    <message>
        <source>Nobody sits on one side of this table: add the counterparts and our people to the item first.</source>
        <translation>Nadie se sienta en un lado de esta mesa: añada primero las contrapartes y nuestra gente al punto.</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigla</translation>
    </message>
    <message>
        <source>S&amp;eat</source>
        <translation>Se&amp;de</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Membership</source>
        <translation>&amp;Membresía</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Outcome of “{title}”</source>
        <translation>Resultado de «{title}»</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>What was promised — type it and press Enter</source>
        <translation>Lo prometido — escríbalo y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>Quién lo debe</translation>
    </message>
    <message>
        <source>Owner (our side)</source>
        <translation>Responsable (nuestra parte)</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Commitments made at this meeting:</source>
        <translation>Compromisos asumidos en esta reunión:</translation>
    </message>
    <message>
        <source>Commitments ({n})</source>
        <translation>Compromisos ({n})</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Finish or clear the commitment being typed on the Commitments tab.</source>
        <translation>Termine o borre el compromiso que está escribiendo en la pestaña Compromisos.</translation>
    </message>
    <message>
        <source>Edit partnership</source>
        <translation>Editar acuerdo de cooperación</translation>
    </message>
    <message>
        <source>New partnership</source>
        <translation>Nuevo acuerdo de cooperación</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Acuerdo de cooperación</translation>
    </message>
    <message>
        <source>&amp;Our city</source>
        <translation>Nuestra &amp;ciudad</translation>
    </message>
    <message>
        <source>&amp;Partner city</source>
        <translation>Ciudad &amp;asociada</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation>Fir&amp;mado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title} — vista previa</translation>
    </message>
    <message>
        <source>The PDF could not be read ({error}).</source>
        <translation>No se pudo leer el PDF ({error}).</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Open in &amp;viewer</source>
        <translation>Abrir en el &amp;visor</translation>
    </message>
    <message>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Abrir en el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation>Guardar {title}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <source>The document was not printed</source>
        <translation>No se imprimió el documento</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <source>No application opens PDF files on this computer. Save the document (Ctrl+S) and open it from its folder.</source>
        <translation>Ninguna aplicación abre archivos PDF en este equipo. Guarde el documento (Ctrl+S) y ábralo desde su carpeta.</translation>
    </message>
    <message>
        <source>Preparing {title}…</source>
        <translation>Preparando {title}…</translation>
    </message>
    <message>
        <source>The document came out empty or is not a PDF.</source>
        <translation>El documento salió vacío o no es un PDF.</translation>
    </message>
    <message>
        <source>{title} could not be prepared</source>
        <translation>No se pudo preparar {title}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and ready.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que esté encendida y lista.</translation>
    </message>
    <message>
        <source>&amp;Honorific</source>
        <translation>&amp;Tratamiento</translation>
    </message>
    <message>
        <source>e.g. H.E., Dr, Ms</source>
        <translation>p. ej. Excmo. Sr., Dr., Sra.</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre de pila</translation>
    </message>
    <message>
        <source>Latin script</source>
        <translation>Escritura latina</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>Name in native &amp;script</source>
        <translation>Nombre en e&amp;scritura original</translation>
    </message>
    <message>
        <source>e.g. رضا کریمی, 佐藤 遥, Андрей Соколов</source>
        <translation>p. ej. رضا کریمی, 佐藤 遥, Андрей Соколов</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Given name first (Ana Gómez)</source>
        <translation>Nombre de pila primero (Ana Gómez)</translation>
    </message>
    <message>
        <source>Family name first (Sato Haruka)</source>
        <translation>Apellido primero (Sato Haruka)</translation>
    </message>
    <message>
        <source>Name &amp;order</source>
        <translation>&amp;Orden del nombre</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>Car&amp;go</translation>
    </message>
    <message>
        <source>e.g. Deputy Mayor for International Affairs</source>
        <translation>p. ej. Vicealcalde de Asuntos Internacionales</translation>
    </message>
    <message>
        <source>O&amp;rganisation</source>
        <translation>O&amp;rganización</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Address in a le&amp;tter</source>
        <translation>Tratamiento en una &amp;carta</translation>
    </message>
    <message>
        <source>e.g. Dear Mr Mayor,</source>
        <translation>p. ej. Excelentísimo señor Intendente:</translation>
    </message>
    <message>
        <source>Address in &amp;speech</source>
        <translation>Tratamiento de &amp;palabra</translation>
    </message>
    <message>
        <source>e.g. Your Excellency</source>
        <translation>p. ej. Su Excelencia</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin rango</translation>
    </message>
    <message>
        <source>Precedence &amp;rank</source>
        <translation>&amp;Rango de precedencia</translation>
    </message>
    <message>
        <source>1 is the highest; orders delegation lists and seating</source>
        <translation>1 es el más alto; ordena las listas de delegación y la ubicación en mesa</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>ISO codes by fluency, e.g. fa, en, ar</source>
        <translation>Códigos ISO por dominio, p. ej. fa, en, ar</translation>
    </message>
    <message>
        <source>&amp;Interpretation</source>
        <translation>I&amp;nterpretación</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; contact</source>
        <translation>Necesidades y contacto</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>Necesidades &amp;alimentarias</translation>
    </message>
    <message>
        <source>&amp;Accessibility needs</source>
        <translation>Necesidades de acce&amp;sibilidad</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tel&amp;éfono</translation>
    </message>
    <message>
        <source>Biography &amp;&amp; notes</source>
        <translation>Biografía y notas</translation>
    </message>
    <message>
        <source>&amp;Biography</source>
        <translation>&amp;Biografía</translation>
    </message>
    <message>
        <source>Internal notes are never printed or exported in host editions.</source>
        <translation>Las notas internas nunca se imprimen ni se exportan en las ediciones para anfitriones.</translation>
    </message>
    <message>
        <source>In&amp;ternal notes</source>
        <translation>Notas in&amp;ternas</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>The whole delegation</source>
        <translation>Toda la delegación</translation>
    </message>
    <message>
        <source>Only {name}&apos;s items</source>
        <translation>Solo los puntos de {name}</translation>
    </message>
    <message>
        <source>Internal — with briefings and booking references</source>
        <translation>Interna — con notas informativas y referencias de reserva</translation>
    </message>
    <message>
        <source>For our hosts — programme and participants only</source>
        <translation>Para los anfitriones — solo programa y participantes</translation>
    </message>
    <message>
        <source>Publish calendar — {title}</source>
        <translation>Publicar el calendario — {title}</translation>
    </message>
    <message>
        <source>Calendar server</source>
        <translation>Servidor de calendario</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>e.g. https://cloud.example.org/remote.php/dav</source>
        <translation>p. ej. https://cloud.example.org/remote.php/dav</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keyring here: you will be asked each time.</source>
        <translation>No hay llavero del sistema: se le preguntará cada vez.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, starting with https://</source>
        <translation>Indique la dirección del servidor, comenzando por https://</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indique su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>Give your password.</source>
        <translation>Indique su contraseña.</translation>
    </message>
    <message>
        <source>Publish “{name}”</source>
        <translation>Publicar «{name}»</translation>
    </message>
    <message>
        <source>What will change on the server</source>
        <translation>Lo que cambiará en el servidor</translation>
    </message>
    <message>
        <source>a new calendar on {server}</source>
        <translation>un calendario nuevo en {server}</translation>
    </message>
    <message>
        <source>{where}: {c} to create, {u} to update, {x} to cancel, {r} to remove, {n} unchanged; {o} events others put there are left alone. Nothing is sent until you press Publish.</source>
        <translation>{where}: {c} por crear, {u} por actualizar, {x} por cancelar, {r} por eliminar, {n} sin cambios; los {o} eventos que otros pusieron allí no se tocan. No se envía nada hasta que pulse Publicar.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{verb}: {when} — {title}</source>
        <translation>{verb}: {when} — {title}</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Commitments report</source>
        <translation>Informe de compromisos</translation>
    </message>
    <message>
        <source>Every city</source>
        <translation>Todas las ciudades</translation>
    </message>
    <message>
        <source>Leave out what is due before this day</source>
        <translation>Omitir lo que vence antes de este día</translation>
    </message>
    <message>
        <source>Leave out what is due after this day</source>
        <translation>Omitir lo que vence después de este día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>What is due, kept or dropped in the period; untick a day for no limit.</source>
        <translation>Lo que vence, se cumple o se abandona en el período; desmarque un día para no poner límite.</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a later day, or an earlier From.</source>
        <translation>El período termina antes de empezar: elija un día posterior o un «Desde» anterior.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Name in any script, city, delegation, summit, promise…</source>
        <translation>Nombre en cualquier escritura, ciudad, delegación, cumbre, compromiso…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <source>Solar Hijri (Jalali)</source>
        <translation>Hégira solar (jalalí)</translation>
    </message>
    <message>
        <source>Islamic Hijri (Umm al-Qura)</source>
        <translation>Hégira lunar islámica (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language or calendar applies when delegate_app starts again.</source>
        <translation>Un nuevo idioma o calendario se aplica cuando delegate_app se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>Edit summit</source>
        <translation>Editar cumbre</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Nueva cumbre</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>e.g. U20 Mayors Summit 2027</source>
        <translation>p. ej. Cumbre de Alcaldes U20 2027</translation>
    </message>
    <message>
        <source>&amp;Host city</source>
        <translation>Ciudad &amp;anfitriona</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organizador</translation>
    </message>
    <message>
        <source>Th&amp;emes</source>
        <translation>Te&amp;mas</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descri&amp;pción</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>Sa&amp;la</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Oradores</translation>
    </message>
    <message>
        <source>New {noun} {name}</source>
        <translation>Alta de {noun}: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Eliminar {noun}</translation>
    </message>
    <message>
        <source>Delete {name}?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar {name}?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Select a change to see each field before and after.</source>
        <translation>Seleccione un cambio para ver cada campo antes y después.</translation>
    </message>
    <message>
        <source>{kind} number {n}</source>
        <translation>{kind} número {n}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Filter changes…  (Ctrl+F)</source>
        <translation>Filtrar cambios…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Cualquier funcionario</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation>Cualquier delegación</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} cambios</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>the newest {n} changes</source>
        <translation>los {n} cambios más recientes</translation>
    </message>
    <message>
        <source>{shown} of {text} match the filter</source>
        <translation>{shown} de {text} coinciden con el filtro</translation>
    </message>
    <message>
        <source>Export the activity</source>
        <translation>Exportar la actividad</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Activity not exported</source>
        <translation>No se exportó la actividad</translation>
    </message>
    <message>
        <source>{n} changes exported to {path}</source>
        <translation>{n} cambios exportados a {path}</translation>
    </message>
    <message>
        <source>No changes on record yet.</source>
        <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
        <source>The newest {n} changes; the Activity page lists them all.</source>
        <translation>Los {n} cambios más recientes; la página Actividad los enumera todos.</translation>
    </message>
    <message>
        <source>Select a record to see who changed it, and when.</source>
        <translation>Seleccione un registro para ver quién lo modificó y cuándo.</translation>
    </message>
    <message>
        <source>The item selected in the agenda</source>
        <translation>El punto seleccionado en la agenda</translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation>Mostrar el historial de</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>INTERNAL</source>
        <translation>INTERNO</translation>
    </message>
    <message>
        <source>Summits</source>
        <translation>Cumbres</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Cities &amp; networks</source>
        <translation>Ciudades y redes</translation>
    </message>
    <message>
        <source>Organisations &amp; networks</source>
        <translation>Organizaciones y redes</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Gift register</source>
        <translation>Registro de obsequios</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Base de datos: {db}</translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation>{title} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Load &amp;sample plan…</source>
        <translation>Cargar el plan de &amp;ejemplo…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <source>Import c&amp;ontacts…</source>
        <translation>Importar c&amp;ontactos…</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>E&amp;xportar contactos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Buscar en la lista</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About delegate_app</source>
        <translation>&amp;Acerca de delegate_app</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
    <message>
        <source>Cannot show this page</source>
        <translation>No se puede mostrar esta página</translation>
    </message>
    <message>
        <source>Choose a delegation</source>
        <translation>Elija una delegación</translation>
    </message>
    <message>
        <source>Select or open a delegation first; its calendar is the one exported or imported into.</source>
        <translation>Seleccione o abra primero una delegación; su calendario es el que se exporta o en el que se importa.</translation>
    </message>
    <message>
        <source>Load the sample plan</source>
        <translation>Cargar el plan de ejemplo</translation>
    </message>
    <message>
        <source>This database is empty. Load the bundled sample plan — a Tehran protocol office with delegations to Buenos Aires and Tokyo, a mayors&apos; summit, counterparts and commitments — to see the app at work?</source>
        <translation>Esta base de datos está vacía. ¿Desea cargar el plan de ejemplo incluido —una oficina de protocolo de Teherán con delegaciones a Buenos Aires y Tokio, una cumbre de alcaldes, contrapartes y compromisos— para ver la aplicación en funcionamiento?</translation>
    </message>
    <message>
        <source>This database already holds records. Add the sample plan to them anyway?</source>
        <translation>Esta base de datos ya contiene registros. ¿Desea añadirles de todos modos el plan de ejemplo?</translation>
    </message>
    <message>
        <source>Loading the sample plan…</source>
        <translation>Cargando el plan de ejemplo…</translation>
    </message>
    <message>
        <source>Sample plan loaded.</source>
        <translation>Plan de ejemplo cargado.</translation>
    </message>
    <message>
        <source>Sample plan not loaded</source>
        <translation>No se cargó el plan de ejemplo</translation>
    </message>
    <message>
        <source>About delegate_app</source>
        <translation>Acerca de delegate_app</translation>
    </message>
    <message>
        <source>&lt;b&gt;delegate_app {version}&lt;/b&gt;&lt;p&gt;Plans mayors&apos; summits and delegation visits for a city&apos;s protocol office.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;</source>
        <translation>&lt;b&gt;delegate_app {version}&lt;/b&gt;&lt;p&gt;Planifica cumbres de alcaldes y visitas de delegaciones para la oficina de protocolo de una ciudad.&lt;/p&gt;&lt;p&gt;Base de datos: {db}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un colega</translation>
    </message>
    <message>
        <source>{who} saved this {noun} first</source>
        <translation>{who} guardó primero este registro ({noun})</translation>
    </message>
    <message>
        <source>meanwhile</source>
        <translation>mientras tanto</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; saved this {noun} ({when}) while you were editing it, so your save was not made. Choose for each field which value to keep; nothing you typed is lost. &lt;i&gt;Back to my form&lt;/i&gt; returns to your form as you left it.</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; guardó este registro ({noun}) ({when}) mientras usted lo editaba, por lo que su cambio no se guardó. Elija en cada campo qué valor conservar; no se pierde nada de lo que escribió. &lt;i&gt;Volver a mi formulario&lt;/i&gt; le devuelve a su formulario tal como lo dejó.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>{who}&apos;s</source>
        <translation>El de {who}</translation>
    </message>
    <message>
        <source>you changed this</source>
        <translation>usted cambió esto</translation>
    </message>
    <message>
        <source>as you found it</source>
        <translation>tal como lo encontró</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Guardar mis elecciones</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Todo lo mío</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Todo lo del colega</translation>
    </message>
    <message>
        <source>Back to my form</source>
        <translation>Volver a mi formulario</translation>
    </message>
    <message>
        <source>Not saved yet: a colleague saved this {noun} first. Your values are all still here; press OK to compare them field by field again.</source>
        <translation>Aún no se ha guardado: un colega guardó primero este registro ({noun}). Todos sus valores siguen aquí; pulse Aceptar para compararlos de nuevo campo por campo.</translation>
    </message>
    <message>
        <source>The change made as the connection dropped was saved.</source>
        <translation>El cambio hecho cuando se cortó la conexión se guardó.</translation>
    </message>
    <message>
        <source>The change made as the connection dropped was NOT saved; make it again.</source>
        <translation>El cambio hecho cuando se cortó la conexión NO se guardó; hágalo de nuevo.</translation>
    </message>
    <message>
        <source>{who} deleted this {noun} ({when}) while you were editing it; it can no longer be saved.</source>
        <translation>{who} eliminó este registro ({noun}) ({when}) mientras usted lo editaba; ya no se puede guardar.</translation>
    </message>
    <message>
        <source>{who} changed this {noun} ({when}) while you were editing it. What you typed is kept; when you save, you choose field by field between yours and theirs.</source>
        <translation>{who} cambió este registro ({noun}) ({when}) mientras usted lo editaba. Lo que escribió se conserva; al guardar, elegirá campo por campo entre sus valores y los del colega.</translation>
    </message>
    <message>
        <source>some</source>
        <translation>varios</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>Signed in as {name} — {role}</source>
        <translation>Sesión iniciada como {name} — {role}</translation>
    </message>
    <message>
        <source>roles do not apply on one workstation</source>
        <translation>los roles no se aplican en un solo puesto de trabajo</translation>
    </message>
    <message>
        <source>not one of the office&apos;s officers: the database&apos;s own rights apply</source>
        <translation>no es uno de los funcionarios de la oficina: se aplican los derechos propios de la base de datos</translation>
    </message>
    <message>
        <source>Read only: every change is greyed out, and the database refuses it anyway.</source>
        <translation>Solo lectura: todo cambio aparece desactivado, y la base de datos lo rechaza de todos modos.</translation>
    </message>
    <message>
        <source>The office database cannot be reached. What is open stays readable; changes cannot be saved until the connection is back. Reconnecting by itself…</source>
        <translation>No se puede acceder a la base de datos de la oficina. Lo abierto sigue legible; no se pueden guardar cambios hasta que vuelva la conexión. Reconectando automáticamente…</translation>
    </message>
    <message>
        <source>Connected to the office database again; what is shown is up to date.</source>
        <translation>De nuevo conectado a la base de datos de la oficina; lo que se muestra está al día.</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} cambió {what}</translation>
    </message>
    <message>
        <source>The connection dropped while saving. Whether the change went in is asked of the server as soon as it is back, and you will be told; do not make it again until then.</source>
        <translation>La conexión se cortó al guardar. En cuanto vuelva, se preguntará al servidor si el cambio quedó registrado y se le informará; no lo repita hasta entonces.</translation>
    </message>
    <message>
        <source>Saved — the connection dropped as it was saved, and the server confirms it is in (once). It cannot be undone with Ctrl+Z.</source>
        <translation>Guardado: la conexión se cortó al guardar y el servidor confirma que quedó registrado (una sola vez). No se puede deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not saved: the connection dropped before the save went through. Your values are still here; save again once the connection is back.</source>
        <translation>No se guardó: la conexión se cortó antes de completar el guardado. Sus valores siguen aquí; guarde de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Filter {title}…  (Ctrl+F)</source>
        <translation>Filtrar {title}…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} registros</translation>
    </message>
    <message>
        <source>nothing matches the filter (of {text})</source>
        <translation>nada coincide con el filtro (de {text})</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Seleccione un registro para verlo aquí.</translation>
    </message>
    <message>
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Relationship with us</source>
        <translation>Relación con nosotros</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source> — {done} of {n} commitments done</source>
        <translation> — {done} de {n} compromisos cumplidos</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>Marcar como cumplido</translation>
    </message>
    <message>
        <source>No cities yet — New city (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation>Aún no hay ciudades — Nueva ciudad (Ctrl+N), o cargue el plan de ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>New partnership…</source>
        <translation>Nuevo acuerdo de cooperación…</translation>
    </message>
    <message>
        <source>Edit partnership…</source>
        <translation>Editar acuerdo de cooperación…</translation>
    </message>
    <message>
        <source>Attach agreement…</source>
        <translation>Adjuntar convenio…</translation>
    </message>
    <message>
        <source>Open agreement</source>
        <translation>Abrir convenio</translation>
    </message>
    <message>
        <source>Commitments report…</source>
        <translation>Informe de compromisos…</translation>
    </message>
    <message>
        <source>Mark the agreement fulfilled</source>
        <translation>Marcar el convenio como cumplido</translation>
    </message>
    <message>
        <source>{country} · local time now {now}</source>
        <translation>{country} · hora local ahora {now}</translation>
    </message>
    <message>
        <source>Partnerships with our city</source>
        <translation>Acuerdos de cooperación con nuestra ciudad</translation>
    </message>
    <message>
        <source>No partnership recorded.</source>
        <translation>No hay acuerdos de cooperación registrados.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Convenios</translation>
    </message>
    <message>
        <source>What we owe them ({n})</source>
        <translation>Lo que les debemos ({n})</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <source>What they owe us ({n})</source>
        <translation>Lo que nos deben ({n})</translation>
    </message>
    <message>
        <source>Delegations both ways</source>
        <translation>Delegaciones en ambos sentidos</translation>
    </message>
    <message>
        <source>City officials on file</source>
        <translation>Autoridades de la ciudad registradas</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>People on file</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{date} — {n} days late</source>
        <translation>{date} — {n} días de retraso</translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation>{date} — vencido</translation>
    </message>
    <message>
        <source>{date} — today</source>
        <translation>{date} — hoy</translation>
    </message>
    <message>
        <source>we owe {n}</source>
        <translation>debemos {n}</translation>
    </message>
    <message>
        <source>they owe {n}</source>
        <translation>nos deben {n}</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n} vencidos</translation>
    </message>
    <message>
        <source>{n} kept</source>
        <translation>{n} cumplidos</translation>
    </message>
    <message>
        <source>City / commitment</source>
        <translation>Ciudad / compromiso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>recorded as {status}</source>
        <translation>registrado como {status}</translation>
    </message>
    <message>
        <source> (counted in {zone} time, where the owner works)</source>
        <translation> (contado en la hora de {zone}, donde trabaja el responsable)</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>{status} · {priority} priority</source>
        <translation>{status} · prioridad {priority}</translation>
    </message>
    <message>
        <source>Owner on our side</source>
        <translation>Responsable de nuestra parte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Promised at</source>
        <translation>Prometido en</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Notes — never shared</source>
        <translation>Notas — nunca se comparten</translation>
    </message>
    <message>
        <source>Export commitments</source>
        <translation>Exportar compromisos</translation>
    </message>
    <message>
        <source>Tasks for calendars (*.ics);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Tareas para calendarios (*.ics);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Commitments not exported</source>
        <translation>No se exportaron los compromisos</translation>
    </message>
    <message>
        <source>{n} commitments exported to {path}</source>
        <translation>{n} compromisos exportados a {path}</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Abiertos o en curso</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>No commitments match — promises made at meetings, summits and in agreements are tracked here. Record one (Ctrl+N), record a meeting&apos;s outcome from a delegation, or clear the filters.</source>
        <translation>Ningún compromiso coincide — aquí se da seguimiento a las promesas hechas en reuniones, cumbres y convenios. Registre uno (Ctrl+N), registre el resultado de una reunión desde una delegación o quite los filtros.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Marcar como cumplido…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Abandonar…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Export tasks…</source>
        <translation>Exportar tareas…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Any city</source>
        <translation>Cualquier ciudad</translation>
    </message>
    <message>
        <source>Any counterpart</source>
        <translation>Cualquier contraparte</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>&amp;Group by city</source>
        <translation>&amp;Agrupar por ciudad</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>{step}: {what}</source>
        <translation>{step}: {what}</translation>
    </message>
    <message>
        <source>Commitments report — {city}</source>
        <translation>Informe de compromisos — {city}</translation>
    </message>
    <message>
        <source>from {city}</source>
        <translation>de {city}</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No delegations yet — New delegation (Ctrl+N), or load the sample plan from the File menu to see a real office at work.</source>
        <translation>Aún no hay delegaciones — Nueva delegación (Ctrl+N), o cargue el plan de ejemplo desde el menú Archivo para ver una oficina real en funcionamiento.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a delegation, in its tab</comment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplicar…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <source>Saved delegation — Ctrl+Z undoes it</source>
        <translation>Delegación guardada — Ctrl+Z lo deshace</translation>
    </message>
    <message>
        <source>Duplicate delegation</source>
        <translation>Duplicar delegación</translation>
    </message>
    <message>
        <source>Copy “{title}” as a template: members and programme are copied, every item tentative. Move the dates by how many days?</source>
        <translation>Copiar «{title}» como plantilla: se copian los miembros y el programa, y cada punto queda como provisional. ¿Cuántos días desea desplazar las fechas?</translation>
    </message>
    <message>
        <source>Duplicate {title}</source>
        <translation>Duplicar {title}</translation>
    </message>
    <message>
        <source>Archive {title}</source>
        <translation>Archivar {title}</translation>
    </message>
    <message>
        <source>Unarchive {title}</source>
        <translation>Desarchivar {title}</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>Eliminar delegación</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} itinerary items and {m} members?

You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar «{title}» con sus {n} puntos del itinerario y {m} miembros?

Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Eliminar {title}</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Delegation in order of precedence</source>
        <translation>Delegación por orden de precedencia</translation>
    </message>
    <message>
        <source>Programme (local times)</source>
        <translation>Programa (horas locales)</translation>
    </message>
    <message>
        <source>No itinerary items yet.</source>
        <translation>Aún no hay puntos en el itinerario.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>{verb} {noun} — Ctrl+Z undoes it, Ctrl+Shift+Z redoes it</source>
        <translation>{verb}: {noun} — Ctrl+Z lo deshace, Ctrl+Shift+Z lo rehace</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Given / received</source>
        <translation>Entregado / recibido</translation>
    </message>
    <message>
        <source>Giver</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>Where it is now</source>
        <translation>Dónde está ahora</translation>
    </message>
    <message>
        <source>No gifts recorded — Record a gift (Ctrl+N) each time one is given or received; public-ethics rules ask for a yearly register.</source>
        <translation>No hay obsequios registrados — Registre un obsequio (Ctrl+N) cada vez que se entregue o reciba uno; las normas de ética pública exigen un registro anual.</translation>
    </message>
    <message>
        <source>Export yearly register…</source>
        <translation>Exportar el registro anual…</translation>
    </message>
    <message>
        <source>Which year?</source>
        <translation>¿Qué año?</translation>
    </message>
    <message>
        <source>Export the gift register</source>
        <translation>Exportar el registro de obsequios</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Register not exported</source>
        <translation>No se exportó el registro</translation>
    </message>
    <message>
        <source>{n} gifts of {year} exported to {path}</source>
        <translation>{n} obsequios de {year} exportados a {path}</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Ocasión</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valor estimado</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>No organisations yet — New organisation (Ctrl+N): networks such as C40 or UCLG, city governments, embassies, ministries.</source>
        <translation>Aún no hay organizaciones — Nueva organización (Ctrl+N): redes como C40 o CGLU, gobiernos locales, embajadas, ministerios.</translation>
    </message>
    <message>
        <source>Add member city…</source>
        <translation>Añadir ciudad miembro…</translation>
    </message>
    <message>
        <source>End a membership…</source>
        <translation>Dar de baja una membresía…</translation>
    </message>
    <message>
        <source>Add a member city to {name}</source>
        <translation>Añadir una ciudad miembro a {name}</translation>
    </message>
    <message>
        <source>Add member to {name}</source>
        <translation>Añadir miembro a {name}</translation>
    </message>
    <message>
        <source>No current members</source>
        <translation>Sin miembros actuales</translation>
    </message>
    <message>
        <source>This organisation has no current member cities.</source>
        <translation>Esta organización no tiene ciudades miembro actuales.</translation>
    </message>
    <message>
        <source>End a membership of {name}</source>
        <translation>Dar de baja una membresía de {name}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Member cities ({n})</source>
        <translation>Ciudades miembro ({n})</translation>
    </message>
    <message>
        <source>Former members</source>
        <translation>Antiguos miembros</translation>
    </message>
    <message>
        <source>New partnership with {city}</source>
        <translation>Nuevo acuerdo de cooperación con {city}</translation>
    </message>
    <message>
        <source>No partnership</source>
        <translation>Sin acuerdo de cooperación</translation>
    </message>
    <message>
        <source>{city} has no partnership with us yet — New partnership first.</source>
        <translation>{city} aún no tiene ningún acuerdo de cooperación con nosotros — primero, Nuevo acuerdo de cooperación.</translation>
    </message>
    <message>
        <source>Which partnership?</source>
        <translation>¿Qué acuerdo de cooperación?</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Adjuntar el convenio firmado</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.odt *.jpg *.png)</source>
        <translation>Documentos (*.pdf *.docx *.odt *.jpg *.png)</translation>
    </message>
    <message>
        <source>Attach {file}</source>
        <translation>Adjuntar {file}</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Sin documento</translation>
    </message>
    <message>
        <source>No signed agreement is attached yet.</source>
        <translation>Aún no se ha adjuntado ningún convenio firmado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>No people yet — add our officials and the counterparts you meet with New person (Ctrl+N), or load the sample plan from the File menu.</source>
        <translation>Aún no hay personas — añada a nuestras autoridades y a las contrapartes con quienes se reúne con Nueva persona (Ctrl+N), o cargue el plan de ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation>Poner foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Change of office…</source>
        <translation>Cambio de cargo…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elija una foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Photo not set</source>
        <translation>No se puso la foto</translation>
    </message>
    <message>
        <source>Set photo of {name}</source>
        <translation>Poner la foto de {name}</translation>
    </message>
    <message>
        <source>Remove photo of {name}</source>
        <translation>Quitar la foto de {name}</translation>
    </message>
    <message>
        <source>Change of office — {name}</source>
        <translation>Cambio de cargo — {name}</translation>
    </message>
    <message>
        <source>Change of office</source>
        <translation>Cambio de cargo</translation>
    </message>
    <message>
        <source>{name} leaves the position “{position}”.</source>
        <translation>{name} deja el cargo de «{position}».</translation>
    </message>
    <message>
        <source>&amp;Last day in office</source>
        <translation>Ú&amp;ltimo día en el cargo</translation>
    </message>
    <message>
        <source>&amp;Successor</source>
        <translation>&amp;Sucesor</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(aún no se sabe)</translation>
    </message>
    <message>
        <source>Change of office of {name}</source>
        <translation>Cambio de cargo de {name}</translation>
    </message>
    <message>
        <source>In a letter</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <source>In speech</source>
        <translation>De palabra</translation>
    </message>
    <message>
        <source>Precedence rank</source>
        <translation>Rango de precedencia</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Orden del nombre</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografía</translation>
    </message>
    <message>
        <source>Positions held</source>
        <translation>Cargos desempeñados</translation>
    </message>
    <message>
        <source>History with us</source>
        <translation>Historial con nosotros</translation>
    </message>
    <message>
        <source>No delegations, meetings, commitments or gifts recorded yet.</source>
        <translation>Aún no hay delegaciones, reuniones, compromisos ni obsequios registrados.</translation>
    </message>
    <message>
        <source>Notes — never shared with hosts</source>
        <translation>Notas — nunca se comparten con los anfitriones</translation>
    </message>
    <message>
        <source>Host city</source>
        <translation>Ciudad anfitriona</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Our delegations</source>
        <translation>Nuestras delegaciones</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>No summits yet — New summit (Ctrl+N), or load the sample plan from the File menu to see one with its programme of sessions.</source>
        <translation>Aún no hay cumbres — Nueva cumbre (Ctrl+N), o cargue el plan de ejemplo desde el menú Archivo para ver una con su programa de sesiones.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <source>Programme…</source>
        <translation>Programa…</translation>
    </message>
    <message>
        <source>Delete summit</source>
        <translation>Eliminar cumbre</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {n} sessions? Delegations attending keep their items. You can undo this with Ctrl+Z.</source>
        <translation>¿Eliminar «{title}» con sus {n} sesiones? Las delegaciones que asisten conservan sus puntos. Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export the programme</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <source>Programme exported to {path}</source>
        <translation>Programa exportado a {path}</translation>
    </message>
    <message>
        <source>Exporting the programme…</source>
        <translation>Exportando el programa…</translation>
    </message>
    <message>
        <source>Freeze the summit&apos;s programme as it stands as the next numbered version, to send out</source>
        <translation>Fijar el programa de la cumbre tal como está como la siguiente versión numerada, para enviarla</translation>
    </message>
    <message>
        <source>The versions issued: what changed since, change sheets, the programme of a version</source>
        <translation>Las versiones emitidas: qué cambió desde entonces, hojas de cambios, el programa de una versión</translation>
    </message>
    <message>
        <source>Programme — {title}</source>
        <translation>Programa — {title}</translation>
    </message>
    <message>
        <source>New session {title}</source>
        <translation>Nueva sesión {title}</translation>
    </message>
    <message>
        <source>Edit session {title}</source>
        <translation>Editar sesión {title}</translation>
    </message>
    <message>
        <source>Our delegations attending</source>
        <translation>Nuestras delegaciones asistentes</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>No sessions yet — New session (Ctrl+Shift+N).</source>
        <translation>Aún no hay sesiones — Nueva sesión (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>home</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Sin responsable aún</translation>
    </message>
    <message>
        <source>and {n} more owners ({count} commitments)</source>
        <translation>y {n} responsables más ({count} compromisos)</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>Gathering today…</source>
        <translation>Reuniendo el día de hoy…</translation>
    </message>
    <message>
        <source>Today could not be gathered: {why}</source>
        <translation>No se pudo reunir Hoy: {why}</translation>
    </message>
    <message>
        <source>{late} overdue · {soon} due within 14 days</source>
        <translation>{late} vencidos · {soon} vencen en los próximos 14 días</translation>
    </message>
    <message>
        <source>Nothing needs your attention. With an empty database, load the sample plan (File ▸ Load sample plan) or add people and cities to begin.</source>
        <translation>Nada requiere su atención. Con una base de datos vacía, cargue el plan de ejemplo (Archivo ▸ Cargar el plan de ejemplo) o añada personas y ciudades para empezar.</translation>
    </message>
    <message>
        <source>Overdue commitments, by owner ({n})</source>
        <translation>Compromisos vencidos, por responsable ({n})</translation>
    </message>
    <message>
        <source>Under way — today and tomorrow</source>
        <translation>En curso — hoy y mañana</translation>
    </message>
    <message>
        <source>No delegation is travelling or visiting today.</source>
        <translation>Ninguna delegación viaja ni nos visita hoy.</translation>
    </message>
    <message>
        <source>Due within 14 days, by owner ({n})</source>
        <translation>Vencen en los próximos 14 días, por responsable ({n})</translation>
    </message>
    <message>
        <source>Conflicts in upcoming itineraries</source>
        <translation>Conflictos en los próximos itinerarios</translation>
    </message>
    <message>
        <source>Coming up: delegations</source>
        <translation>Próximamente: delegaciones</translation>
    </message>
    <message>
        <source>Coming up: summits</source>
        <translation>Próximamente: cumbres</translation>
    </message>
    <message>
        <source>Partnerships up for renewal</source>
        <translation>Acuerdos de cooperación por renovar</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>{n} commitments are overdue:</source>
        <translation>{n} compromisos están vencidos:</translation>
    </message>
    <message>
        <source>1 commitment is overdue:</source>
        <translation>1 compromiso está vencido:</translation>
    </message>
    <message>
        <source>{n} commitments became overdue since you last looked:</source>
        <translation>{n} compromisos vencieron desde la última vez que miró:</translation>
    </message>
    <message>
        <source>1 commitment became overdue since you last looked:</source>
        <translation>1 compromiso venció desde la última vez que miró:</translation>
    </message>
    <message>
        <source>No version issued yet: Issue version… on the Summits toolbar freezes the summit&apos;s programme as version 1.</source>
        <translation>Aún no se ha emitido ninguna versión: Emitir versión… en la barra de herramientas de Cumbres fija el programa de la cumbre como versión 1.</translation>
    </message>
    <message>
        <source>P&amp;rogramme of this version…</source>
        <translation>P&amp;rograma de esta versión…</translation>
    </message>
    <message>
        <source>Programme, version {n} — {title}</source>
        <translation>Programa, versión {n} — {title}</translation>
    </message>
    <message>
        <source>itinerary item</source>
        <translation>punto del itinerario</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder {folder} cannot be made ({reason}).</source>
        <translation>No se puede crear la base de datos {path}: no se puede crear su carpeta {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file inside it.</source>
        <translation>{path} es una carpeta; indique la ruta de un archivo de base de datos dentro de ella.</translation>
    </message>
    <message>
        <source>The office database cannot be reached right now, so nothing was saved. What is open stays readable; delegate_app reconnects by itself — try again in a moment.</source>
        <translation>En este momento no se puede acceder a la base de datos de la oficina, así que no se guardó nada. Lo abierto sigue legible; delegate_app se reconecta automáticamente: vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The connection to the office database dropped while your change was being saved. delegate_app asks the server whether it was saved as soon as it is back; do not make the change again until then.</source>
        <translation>La conexión con la base de datos de la oficina se cortó mientras se guardaba su cambio. delegate_app preguntará al servidor si se guardó en cuanto vuelva la conexión; no repita el cambio hasta entonces.</translation>
    </message>
    <message>
        <source>Your role does not allow this, so nothing was changed (the database said: {detail}).</source>
        <translation>Su rol no permite esta acción, así que no se modificó nada (la base de datos indicó: {detail}).</translation>
    </message>
    <message>
        <source>{user} may no longer sign in to the office database (the officer was removed); ask IT or the head of protocol.</source>
        <translation>{user} ya no puede iniciar sesión en la base de datos de la oficina (el funcionario fue dado de baja); consulte a Sistemas o al jefe de protocolo.</translation>
    </message>
    <message>
        <source>Wrong password for {user}.</source>
        <translation>Contraseña incorrecta para {user}.</translation>
    </message>
    <message>
        <source>The office database asks {user} for a password: keep it in the PostgreSQL password file ({file}) or in the address.</source>
        <translation>La base de datos de la oficina pide una contraseña a {user}: guárdela en el archivo de contraseñas de PostgreSQL ({file}) o en la dirección.</translation>
    </message>
    <message>
        <source>There is no officer named {user} on this database server, or no such database; check the address.</source>
        <translation>No hay ningún funcionario llamado {user} en este servidor de base de datos, o no existe esa base de datos; revise la dirección.</translation>
    </message>
    <message>
        <source>{user} is not an officer of this office database; ask IT to add them.</source>
        <translation>{user} no es funcionario de esta base de datos de la oficina; pida a Sistemas que lo agregue.</translation>
    </message>
    <message>
        <source>The office database refused to sign in {user}: {reason}.</source>
        <translation>La base de datos de la oficina rechazó el inicio de sesión de {user}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}.</source>
        <translation>No se puede abrir la base de datos {path}: {reason}.</translation>
    </message>
    <message>
        <source> under another name (a link to the same file)</source>
        <translation> con otro nombre (un enlace al mismo archivo)</translation>
    </message>
    <message>
        <source>The database {path} is already open in delegate_app{alias}{holder}. Close it there first.</source>
        <translation>La base de datos {path} ya está abierta en delegate_app{alias}{holder}. Ciérrela allí primero.</translation>
    </message>
    <message>
        <source> by {user} on {host} (process {pid}, since {since})</source>
        <translation> por {user} en {host} (proceso {pid}, desde {since})</translation>
    </message>
    <message>
        <source>This installation has no database migrations.</source>
        <translation>Esta instalación no incluye las migraciones de la base de datos.</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of delegate_app (schema {revision}). Update delegate_app to open it; the database was left untouched.</source>
        <translation>La base de datos {where} fue escrita por una versión más reciente de delegate_app (esquema {revision}). Actualice delegate_app para abrirla; la base de datos no se ha tocado.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target} ({reason}).</source>
        <translation>No se pudo escribir la copia de seguridad en {target} ({reason}).</translation>
    </message>
    <message>
        <source>{database} holds tables of another application; delegate_app will not touch it. Choose a new file or an empty database.</source>
        <translation>{database} contiene tablas de otra aplicación; delegate_app no la tocará. Elija un archivo nuevo o una base de datos vacía.</translation>
    </message>
    <message>
        <source>The database needs an upgrade to schema {head} that only its owner may run: ask IT to run {command} (or {init}) with the administrator&apos;s address. Nothing was changed.</source>
        <translation>La base de datos necesita actualizarse al esquema {head}, algo que solo su propietario puede hacer: pida a Sistemas que ejecute {command} (o {init}) con la dirección del administrador. No se modificó nada.</translation>
    </message>
    <message>
        <source>The database could not be upgraded from schema {before} to {head}. Nothing was changed.{kept} The details are in the log file {log}.</source>
        <translation>No se pudo actualizar la base de datos del esquema {before} al {head}. No se modificó nada.{kept} Los detalles figuran en el archivo de registro {log}.</translation>
    </message>
    <message>
        <source> A backup taken before the attempt is at {backup}.</source>
        <translation> Hay una copia de seguridad tomada antes del intento en {backup}.</translation>
    </message>
    <message>
        <source>The upgrade would leave records pointing at missing records in {tables}; it was rolled back and nothing was changed.</source>
        <translation>La actualización dejaría registros que remiten a registros inexistentes en {tables}; se revirtió y no se modificó nada.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{names} cannot be in both “{first}” and “{second}”: they overlap from {clock}.</source>
        <translation>{names} no puede estar a la vez en «{first}» y en «{second}»: se superponen desde el {clock}.</translation>
    </message>
    <message>
        <source>after landing</source>
        <translation>después del aterrizaje</translation>
    </message>
    <message>
        <source>to get to another city</source>
        <translation>para llegar a otra ciudad</translation>
    </message>
    <message>
        <source>to get across town</source>
        <translation>para cruzar la ciudad</translation>
    </message>
    <message>
        <source>Only {minutes} min between “{first}” (ends {clock}) and “{second}”; allow at least {want} min {why}.</source>
        <translation>Solo {minutes} min entre «{first}» (termina el {clock}) y «{second}»; prevea al menos {want} min {why}.</translation>
    </message>
    <message>
        <source>“{title}” ({day}) falls outside the delegation&apos;s dates ({first} – {last}).</source>
        <translation>«{title}» ({day}) queda fuera de las fechas de la delegación ({first} – {last}).</translation>
    </message>
    <message>
        <source>“{title}” runs at night local time ({start}–{end} {place}).</source>
        <translation>«{title}» se desarrolla de noche, hora local ({start}–{end} {place}).</translation>
    </message>
    <message>
        <source>{head} and {other} share no language ({ours} / {theirs}) and “{title}” has no interpreter.</source>
        <translation>{head} y {other} no comparten ningún idioma ({ours} / {theirs}) y «{title}» no tiene intérprete.</translation>
    </message>
    <message>
        <source>Nobody from the delegation takes part in “{title}”.</source>
        <translation>Nadie de la delegación participa en «{title}».</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>Say what was promised, e.g. “Send the tram study to the transport department”.</source>
        <translation>Indique lo prometido, p. ej. «Enviar el estudio del tranvía a la dirección de transporte».</translation>
    </message>
    <message>
        <source>The description is too long ({count} characters, at most {limit}); put details in the notes.</source>
        <translation>La descripción es demasiado larga ({count} caracteres, como máximo {limit}); ponga los detalles en las notas.</translation>
    </message>
    <message>
        <source>Check the due date.</source>
        <translation>Compruebe la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Choose the agreement this promise comes from.</source>
        <translation>Elija el convenio del que procede este compromiso.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>Las notas son demasiado largas.</translation>
    </message>
    <message>
        <source>The commitment is already “{status}”.</source>
        <translation>El compromiso ya está «{status}».</translation>
    </message>
    <message>
        <source>A {current} commitment cannot be marked “{target}”; reopen it first.</source>
        <translation>Un compromiso «{current}» no puede marcarse como «{target}»; reábralo primero.</translation>
    </message>
    <message>
        <source>Give the date it was done.</source>
        <translation>Indique la fecha en que se cumplió.</translation>
    </message>
    <message>
        <source>The date it was done cannot be in the future.</source>
        <translation>La fecha de cumplimiento no puede ser futura.</translation>
    </message>
    <message>
        <source>Check the date it was done.</source>
        <translation>Compruebe la fecha de cumplimiento.</translation>
    </message>
    <message>
        <source>Say how it was kept (a note), or attach the document that shows it, e.g. the letter sent.</source>
        <translation>Indique cómo se cumplió (una nota) o adjunte el documento que lo demuestre, p. ej. la carta enviada.</translation>
    </message>
    <message>
        <source>Say why it was dropped; the next officer will want to know.</source>
        <translation>Indique por qué se abandonó; el próximo funcionario querrá saberlo.</translation>
    </message>
    <message>
        <source>Say why it is reopened.</source>
        <translation>Indique por qué se reabre.</translation>
    </message>
    <message>
        <source>The attached document needs a file name.</source>
        <translation>El documento adjunto necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The document is too large (more than {size} MB).</source>
        <translation>El documento es demasiado grande (más de {size} MB).</translation>
    </message>
    <message>
        <source>The attached file is empty.</source>
        <translation>El archivo adjunto está vacío.</translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation>La nota es demasiado larga.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Head of protocol</source>
        <translation>Jefe de Protocolo</translation>
    </message>
    <message>
        <source>reads the programme; no internal notes, briefings or bookings</source>
        <translation>lee el programa; sin notas internas, informes ni reservas</translation>
    </message>
    <message>
        <source>plans and edits everything, reads internal notes</source>
        <translation>planifica y edita todo, lee las notas internas</translation>
    </message>
    <message>
        <source>as an officer, and also the office profile and archiving</source>
        <translation>como un funcionario, y además el perfil de la oficina y el archivo</translation>
    </message>
    <message>
        <source>this workstation</source>
        <translation>este puesto de trabajo</translation>
    </message>
    <message>
        <source>database owner</source>
        <translation>propietario de la base de datos</translation>
    </message>
    <message>
        <source>Signed in as {name}, with the role {role}: you may read the programme but not change it. Ask the head of protocol for an officer role.</source>
        <translation>Sesión iniciada como {name}, con el rol {role}: puede leer el programa pero no modificarlo. Pida al Jefe de Protocolo un rol de funcionario.</translation>
    </message>
    <message>
        <source>Signed in as {name}, with the role {role}: the record of changes is kept for officers and the head of protocol.</source>
        <translation>Sesión iniciada como {name}, con el rol {role}: el registro de cambios está reservado a los funcionarios y al Jefe de Protocolo.</translation>
    </message>
    <message>
        <source>Only the head of protocol may do this; {name} has the role {role}.</source>
        <translation>Solo el Jefe de Protocolo puede hacer esto; {name} tiene el rol {role}.</translation>
    </message>
    <message>
        <source>{person} is on the seating plan twice.</source>
        <translation>{person} figura dos veces en el plan de mesa.</translation>
    </message>
    <message>
        <source>no room given</source>
        <translation>sin sala indicada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The native name</source>
        <translation>El nombre en escritura original</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Las notas</translation>
    </message>
    <message>
        <source>The given name</source>
        <translation>El nombre de pila</translation>
    </message>
    <message>
        <source>The family name</source>
        <translation>El apellido</translation>
    </message>
    <message>
        <source>The native-script name</source>
        <translation>El nombre en escritura original</translation>
    </message>
    <message>
        <source>The honorific</source>
        <translation>El tratamiento</translation>
    </message>
    <message>
        <source>The position</source>
        <translation>El cargo</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>La sede</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The carrier</source>
        <translation>El transportista</translation>
    </message>
    <message>
        <source>The flight or train number</source>
        <translation>El número de vuelo o de tren</translation>
    </message>
    <message>
        <source>The language pair</source>
        <translation>El par de idiomas</translation>
    </message>
    <message>
        <source>The dress code</source>
        <translation>El código de vestimenta</translation>
    </message>
    <message>
        <source>The booking reference</source>
        <translation>La referencia de reserva</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The briefing</source>
        <translation>La nota informativa</translation>
    </message>
    <message>
        <source>The talking points</source>
        <translation>Los puntos de conversación</translation>
    </message>
    <message>
        <source>The acronym</source>
        <translation>La sigla</translation>
    </message>
    <message>
        <source>{label} is too long ({count} characters, at most {limit}).</source>
        <translation>{label}: texto demasiado largo ({count} caracteres, como máximo {limit}).</translation>
    </message>
    <message>
        <source>Give the city a name.</source>
        <translation>Indique el nombre de la ciudad.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. AR for Argentina.</source>
        <translation>Use el código de país de dos letras, p. ej. AR para Argentina.</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name. Use an IANA name such as America/Argentina/Buenos_Aires or Asia/Tehran.</source>
        <translation>«{zone}» no es el nombre de una zona horaria. Use un nombre IANA como America/Argentina/Buenos_Aires o Asia/Tehran.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>Latitude runs from -90 to 90.</source>
        <translation>La latitud va de -90 a 90.</translation>
    </message>
    <message>
        <source>Longitude runs from -180 to 180.</source>
        <translation>La longitud va de -180 a 180.</translation>
    </message>
    <message>
        <source>Population cannot be negative.</source>
        <translation>La población no puede ser negativa.</translation>
    </message>
    <message>
        <source>Give at least a family name or a given name.</source>
        <translation>Indique al menos un apellido o un nombre de pila.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address.</source>
        <translation>«{email}» no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Precedence rank runs from 1 (highest) to 9999.</source>
        <translation>El rango de precedencia va de 1 (el más alto) a 9999.</translation>
    </message>
    <message>
        <source>Use two- or three-letter language codes (fa, es, ja, en, ru): not {codes}.</source>
        <translation>Use códigos de idioma de dos o tres letras (fa, es, ja, en, ru), no {codes}.</translation>
    </message>
    <message>
        <source>Give the delegation a title, e.g. “Mayor of Tehran to Buenos Aires”.</source>
        <translation>Indique un título para la delegación, p. ej. «Alcalde de Teherán a Buenos Aires».</translation>
    </message>
    <message>
        <source>Choose the city the delegation comes from.</source>
        <translation>Elija la ciudad de origen de la delegación.</translation>
    </message>
    <message>
        <source>The delegation cannot end before it starts.</source>
        <translation>La delegación no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>A delegation lasts at most a year; check the dates.</source>
        <translation>Una delegación dura como máximo un año; compruebe las fechas.</translation>
    </message>
    <message>
        <source>The home city cannot also be a destination.</source>
        <translation>La ciudad de origen no puede ser también un destino.</translation>
    </message>
    <message>
        <source>Each destination once, please.</source>
        <translation>Cada destino una sola vez, por favor.</translation>
    </message>
    <message>
        <source>Give the item a title, e.g. “Meeting with the Jefe de Gobierno”.</source>
        <translation>Indique un título para el punto, p. ej. «Reunión con el Jefe de Gobierno».</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name, e.g. Asia/Tehran.</source>
        <translation>«{zone}» no es el nombre de una zona horaria, p. ej. Asia/Tehran.</translation>
    </message>
    <message>
        <source>Times must say which time zone they are in.</source>
        <translation>Las horas deben indicar su zona horaria.</translation>
    </message>
    <message>
        <source>The item must end after it starts (compare both in their zones).</source>
        <translation>El punto debe terminar después de empezar (compare ambas horas en sus zonas).</translation>
    </message>
    <message>
        <source>An item lasts at most a month; check the dates.</source>
        <translation>Un punto dura como máximo un mes; compruebe las fechas.</translation>
    </message>
    <message>
        <source>Choose who from the delegation takes part.</source>
        <translation>Elija quién de la delegación participa.</translation>
    </message>
    <message>
        <source>Latitude runs from -90 to 90 and longitude from -180 to 180.</source>
        <translation>La latitud va de -90 a 90 y la longitud de -180 a 180.</translation>
    </message>
    <message>
        <source>Give the summit a title, e.g. “U20 Mayors Summit 2027”.</source>
        <translation>Indique un título para la cumbre, p. ej. «Cumbre de Alcaldes U20 2027».</translation>
    </message>
    <message>
        <source>Choose the host city.</source>
        <translation>Elija la ciudad anfitriona.</translation>
    </message>
    <message>
        <source>The summit cannot end before it starts.</source>
        <translation>La cumbre no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Give the session a title, e.g. “Mayors&apos; plenary”.</source>
        <translation>Indique un título para la sesión, p. ej. «Plenario de alcaldes».</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>La sesión debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>A session lasts at most a day; check the times.</source>
        <translation>Una sesión dura como máximo un día; compruebe las horas.</translation>
    </message>
    <message>
        <source>Describe the gift, e.g. “Persian silk carpet, 70 × 110 cm”.</source>
        <translation>Describa el obsequio, p. ej. «Alfombra persa de seda, 70 × 110 cm».</translation>
    </message>
    <message>
        <source>Use the three-letter currency code, e.g. EUR, USD, IRR.</source>
        <translation>Use el código de moneda de tres letras, p. ej. EUR, USD, IRR.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>El valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>Give the currency of the value.</source>
        <translation>Indique la moneda del valor.</translation>
    </message>
    <message>
        <source>Check the date.</source>
        <translation>Compruebe la fecha.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name, e.g. “C40 Cities”.</source>
        <translation>Indique el nombre de la organización, p. ej. «C40 Cities».</translation>
    </message>
    <message>
        <source>A web address starts with https://</source>
        <translation>Una dirección web empieza por https://</translation>
    </message>
    <message>
        <source>Choose the partner city.</source>
        <translation>Elija la ciudad asociada.</translation>
    </message>
    <message>
        <source>A city cannot partner with itself.</source>
        <translation>Una ciudad no puede asociarse consigo misma.</translation>
    </message>
    <message>
        <source>It cannot expire before it was signed.</source>
        <translation>No puede vencer antes de haberse firmado.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Información previa</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos de conversación</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Referencia de reserva</translation>
    </message>
    <message>
        <source>Dress code</source>
        <translation>Vestimenta</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de servicio</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Contrapartes</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (todo el día)</translation>
    </message>
    <message>
        <source>{first}–{last} (all day)</source>
        <translation>{first}–{last} (todo el día)</translation>
    </message>
    <message>
        <source>{day}, {start}–{end} {place}{offset}</source>
        <translation>{day}, {start}–{end} {place}{offset}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end_day}, {end} {place}{offset}</source>
        <translation>{day}, {start} – {end_day}, {end} {place}{offset}</translation>
    </message>
    <message>
        <source>{day}, {start} {place}{offset} – {end_day}, {end} {end_place}</source>
        <translation>{day}, {start} {place}{offset} – {end_day}, {end} {end_place}</translation>
    </message>
    <message>
        <source>{was} → {now}</source>
        <translation>{was} → {now}</translation>
    </message>
    <message>
        <source>one day later</source>
        <translation>un día después</translation>
    </message>
    <message>
        <source>{n} days later</source>
        <translation>{n} días después</translation>
    </message>
    <message>
        <source>one day earlier</source>
        <translation>un día antes</translation>
    </message>
    <message>
        <source>{n} days earlier</source>
        <translation>{n} días antes</translation>
    </message>
    <message>
        <source>{was} → {now} ({shift})</source>
        <translation>{was} → {now} ({shift})</translation>
    </message>
    <message>
        <source>{label} (internal)</source>
        <translation>{label} (uso interno)</translation>
    </message>
    <message>
        <source>{label} added: “{text}”</source>
        <translation>{label}: se añadió “{text}”</translation>
    </message>
    <message>
        <source>{label} removed (was “{text}”)</source>
        <translation>{label}: se quitó (decía “{text}”)</translation>
    </message>
    <message>
        <source>{label}: “{was}” → “{now}”</source>
        <translation>{label}: “{was}” → “{now}”</translation>
    </message>
    <message>
        <source>{label} added: {names}</source>
        <translation>{label}, se suman: {names}</translation>
    </message>
    <message>
        <source>{label} dropped: {names}</source>
        <translation>{label}, se retiran: {names}</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>sin lugar indicado</translation>
    </message>
    <message>
        <source>Was {span}</source>
        <translation>Antes: {span}</translation>
    </message>
    <message>
        <source>Back on the programme: {span}</source>
        <translation>De nuevo en el programa: {span}</translation>
    </message>
    <message>
        <source>Kind: {was} → {now}</source>
        <translation>Tipo: {was} → {now}</translation>
    </message>
    <message>
        <source>The stored version cannot be read ({where}: {problem}).</source>
        <translation>No se puede leer la versión guardada ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The stored version has no schema number; it cannot be read.</source>
        <translation>La versión guardada no tiene número de esquema; no se puede leer.</translation>
    </message>
    <message>
        <source>This version was issued by a newer delegate_app; update delegate_app to read it.</source>
        <translation>Esta versión la emitió un delegate_app más reciente; actualice delegate_app para leerla.</translation>
    </message>
    <message>
        <source>The stored version is damaged and cannot be read.</source>
        <translation>La versión guardada está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>{where} holds a value over {limit:,} characters; values that long are refused.</source>
        <translation>{where} contiene un valor de más de {limit:,} caracteres; no se admiten valores tan largos.</translation>
    </message>
    <message>
        <source>The {kind} file has more than {limit:,} rows; split it and import the parts.</source>
        <translation>El archivo {kind} tiene más de {limit:,} filas; divídalo e importe las partes.</translation>
    </message>
    <message>
        <source>Row {row:,} of the {kind} file has values beyond its first {limit:,} columns; contacts tables that wide are refused.</source>
        <translation>La fila {row:,} del archivo {kind} tiene valores más allá de sus primeras {limit:,} columnas; no se admiten tablas de contactos tan anchas.</translation>
    </message>
    <message>
        <source>Row {row:,} of the {kind} file</source>
        <translation>La fila {row:,} del archivo {kind}</translation>
    </message>
    <message>
        <source>The {kind} file is empty.</source>
        <translation>El archivo {kind} está vacío.</translation>
    </message>
    <message>
        <source>The {kind} file has no name columns: the first row should hold headings such as given_name and family_name (or First name, Last name).</source>
        <translation>El archivo {kind} no tiene columnas de nombre: la primera fila debe contener encabezados como given_name y family_name (o First name, Last name).</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>fila {n}</translation>
    </message>
    <message>
        <source>Line {line:,} of the CSV file</source>
        <translation>La línea {line:,} del archivo CSV</translation>
    </message>
    <message>
        <source>The CSV file is damaged at line {line:,} ({reason}); save it again from the spreadsheet.</source>
        <translation>El archivo CSV está dañado en la línea {line:,} ({reason}); vuelva a guardarlo desde la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file</source>
        <translation>La tarjeta {card:,} del archivo vCard</translation>
    </message>
    <message>
        <source>card {n}</source>
        <translation>tarjeta {n}</translation>
    </message>
    <message>
        <source>The vCard file is damaged and cannot be read ({reason}).</source>
        <translation>El archivo vCard está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>The vCard file holds no cards.</source>
        <translation>El archivo vCard no contiene ninguna tarjeta.</translation>
    </message>
    <message>
        <source>The file is over {size} MB; split it and import the parts.</source>
        <translation>El archivo supera los {size} MB; divídalo e importe las partes.</translation>
    </message>
    <message>
        <source>Contacts are imported from .csv, .xlsx or .vcf files.</source>
        <translation>Los contactos se importan desde archivos .csv, .xlsx o .vcf.</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de comienzo</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is neither defined in the file nor a known zone</source>
        <translation>su zona horaria «{zone}» no está definida en el archivo ni es una zona conocida</translation>
    </message>
    <message>
        <source>its {what} ({name}) cannot be read</source>
        <translation>no se puede leer su {what} ({name})</translation>
    </message>
    <message>
        <source>its duration (DURATION) cannot be read</source>
        <translation>no se puede leer su duración (DURATION)</translation>
    </message>
    <message>
        <source>{label} has no end time; it was given one hour.</source>
        <translation>{label} no tiene hora de fin; se le asignó una hora.</translation>
    </message>
    <message>
        <source>its dates are outside the years {first}–{last}</source>
        <translation>sus fechas están fuera de los años {first}–{last}</translation>
    </message>
    <message>
        <source>its identifier (UID) is longer than {limit} characters (the limit)</source>
        <translation>su identificador (UID) tiene más de {limit} caracteres (el límite)</translation>
    </message>
    <message>
        <source>it has no start time (DTSTART)</source>
        <translation>no tiene hora de comienzo (DTSTART)</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>“{summary}” was not imported: {reason}.</source>
        <translation>«{summary}» no se importó: {reason}.</translation>
    </message>
    <message>
        <source>{expanded} recurring event(s) gave {count} occurrence(s); those outside the delegation&apos;s dates are listed apart.</source>
        <translation>{expanded} evento(s) periódico(s) dieron {count} repetición(es); las que quedan fuera de las fechas de la delegación se enumeran aparte.</translation>
    </message>
    <message>
        <source>Reading this calendar took longer than {limit:g} seconds (the limit); nothing was imported. Import a file with fewer repeating events.</source>
        <translation>La lectura de este calendario tardó más de {limit:g} segundos (el límite); no se importó nada. Importe un archivo con menos eventos periódicos.</translation>
    </message>
    <message>
        <source>The UID {uid} appears {count} times; the latest version was kept.</source>
        <translation>El UID {uid} aparece {count} veces; se conservó la versión más reciente.</translation>
    </message>
    <message>
        <source>The calendar file could not be read (an unexpected problem: {reason}); nothing was imported.</source>
        <translation>No se pudo leer el archivo de calendario (un problema inesperado: {reason}); no se importó nada.</translation>
    </message>
    <message>
        <source>The calendar holds no events.</source>
        <translation>El calendario no contiene eventos.</translation>
    </message>
    <message>
        <source>The calendar would give more than {limit:,} events and occurrences (the limit for one import); export a shorter period and try again.</source>
        <translation>El calendario daría más de {limit:,} eventos y repeticiones (el límite de una importación); exporte un período más corto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>its start time (DTSTART) cannot be read</source>
        <translation>no se puede leer su hora de comienzo (DTSTART)</translation>
    </message>
    <message>
        <source>its repetition rule (RRULE) cannot be read</source>
        <translation>no se puede leer su regla de repetición (RRULE)</translation>
    </message>
    <message>
        <source>its repetition rule could not be worked out within {limit:g} seconds (the limit)</source>
        <translation>su regla de repetición no pudo calcularse en {limit:g} segundos (el límite)</translation>
    </message>
    <message>
        <source>its repetition rule cannot be read</source>
        <translation>no se puede leer su regla de repetición</translation>
    </message>
    <message>
        <source>it repeats more than {cap:,} times (the limit for one repeating event); import a shorter series</source>
        <translation>se repite más de {cap:,} veces (el límite de un evento periódico); importe una serie más corta</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (byte {byte}); it was read as Windows-1252 — check accented names.</source>
        <translation>El archivo no es UTF-8 válido (byte {byte}); se leyó como Windows-1252 — revise los nombres con acentos.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{zone}” changes its offset more often than once a year, which no real time zone does; the file was not imported.</source>
        <translation>La zona horaria del archivo «{zone}» cambia su desfase más de una vez al año, algo que no hace ninguna zona horaria real; el archivo no se importó.</translation>
    </message>
    <message>
        <source>The file is {size} MB; calendars over {limit} MB are refused. Export a shorter period and try again.</source>
        <translation>El archivo ocupa {size} MB; no se admiten calendarios de más de {limit} MB. Exporte un período más corto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (no BEGIN:VCALENDAR).</source>
        <translation>Este no es un archivo iCalendar (falta BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>The calendar file was not imported: {problem}</source>
        <translation>No se importó el archivo de calendario: {problem}</translation>
    </message>
    <message>
        <source>The calendar file is damaged and cannot be read ({reason}).</source>
        <translation>El archivo de calendario está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>This is not an iCalendar file (no VCALENDAR).</source>
        <translation>Este no es un archivo iCalendar (falta VCALENDAR).</translation>
    </message>
    <message>
        <source>its time zone “{zone}” could not be worked out within {limit:g} seconds (the limit)</source>
        <translation>su zona horaria «{zone}» no pudo calcularse en {limit:g} segundos (el límite)</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is defined in a way that cannot be read</source>
        <translation>su zona horaria «{zone}» está definida de una forma que no se puede leer</translation>
    </message>
    <message>
        <source>Some times carry no time zone; they were read as {zone} time.</source>
        <translation>Algunas horas no indican zona horaria; se leyeron como hora de {zone}.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” was read as {zone} (the same UTC offsets on these dates).</source>
        <translation>La zona horaria del archivo «{label}» se leyó como {zone} (los mismos desfases respecto de UTC en estas fechas).</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” was read as {zone}, a fixed offset of {offset}.</source>
        <translation>La zona horaria del archivo «{label}» se leyó como {zone}, un desfase fijo de {offset}.</translation>
    </message>
    <message>
        <source>The file&apos;s time zone “{label}” matches no known time zone; its times were kept exactly and are shown in {zone} time.</source>
        <translation>La zona horaria del archivo «{label}» no coincide con ninguna zona conocida; sus horas se conservaron exactamente y se muestran en hora de {zone}.</translation>
    </message>
    <message>
        <source>The image is {width:,} × {height:,} pixels; images over {limit} million pixels are refused.</source>
        <translation>La imagen mide {width:,} × {height:,} píxeles; no se admiten imágenes de más de {limit} millones de píxeles.</translation>
    </message>
    <message>
        <source>The image has more pixels than it could ever need; images over {limit} million pixels are refused.</source>
        <translation>La imagen tiene más píxeles de los que podría necesitar; no se admiten imágenes de más de {limit} millones de píxeles.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read (use JPEG or PNG).</source>
        <translation>Este archivo no es una imagen legible (use JPEG o PNG).</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file carries a {what} over {size} MB; it is refused.</source>
        <translation>La tarjeta {card:,} del archivo vCard lleva un {what} de más de {size} MB; se rechaza.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has a {what} over {limit:,} characters; it is refused.</source>
        <translation>La tarjeta {card:,} del archivo vCard tiene un {what} de más de {limit:,} caracteres; se rechaza.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has more than {limit:,} lines; it is refused.</source>
        <translation>La tarjeta {card:,} del archivo vCard tiene más de {limit:,} líneas; se rechaza.</translation>
    </message>
    <message>
        <source>The vCard file holds more than {limit:,} cards; split it and import the parts.</source>
        <translation>El archivo vCard contiene más de {limit:,} tarjetas; divídalo e importe las partes.</translation>
    </message>
    <message>
        <source>Card {card:,} of the vCard file has cards nested more than {limit} deep; it is refused.</source>
        <translation>La tarjeta {card:,} del archivo vCard tiene tarjetas anidadas a más de {limit} niveles; se rechaza.</translation>
    </message>
    <message>
        <source>The Excel file is damaged and cannot be read; open it in Excel and save it again.</source>
        <translation>El archivo de Excel está dañado y no se puede leer; ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>The Excel file holds {parts:,} parts; workbooks over {limit:,} parts are refused.</source>
        <translation>El archivo Excel contiene {parts:,} partes; no se admiten libros de más de {limit:,} partes.</translation>
    </message>
    <message>
        <source>A part of the Excel file ({part}) unpacks to {size}; parts over {limit} unpacked, or packed more than {ratio} times, are refused.</source>
        <translation>Una parte del archivo Excel ({part}) ocupa {size} descomprimida; no se admiten partes de más de {limit} descomprimidas ni comprimidas más de {ratio} veces.</translation>
    </message>
    <message>
        <source>The Excel file unpacks to {size}; workbooks over {limit} unpacked are refused.</source>
        <translation>El archivo Excel ocupa {size} descomprimido; no se admiten libros de más de {limit} descomprimidos.</translation>
    </message>
    <message>
        <source>The Excel file carries an XML document type declaration, which workbooks never need; it is refused.</source>
        <translation>El archivo Excel lleva una declaración de tipo de documento XML, que los libros nunca necesitan; se rechaza.</translation>
    </message>
    <message>
        <source>Row {row:,} of the Excel file has {cells:,} cells; rows over {limit:,} cells are refused.</source>
        <translation>La fila {row:,} del archivo Excel tiene {cells:,} celdas; no se admiten filas de más de {limit:,} celdas.</translation>
    </message>
    <message>
        <source>The Excel file has more than {limit:,} rows (one reaches row {row:,}); split it and import the parts.</source>
        <translation>El archivo Excel tiene más de {limit:,} filas (una llega a la fila {row:,}); divídalo e importe las partes.</translation>
    </message>
    <message>
        <source>The Excel file has values beyond its first {limit:,} columns (row {row:,}); contacts tables that wide are refused.</source>
        <translation>El archivo Excel tiene valores más allá de sus primeras {limit:,} columnas (fila {row:,}); no se admiten tablas de contactos tan anchas.</translation>
    </message>
    <message>
        <source>Row {row:,} of the Excel file has more than {limit:,} cells; it is refused.</source>
        <translation>La fila {row:,} del archivo Excel tiene más de {limit:,} celdas; se rechaza.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>Este no es un libro de Excel (.xlsx) que se pueda leer.</translation>
    </message>
    <message>
        <source>The Excel file has no sheet to read.</source>
        <translation>El archivo Excel no tiene ninguna hoja que leer.</translation>
    </message>
    <message>
        <source>There is no delegation {number}.</source>
        <translation>No existe la delegación {number}.</translation>
    </message>
    <message>
        <source>Person {number} is not a member of “{title}”.</source>
        <translation>La persona {number} no es miembro de «{title}».</translation>
    </message>
    <message>
        <source>There is no summit {number}.</source>
        <translation>No existe la cumbre {number}.</translation>
    </message>
    <message>
        <source>“{name}” has no items to export; no file was written.</source>
        <translation>«{name}» no tiene puntos que exportar; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>There is already a city called {name} in {country}.</source>
        <translation>Ya hay una ciudad llamada {name} en {country}.</translation>
    </message>
    <message>
        <source>There is no person number {number}.</source>
        <translation>No existe la persona número {number}.</translation>
    </message>
    <message>
        <source>owned by {name}</source>
        <translation>a cargo de {name}</translation>
    </message>
    <message>
        <source>There is no city number {number}.</source>
        <translation>No existe la ciudad número {number}.</translation>
    </message>
    <message>
        <source>with {city}</source>
        <translation>con {city}</translation>
    </message>
    <message>
        <source>on file</source>
        <translation>registrados</translation>
    </message>
    <message>
        <source>Choose one of: {formats}.</source>
        <translation>Elija uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>No commitments {selection}: nothing to export, and no file was written.</source>
        <translation>No hay compromisos {selection}: nada que exportar, y no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>El período termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>There is no city {number}.</source>
        <translation>No existe la ciudad {number}.</translation>
    </message>
    <message>
        <source>That record no longer exists; choose again.</source>
        <translation>Ese registro ya no existe; vuelva a elegir.</translation>
    </message>
    <message>
        <source>This commitment no longer exists; someone may have deleted it.</source>
        <translation>Este compromiso ya no existe; es posible que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>That document is no longer on file.</source>
        <translation>Ese documento ya no está archivado.</translation>
    </message>
    <message>
        <source>No document is attached to this commitment.</source>
        <translation>Este compromiso no tiene ningún documento adjunto.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Este convenio ya no existe.</translation>
    </message>
    <message>
        <source>Only an agreement whose commitments are all done can be marked fulfilled ({done} of {count} done).</source>
        <translation>Solo un convenio con todos sus compromisos cumplidos puede marcarse como cumplido ({done} de {count} cumplidos).</translation>
    </message>
    <message>
        <source>precedence rank &apos;{rank}&apos; is not a number</source>
        <translation>el rango de precedencia «{rank}» no es un número</translation>
    </message>
    <message>
        <source>{where}: {label} “{name}” is not on file; left empty.</source>
        <translation>{where}: {label} «{name}» no está registrado; se dejó vacío.</translation>
    </message>
    <message>
        <source>{where}: the same person appears earlier in the file.</source>
        <translation>{where}: la misma persona aparece antes en el archivo.</translation>
    </message>
    <message>
        <source>{name} ({where}) is now on file</source>
        <translation>{name} ({where}) ya está registrado</translation>
    </message>
    <message>
        <source>the person of {where} was deleted</source>
        <translation>se eliminó a la persona de {where}</translation>
    </message>
    <message>
        <source>{name} ({where}) was changed at {when}</source>
        <translation>{name} ({where}) se modificó el {when}</translation>
    </message>
    <message>
        <source>Someone else saved these people after your preview: {shown}. Nothing was imported; preview the file again.</source>
        <translation>Otra persona guardó estas personas después de su vista previa: {shown}. No se importó nada; vuelva a generar la vista previa del archivo.</translation>
    </message>
    <message>
        <source>Another {label} now has the number {number}; cannot restore.</source>
        <translation>Otro registro ({label}) tiene ahora el número {number}; no se puede restaurar.</translation>
    </message>
    <message>
        <source>This {label} no longer exists.</source>
        <translation>Este registro ({label}) ya no existe.</translation>
    </message>
    <message>
        <source>--db needs a database file path or a database address.</source>
        <translation>--db necesita la ruta de un archivo de base de datos o la dirección de una base de datos.</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is neither a file path nor a database address such as postgresql://user@host/name.</source>
        <translation>«{given}» no es ni una ruta de archivo ni una dirección de base de datos como postgresql://user@host/name.</translation>
    </message>
    <message>
        <source>An in-memory database would be lost when the program ends; give a file path instead.</source>
        <translation>Una base de datos en memoria se perdería al cerrar el programa; indique en su lugar la ruta de un archivo.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or create one with `delegate-app demo` or by opening the app.</source>
        <translation>No hay ninguna base de datos en {path}. Compruebe la ruta, o cree una con `delegate-app demo` o abriendo la aplicación.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder} ({reason}).</source>
        <translation>No se puede crear la carpeta de datos {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Other accounts on this computer could read {names}{more}; now only you can.</source>
        <translation>Otras cuentas de este equipo podían leer {names}{more}; ahora solo usted puede hacerlo.</translation>
    </message>
    <message>
        <source>{database} cannot be opened: the database server does not answer. Check the address, and that the server is running and reachable.</source>
        <translation>No se puede abrir {database}: el servidor de base de datos no responde. Revise la dirección y que el servidor esté en marcha y accesible.</translation>
    </message>
    <message>
        <source>{database} cannot be opened as a delegate_app database ({reason}).</source>
        <translation>{database} no se puede abrir como base de datos de delegate_app ({reason}).</translation>
    </message>
    <message>
        <source>&apos;{given}&apos; is not a database address: {reason}</source>
        <translation>«{given}» no es una dirección de base de datos: {reason}</translation>
    </message>
    <message>
        <source> Install delegate-app[postgres] for PostgreSQL.</source>
        <translation> Instale delegate-app[postgres] para PostgreSQL.</translation>
    </message>
    <message>
        <source> delegate_app works with SQLite files and PostgreSQL.</source>
        <translation> delegate_app funciona con archivos SQLite y con PostgreSQL.</translation>
    </message>
    <message>
        <source>The driver for {database} is not installed ({driver}).{hint}</source>
        <translation>El controlador de {database} no está instalado ({driver}).{hint}</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>That city no longer exists; pick another.</source>
        <translation>Esa ciudad ya no existe; elija otra.</translation>
    </message>
    <message>
        <source>A destination no longer exists; pick again.</source>
        <translation>Un destino ya no existe; vuelva a elegir.</translation>
    </message>
    <message>
        <source>That summit no longer exists.</source>
        <translation>Esa cumbre ya no existe.</translation>
    </message>
    <message>
        <source>Each person can be listed once.</source>
        <translation>Cada persona puede figurar una sola vez.</translation>
    </message>
    <message>
        <source>Someone on the list no longer exists.</source>
        <translation>Alguien de la lista ya no existe.</translation>
    </message>
    <message>
        <source>This delegation no longer exists.</source>
        <translation>Esta delegación ya no existe.</translation>
    </message>
    <message>
        <source>The paper size is a4 or letter, not “{paper}”.</source>
        <translation>El tamaño del papel es a4 o letter, no «{paper}».</translation>
    </message>
    <message>
        <source>There is no image file {path}.</source>
        <translation>No existe el archivo de imagen {path}.</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image under 10 MB.</source>
        <translation>{file} no es una imagen PNG o JPEG de menos de 10 MB.</translation>
    </message>
    <message>
        <source>{file} cannot be read as an image.</source>
        <translation>{file} no se puede leer como imagen.</translation>
    </message>
    <message>
        <source>signed agreement</source>
        <translation>convenio firmado</translation>
    </message>
    <message>
        <source>signed agreements</source>
        <translation>convenios firmados</translation>
    </message>
    <message>
        <source>delegation visiting it</source>
        <translation>delegación que la visita</translation>
    </message>
    <message>
        <source>delegations visiting it</source>
        <translation>delegaciones que la visitan</translation>
    </message>
    <message>
        <source>delegation membership</source>
        <translation>participación en una delegación</translation>
    </message>
    <message>
        <source>delegation memberships</source>
        <translation>participaciones en delegaciones</translation>
    </message>
    <message>
        <source>itinerary items</source>
        <translation>puntos del itinerario</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>interpreting assignment</source>
        <translation>servicio de interpretación</translation>
    </message>
    <message>
        <source>interpreting assignments</source>
        <translation>servicios de interpretación</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>membresía</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>change of office</source>
        <translation>cambio de cargo</translation>
    </message>
    <message>
        <source>import of contacts</source>
        <translation>importación de contactos</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>This {label}{name} was changed by {who} at {when}, after you opened it. Your change was not saved: reopen it to see the latest version.</source>
        <translation>Este registro ({label}){name} fue modificado por {who} el {when}, después de que usted lo abriera. Su cambio no se guardó: vuelva a abrirlo para ver la versión más reciente.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>This {label} no longer exists; someone may have deleted it.</source>
        <translation>Este registro ({label}) ya no existe; es posible que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>{name} is still used by {uses}, so it cannot be deleted. Remove those links first.</source>
        <translation>{name} todavía se usa en {uses}, por lo que no se puede eliminar. Quite primero esos vínculos.</translation>
    </message>
    <message>
        <source>This {label} was changed by someone else while you were editing it. Your change was not saved: reopen it to see the latest version.</source>
        <translation>Otra persona modificó este registro ({label}) mientras usted lo editaba. Su cambio no se guardó: vuelva a abrirlo para ver la versión más reciente.</translation>
    </message>
    <message>
        <source>that person is already on the delegation&apos;s list</source>
        <translation>esa persona ya figura en la lista de la delegación</translation>
    </message>
    <message>
        <source>the meeting&apos;s outcome was recorded by someone else at the same moment</source>
        <translation>otra persona registró el resultado de la reunión en el mismo momento</translation>
    </message>
    <message>
        <source>that person is already on file</source>
        <translation>esa persona ya está registrada</translation>
    </message>
    <message>
        <source>a city of that name is already on file in that country</source>
        <translation>ya hay registrada una ciudad con ese nombre en ese país</translation>
    </message>
    <message>
        <source>an organisation of that name is already on file</source>
        <translation>ya hay registrada una organización con ese nombre</translation>
    </message>
    <message>
        <source>a theme of that name is already on file</source>
        <translation>ya hay registrado un tema con ese nombre</translation>
    </message>
    <message>
        <source>that item is already in the itinerary</source>
        <translation>ese punto ya figura en el itinerario</translation>
    </message>
    <message>
        <source>that commitment is already on file</source>
        <translation>ese compromiso ya está registrado</translation>
    </message>
    <message>
        <source> The details are in the log file {path}.</source>
        <translation> Los detalles figuran en el archivo de registro {path}.</translation>
    </message>
    <message>
        <source>another record already has the same name</source>
        <translation>otro registro ya tiene el mismo nombre</translation>
    </message>
    <message>
        <source>The {label} was not saved: {words}. Nothing was changed; reopen it to see the latest version and try again.</source>
        <translation>No se guardó el registro ({label}): {words}. No se modificó nada; vuelva a abrirlo para ver la versión más reciente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {label} was not saved: it points at a record someone else deleted, or a record it uses is still needed. Nothing was changed; reopen it and try again.</source>
        <translation>No se guardó el registro ({label}): remite a un registro que otra persona eliminó, o un registro que utiliza todavía es necesario. No se modificó nada; vuelva a abrirlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {label} was not saved: a value is outside what the database accepts. Nothing was changed.{logged}</source>
        <translation>No se guardó el registro ({label}): un valor está fuera de lo que admite la base de datos. No se modificó nada.{logged}</translation>
    </message>
    <message>
        <source>The database was busy with another save for too long; the {label} was not saved. Try again in a moment.</source>
        <translation>La base de datos estuvo ocupada con otro guardado demasiado tiempo; no se guardó el registro ({label}). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The {label} was not saved: a value is too long or out of range for the database. Nothing was changed.{logged}</source>
        <translation>No se guardó el registro ({label}): un valor es demasiado largo o está fuera del rango de la base de datos. No se modificó nada.{logged}</translation>
    </message>
    <message>
        <source>The database could not be reached, so the {label} was not saved. Try again; if it keeps happening, ask whoever looks after the database.{logged}</source>
        <translation>No se pudo acceder a la base de datos, por lo que no se guardó el registro ({label}). Inténtelo de nuevo; si sigue ocurriendo, consulte a quien administra la base de datos.{logged}</translation>
    </message>
    <message>
        <source>The database refused the {label}; nothing was changed.{logged}</source>
        <translation>La base de datos rechazó el registro ({label}); no se modificó nada.{logged}</translation>
    </message>
    <message>
        <source>There was not enough memory to finish; nothing more was done. Close other programs, or split the file, and try again.</source>
        <translation>No hubo memoria suficiente para terminar; no se hizo nada más. Cierre otros programas, o divida el archivo, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database could not be used; nothing was changed.{logged}</source>
        <translation>No se pudo utilizar la base de datos; no se modificó nada.{logged}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}); nothing more was done.{logged}</source>
        <translation>Ocurrió un error inesperado ({kind}); no se hizo nada más.{logged}</translation>
    </message>
    <message>
        <source>opened {name}</source>
        <translation>abrió {name}</translation>
    </message>
    <message>
        <source>started on {name}</source>
        <translation>empezó a trabajar en {name}</translation>
    </message>
    <message>
        <source>marked done {name}</source>
        <translation>marcó como cumplido {name}</translation>
    </message>
    <message>
        <source>dropped {name}</source>
        <translation>abandonó {name}</translation>
    </message>
    <message>
        <source>{kind} #{number} (since deleted)</source>
        <translation>{kind} n.º {number} (eliminado después)</translation>
    </message>
    <message>
        <source>a document of {size} KB</source>
        <translation>un documento de {size} KB</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>{kind} sin nombre</translation>
    </message>
    <message>
        <source>moved {name} from {before} to {after} ({day}, {place})</source>
        <translation>trasladó {name} de las {before} a las {after} ({day}, {place})</translation>
    </message>
    <message>
        <source>moved {name} from {before} to {after} ({place})</source>
        <translation>trasladó {name} del {before} al {after} ({place})</translation>
    </message>
    <message>
        <source>reopened {name}</source>
        <translation>reabrió {name}</translation>
    </message>
    <message>
        <source>changed {name}</source>
        <translation>modificó {name}</translation>
    </message>
    <message>
        <source>cancelled {name}</source>
        <translation>canceló {name}</translation>
    </message>
    <message>
        <source>reinstated {name} as {status}</source>
        <translation>restableció {name} como {status}</translation>
    </message>
    <message>
        <source>marked {name} as {status}</source>
        <translation>marcó {name} como {status}</translation>
    </message>
    <message>
        <source>the {field} of {name}</source>
        <translation>{field} de {name}</translation>
    </message>
    <message>
        <source>added {added} to {what} and took {gone} off</source>
        <translation>añadió {added} a {what} y quitó {gone}</translation>
    </message>
    <message>
        <source>added {added} to {what}</source>
        <translation>añadió {added} a {what}</translation>
    </message>
    <message>
        <source>took {gone} off {what}</source>
        <translation>quitó {gone} de {what}</translation>
    </message>
    <message>
        <source>changed the order of {what}</source>
        <translation>cambió el orden de {what}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>added {person} to {where}</source>
        <translation>añadió a {person} a {where}</translation>
    </message>
    <message>
        <source>took {person} off {where}</source>
        <translation>quitó a {person} de {where}</translation>
    </message>
    <message>
        <source>moved {person} from place {before} to place {after} in {where}</source>
        <translation>pasó a {person} del puesto {before} al puesto {after} en {where}</translation>
    </message>
    <message>
        <source>changed {fields} of {person} in {where}</source>
        <translation>modificó {fields} de {person} en {where}</translation>
    </message>
    <message>
        <source>archived {name}</source>
        <translation>archivó {name}</translation>
    </message>
    <message>
        <source>brought {name} back from the archive</source>
        <translation>sacó {name} del archivo</translation>
    </message>
    <message>
        <source>changed the outcome of {name}</source>
        <translation>modificó el resultado de {name}</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <source>changed the {fields} of {name}</source>
        <translation>modificó {fields} de {name}</translation>
    </message>
    <message>
        <source>added the {noun} {name}</source>
        <translation>añadió {name} ({noun})</translation>
    </message>
    <message>
        <source>restored the {noun} {name}</source>
        <translation>restauró {name} ({noun})</translation>
    </message>
    <message>
        <source>deleted the {noun} {name}</source>
        <translation>eliminó {name} ({noun})</translation>
    </message>
    <message>
        <source>added {count} {kinds}</source>
        <translation>añadió {count} {kinds}</translation>
    </message>
    <message>
        <source>restored {count} {kinds}</source>
        <translation>restauró {count} {kinds}</translation>
    </message>
    <message>
        <source>removed {count} {kinds}</source>
        <translation>eliminó {count} {kinds}</translation>
    </message>
    <message>
        <source>changed {count} {kinds}</source>
        <translation>modificó {count} {kinds}</translation>
    </message>
    <message>
        <source>over {n}</source>
        <translation>más de {n}</translation>
    </message>
    <message>
        <source>recorded the step “{step}” of {name}</source>
        <translation>registró el paso «{step}» de {name}</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>un paso</translation>
    </message>
    <message>
        <source>removed the outcome of {name}</source>
        <translation>eliminó el resultado de {name}</translation>
    </message>
    <message>
        <source>recorded the outcome of {name}</source>
        <translation>registró el resultado de {name}</translation>
    </message>
    <message>
        <source>{officer} {what} on {when}</source>
        <translation>{officer} {what} el {when}</translation>
    </message>
    <message>
        <source>Show from 1 to {limit} changes at a time.</source>
        <translation>Muestre de 1 a {limit} cambios a la vez.</translation>
    </message>
    <message>
        <source>“{title}” is a session of a summit and follows the summit&apos;s programme: change it on the Summits page.</source>
        <translation>«{title}» es una sesión de una cumbre y sigue el programa de la cumbre: cámbiela en la página Cumbres.</translation>
    </message>
    <message>
        <source>the same as “{twin}”, already in the programme</source>
        <translation>igual que «{twin}», que ya está en el programa</translation>
    </message>
    <message>
        <source>the same as “{twin}”, already in this file</source>
        <translation>igual que «{twin}», que ya está en este archivo</translation>
    </message>
    <message>
        <source>“{summary}” was not updated: {reason}.</source>
        <translation>«{summary}» no se actualizó: {reason}.</translation>
    </message>
    <message>
        <source>{count} event(s) differ from the programme but are not newer (SEQUENCE, LAST-MODIFIED), so the programme was kept: {titles}.</source>
        <translation>{count} evento(s) difieren del programa pero no son más recientes (SEQUENCE, LAST-MODIFIED), por lo que se conservó el programa: {titles}.</translation>
    </message>
    <message>
        <source>{count} event(s) were written by this database: each is matched to its own record, never added twice.</source>
        <translation>{count} evento(s) fueron escritos por esta base de datos: cada uno se empareja con su propio registro, nunca se añade dos veces.</translation>
    </message>
    <message>
        <source>The calendar was not imported: another officer was changing this delegation&apos;s programme at the same moment. Nothing was written; import the file again.</source>
        <translation>No se importó el calendario: otro funcionario estaba modificando el programa de esta delegación en el mismo momento. No se escribió nada; vuelva a importar el archivo.</translation>
    </message>
    <message>
        <source>The calendar was not imported: the database refused one of its values ({reason}). Nothing was written.</source>
        <translation>No se importó el calendario: la base de datos rechazó uno de sus valores ({reason}). No se escribió nada.</translation>
    </message>
    <message>
        <source>Add the delegation&apos;s members first: imported items include the whole delegation.</source>
        <translation>Añada primero los miembros de la delegación: los puntos importados incluyen a toda la delegación.</translation>
    </message>
    <message>
        <source>A summit session of the file no longer exists; preview again.</source>
        <translation>Una sesión de la cumbre del archivo ya no existe; vuelva a generar la vista previa.</translation>
    </message>
    <message>
        <source>Someone chosen here no longer exists; choose again.</source>
        <translation>Alguien elegido aquí ya no existe; vuelva a elegir.</translation>
    </message>
    <message>
        <source>That summit session no longer exists.</source>
        <translation>Esa sesión de la cumbre ya no existe.</translation>
    </message>
    <message>
        <source>This is a session of a summit: change its time in the summit&apos;s programme, and every delegation attending follows.</source>
        <translation>Es una sesión de una cumbre: cambie su hora en el programa de la cumbre, y todas las delegaciones asistentes la seguirán.</translation>
    </message>
    <message>
        <source>This itinerary item no longer exists.</source>
        <translation>Este punto del itinerario ya no existe.</translation>
    </message>
    <message>
        <source>Backups of a shared PostgreSQL database are made on the server (pg_dump).</source>
        <translation>Las copias de seguridad de una base de datos PostgreSQL compartida se hacen en el servidor (pg_dump).</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Item {number} is not in the programme of “{title}”.</source>
        <translation>El punto {number} no está en el programa de «{title}».</translation>
    </message>
    <message>
        <source>“{title}” is internal (ours alone): badges, place cards and seating plans are printed only for meetings shared with the hosts.</source>
        <translation>«{title}» es interno (solo nuestro): las credenciales, las tarjetas de ubicación y los planes de mesa se imprimen solo para reuniones compartidas con los anfitriones.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Este punto ya no existe.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <source>guest of honour</source>
        <translation>invitado de honor</translation>
    </message>
    <message>
        <source>Person {number} is not at this table as {role}; choose from: {names}.</source>
        <translation>La persona {number} no está en esta mesa como {role}; elija entre: {names}.</translation>
    </message>
    <message>
        <source>people of ours</source>
        <translation>personas de nuestra parte</translation>
    </message>
    <message>
        <source>“{title}” has no {missing} at the table, so there is no seating plan to make: add them to the item, or leave the seating plan out.</source>
        <translation>«{title}» no tiene {missing} en la mesa, así que no hay plan de mesa que hacer: añádalos al punto u omita el plan de mesa.</translation>
    </message>
    <message>
        <source>Choose at least one of badges, place cards and the seating plan.</source>
        <translation>Elija al menos una de estas opciones: credenciales, tarjetas de ubicación o plan de mesa.</translation>
    </message>
    <message>
        <source>A seating plan is for one meeting or meal: choose which.</source>
        <translation>Un plan de mesa es para una reunión o comida: elija cuál.</translation>
    </message>
    <message>
        <source>Nobody to print cards for: add people first.</source>
        <translation>No hay nadie para quien imprimir tarjetas: añada primero a las personas.</translation>
    </message>
    <message>
        <source>This record no longer exists; someone may have deleted it.</source>
        <translation>Este registro ya no existe; es posible que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>“{name}” is already on file.</source>
        <translation>«{name}» ya está registrado.</translation>
    </message>
    <message>
        <source>The network or the city no longer exists.</source>
        <translation>La red o la ciudad ya no existe.</translation>
    </message>
    <message>
        <source>This city is already a current member.</source>
        <translation>Esta ciudad ya es miembro actual.</translation>
    </message>
    <message>
        <source>This membership no longer exists.</source>
        <translation>Esta membresía ya no existe.</translation>
    </message>
    <message>
        <source>A membership cannot end before it began.</source>
        <translation>Una membresía no puede terminar antes de haber comenzado.</translation>
    </message>
    <message>
        <source>This meeting no longer exists; someone may have deleted it.</source>
        <translation>Esta reunión ya no existe; es posible que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>The outcome of “{title}” was cleared by someone else after you opened it. Your outcome was not saved: reopen the meeting to see it.</source>
        <translation>Otra persona borró el resultado de «{title}» después de que usted lo abriera. Su resultado no se guardó: vuelva a abrir la reunión para verlo.</translation>
    </message>
    <message>
        <source>The outcome of “{title}” was recorded by someone else at {when}, after you opened it. Your outcome was not saved: reopen the meeting to see theirs.</source>
        <translation>Otra persona registró el resultado de «{title}» el {when}, después de que usted lo abriera. Su resultado no se guardó: vuelva a abrir la reunión para ver el suyo.</translation>
    </message>
    <message>
        <source>{kind} with {city} expires {day}</source>
        <translation>{kind} con {city}: vence el {day}</translation>
    </message>
    <message>
        <source>The document is over 25 MB.</source>
        <translation>El documento supera los 25 MB.</translation>
    </message>
    <message>
        <source>This partnership no longer exists.</source>
        <translation>Este acuerdo de cooperación ya no existe.</translation>
    </message>
    <message>
        <source>That organisation no longer exists; pick another.</source>
        <translation>Esa organización ya no existe; elija otra.</translation>
    </message>
    <message>
        <source>The image is over 20 MB; choose a smaller one.</source>
        <translation>La imagen supera los 20 MB; elija una más pequeña.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Esta persona ya no existe.</translation>
    </message>
    <message>
        <source>This person holds no position to leave.</source>
        <translation>Esta persona no ocupa ningún cargo que dejar.</translation>
    </message>
    <message>
        <source>Someone cannot succeed themselves.</source>
        <translation>Nadie puede sucederse a sí mismo.</translation>
    </message>
    <message>
        <source>The successor is no longer on file.</source>
        <translation>El sucesor ya no figura en los registros.</translation>
    </message>
    <message>
        <source> (from {day})</source>
        <translation> (desde el {day})</translation>
    </message>
    <message>
        <source> (until {day})</source>
        <translation> (hasta el {day})</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source> (+{n} day)</source>
        <translation> (+{n} día)</translation>
    </message>
    <message>
        <source> (+{n} days)</source>
        <translation> (+{n} días)</translation>
    </message>
    <message>
        <source> ({n} day)</source>
        <translation> ({n} día)</translation>
    </message>
    <message>
        <source>This summit no longer exists.</source>
        <translation>Esta cumbre ya no existe.</translation>
    </message>
    <message>
        <source>The calendar disappeared from the server while it was being read; run it again.</source>
        <translation>El calendario desapareció del servidor mientras se leía; vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <source>Someone changed this calendar on the server while it was being published; run it again to finish — what was sent is kept.</source>
        <translation>Alguien modificó este calendario en el servidor mientras se publicaba; vuelva a ejecutarlo para terminar — lo ya enviado se conserva.</translation>
    </message>
    <message>
        <source>Publishing stopped part-way ({reason}); run it again to finish — what was sent is kept.</source>
        <translation>La publicación se detuvo a medias ({reason}); vuelva a ejecutarla para terminar — lo ya enviado se conserva.</translation>
    </message>
    <message>
        <source>The calendar server does not let {user} write there.</source>
        <translation>El servidor de calendario no permite que {user} escriba allí.</translation>
    </message>
    <message>
        <source>The calendar server refused the user name or password for {user}.</source>
        <translation>El servidor de calendario rechazó el nombre de usuario o la contraseña de {user}.</translation>
    </message>
    <message>
        <source>Cannot publish to {server}: {kind}: {detail}</source>
        <translation>No se puede publicar en {server}: {kind}: {detail}</translation>
    </message>
    <message>
        <source>The calendar server answered {status}.</source>
        <translation>El servidor de calendario respondió {status}.</translation>
    </message>
    <message>
        <source>{role} in “{title}” ({days})</source>
        <translation>{role} en «{title}» ({days})</translation>
    </message>
    <message>
        <source>Met at “{title}”</source>
        <translation>Reunión en «{title}»</translation>
    </message>
    <message>
        <source>Gift given: {description}</source>
        <translation>Obsequio entregado: {description}</translation>
    </message>
    <message>
        <source>Gift received: {description}</source>
        <translation>Obsequio recibido: {description}</translation>
    </message>
    <message>
        <source>Signed “{title}”</source>
        <translation>Firmó «{title}»</translation>
    </message>
    <message>
        <source> — signed agreement attached: {name}</source>
        <translation> — convenio firmado adjunto: {name}</translation>
    </message>
    <message>
        <source>, signed {day}</source>
        <translation>, firmado el {day}</translation>
    </message>
    <message>
        <source>, expires {day}</source>
        <translation>, vence el {day}</translation>
    </message>
    <message>
        <source>This city no longer exists.</source>
        <translation>Esta ciudad ya no existe.</translation>
    </message>
    <message>
        <source> since {year}</source>
        <translation> desde {year}</translation>
    </message>
    <message>
        <source>Ours, to them</source>
        <translation>Nuestra, hacia ellos</translation>
    </message>
    <message>
        <source>Theirs, to us</source>
        <translation>Suya, hacia nosotros</translation>
    </message>
    <message>
        <source>The database already holds records; the sample plan is meant for an empty database. Use --force to add it anyway.</source>
        <translation>La base de datos ya contiene registros; el plan de ejemplo está pensado para una base de datos vacía. Use --force para añadirlo de todos modos.</translation>
    </message>
    <message>
        <source>That organisation no longer exists.</source>
        <translation>Esa organización ya no existe.</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Esta sesión ya no existe.</translation>
    </message>
    <message>
        <source>A seating plan is for one meeting and comes from the current programme; a version prints the delegation&apos;s badges and place cards.</source>
        <translation>El plan de mesa es para una sola reunión y sale del programa actual; una versión imprime las credenciales y las tarjetas de ubicación de la delegación.</translation>
    </message>
    <message>
        <source>Choose badges, place cards or both.</source>
        <translation>Elija credenciales, tarjetas de ubicación o ambas.</translation>
    </message>
    <message>
        <source>Version {number} keeps no badges: nobody was on the delegation then, or it was issued before versions kept their badges. Print them from the current programme.</source>
        <translation>La versión {number} no conserva credenciales: entonces no había nadie en la delegación, o se emitió antes de que las versiones guardaran sus credenciales. Imprímalas desde el programa actual.</translation>
    </message>
    <message>
        <source>Compare with a later version than {number}, or leave out the later one to compare with the draft.</source>
        <translation>Compare con una versión posterior a la {number}, u omita la posterior para comparar con el borrador.</translation>
    </message>
    <message>
        <source>Person {person} was not a member of “{title}” in version {number}.</source>
        <translation>La persona {person} no era miembro de «{title}» en la versión {number}.</translation>
    </message>
    <message>
        <source>{names} is no longer in the address book, so {label} cannot be put back.</source>
        <translation>{names} ya no figura en la libreta de direcciones, por lo que no se puede restituir {label}.</translation>
    </message>
    <message>
        <source>{names} are no longer in the address book, so {label} cannot be put back.</source>
        <translation>{names} ya no figuran en la libreta de direcciones, por lo que no se puede restituir {label}.</translation>
    </message>
    <message>
        <source>{names} is no longer among the cities, so {label} cannot be put back.</source>
        <translation>{names} ya no figura entre las ciudades, por lo que no se puede restituir {label}.</translation>
    </message>
    <message>
        <source>versions 1 to {count} were issued</source>
        <translation>se emitieron las versiones 1 a {count}</translation>
    </message>
    <message>
        <source>only version 1 was issued</source>
        <translation>solo se emitió la versión 1</translation>
    </message>
    <message>
        <source>no version was issued yet</source>
        <translation>aún no se ha emitido ninguna versión</translation>
    </message>
    <message>
        <source>“{title}” has no version {number}: {issued}.</source>
        <translation>«{title}» no tiene versión {number}: {issued}.</translation>
    </message>
    <message>
        <source>The note is limited to {limit} characters.</source>
        <translation>La nota está limitada a {limit} caracteres.</translation>
    </message>
    <message>
        <source>Nothing changed since version {number}: there is nothing new to issue.</source>
        <translation>Nada cambió desde la versión {number}: no hay nada nuevo que emitir.</translation>
    </message>
    <message>
        <source>The programme changed while the version was being made; nothing was issued. Issue it again.</source>
        <translation>El programa cambió mientras se preparaba la versión; no se emitió nada. Vuelva a emitirla.</translation>
    </message>
    <message>
        <source>an itinerary item</source>
        <translation>un punto del itinerario</translation>
    </message>
    <message>
        <source>{n} itinerary items</source>
        <translation>{n} puntos del itinerario</translation>
    </message>
    <message>
        <source>a delegation</source>
        <translation>una delegación</translation>
    </message>
    <message>
        <source>{n} delegations</source>
        <translation>{n} delegaciones</translation>
    </message>
    <message>
        <source>a delegation&apos;s members</source>
        <translation>los miembros de una delegación</translation>
    </message>
    <message>
        <source>delegations&apos; members</source>
        <translation>los miembros de delegaciones</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
    <message>
        <source>a city</source>
        <translation>una ciudad</translation>
    </message>
    <message>
        <source>{n} cities</source>
        <translation>{n} ciudades</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>una organización</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} organizaciones</translation>
    </message>
    <message>
        <source>a summit</source>
        <translation>una cumbre</translation>
    </message>
    <message>
        <source>{n} summits</source>
        <translation>{n} cumbres</translation>
    </message>
    <message>
        <source>a summit session</source>
        <translation>una sesión de cumbre</translation>
    </message>
    <message>
        <source>{n} summit sessions</source>
        <translation>{n} sesiones de cumbre</translation>
    </message>
    <message>
        <source>a commitment</source>
        <translation>un compromiso</translation>
    </message>
    <message>
        <source>{n} commitments</source>
        <translation>{n} compromisos</translation>
    </message>
    <message>
        <source>the gift register</source>
        <translation>el registro de obsequios</translation>
    </message>
    <message>
        <source>a partnership</source>
        <translation>una asociación</translation>
    </message>
    <message>
        <source>{n} partnerships</source>
        <translation>{n} asociaciones</translation>
    </message>
    <message>
        <source>a meeting&apos;s outcome</source>
        <translation>el resultado de una reunión</translation>
    </message>
    <message>
        <source>{n} meeting outcomes</source>
        <translation>{n} resultados de reuniones</translation>
    </message>
    <message>
        <source>the office profile</source>
        <translation>el perfil de la oficina</translation>
    </message>
    <message>
        <source>City government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministerio</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>Embajada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Founding member</source>
        <translation>Miembro fundador</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité directivo</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vicepresidencia</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <source>Memorandum of understanding (MoU)</source>
        <translation>Memorando de entendimiento (MdE)</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Carta de intención</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Twinning agreement</source>
        <translation>Acuerdo de hermanamiento</translation>
    </message>
    <message>
        <source>Friendship agreement</source>
        <translation>Acuerdo de amistad</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <source>Joint declaration</source>
        <translation>Declaración conjunta</translation>
    </message>
    <message>
        <source>Cooperation programme</source>
        <translation>Programa de cooperación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>Given first</source>
        <translation>Nombre de pila primero</translation>
    </message>
    <message>
        <source>Family first</source>
        <translation>Apellido primero</translation>
    </message>
    <message>
        <source>Mayors&apos; summit</source>
        <translation>Cumbre de alcaldes</translation>
    </message>
    <message>
        <source>Network assembly</source>
        <translation>Asamblea de la red</translation>
    </message>
    <message>
        <source>U20 summit</source>
        <translation>Cumbre U20</translation>
    </message>
    <message>
        <source>COP side event</source>
        <translation>Evento paralelo de la COP</translation>
    </message>
    <message>
        <source>Economic mission</source>
        <translation>Misión económica</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenario</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Bilateral slot</source>
        <translation>Espacio para bilaterales</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita técnica</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Ceremonia</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Protocol officer</source>
        <translation>Funcionario de protocolo</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Prensa</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Reunión bilateral</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Ceremony / signing</source>
        <translation>Ceremonia / firma</translation>
    </message>
    <message>
        <source>Press point</source>
        <translation>Punto de prensa</translation>
    </message>
    <message>
        <source>Summit session</source>
        <translation>Sesión de la cumbre</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Tiempo libre</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>We owe them</source>
        <translation>Les debemos</translation>
    </message>
    <message>
        <source>They owe us</source>
        <translation>Nos deben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier vencimiento</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Due within 14 days</source>
        <translation>Vencen en los próximos 14 días</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Vencen en los próximos 30 días</translation>
    </message>
    <message>
        <source>Due within 90 days</source>
        <translation>Vencen en los próximos 90 días</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Plan de mesa</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Tarjetas de ubicación</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Restablecido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
</TS>
