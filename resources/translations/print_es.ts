<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>delegate_app</name>
        <message numerus="yes">
            <source>%n item(s) changed</source>
            <translation>
                <numerusform>%n elemento cambiado</numerusform>
                <numerusform>%n elementos cambiados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>over %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>Changes to the programme since {version}</source>
            <translation>Cambios en el programa desde la {version}</translation>
        </message>
        <message>
            <source>Changes to the programme since version {number}</source>
            <translation>Cambios en el programa desde la versión {number}</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Edition</source>
            <translation>Edición</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens; each item is listed on the day it now takes place (a cancelled or removed item on the day it was to take place).</source>
            <translation>Las horas son locales, con la zona del lugar de cada actividad; cada actividad figura en el día en que ahora se celebra (una cancelada o eliminada, en el día en que iba a celebrarse).</translation>
        </message>
        <message>
            <source>Nothing changed: the programme is as it was then.</source>
            <translation>Nada cambió: el programa sigue como estaba.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>What was promised</source>
            <translation>Lo prometido</translation>
        </message>
        <message>
            <source>Who owes</source>
            <translation>Quién debe</translation>
        </message>
        <message>
            <source>Owner / Counterpart</source>
            <translation>Responsable / Contraparte</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>vence hoy</translation>
        </message>
        <message>
            <source>Promised at {meeting}</source>
            <translation>Prometido en {meeting}</translation>
        </message>
        <message>
            <source>Under {agreement}</source>
            <translation>En el marco de {agreement}</translation>
        </message>
        <message>
            <source>{priority} priority</source>
            <translation>Prioridad {priority}</translation>
        </message>
        <message>
            <source>We owe</source>
            <translation>Debemos</translation>
        </message>
        <message>
            <source>{city} owes</source>
            <translation>{city} debe</translation>
        </message>
        <message>
            <source>They owe</source>
            <translation>Ellos deben</translation>
        </message>
        <message>
            <source>No city</source>
            <translation>Sin ciudad</translation>
        </message>
        <message>
            <source>Kept {date}</source>
            <translation>Cumplido el {date}</translation>
        </message>
        <message>
            <source>WE OWE THEM (OPEN)</source>
            <translation>LES DEBEMOS (ABIERTOS)</translation>
        </message>
        <message>
            <source>THEY OWE US (OPEN)</source>
            <translation>NOS DEBEN (ABIERTOS)</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>VENCIDOS</translation>
        </message>
        <message>
            <source>KEPT</source>
            <translation>CUMPLIDOS</translation>
        </message>
        <message>
            <source>our partners</source>
            <translation>nuestros socios</translation>
        </message>
        <message>
            <source>Open promises: we owe {them} {we_owe}, {them} owe(s) us {they_owe}; overdue: {overdue}; kept: {kept}.</source>
            <translation>Promesas abiertas: debemos a {them} {we_owe}, {them} nos debe(n) {they_owe}; vencidas: {overdue}; cumplidas: {kept}.</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>Preparado el {date}</translation>
        </message>
        <message>
            <source>No commitments were recorded for this report.</source>
            <translation>No se registraron compromisos para este informe.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidos</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Cumplidos</translation>
        </message>
        <message>
            <source>Open promises count until they are kept or dropped; a promise is overdue from the day after its due date where its owner works.</source>
            <translation>Las promesas abiertas cuentan hasta que se cumplen o se abandonan; una promesa está vencida desde el día siguiente a su fecha límite donde trabaja su responsable.</translation>
        </message>
        <message>
            <source>Commitments report</source>
            <translation>Informe de compromisos</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>desde el {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>hasta el {date}</translation>
        </message>
        <message>
            <source>Commitments with {city}</source>
            <translation>Compromisos con {city}</translation>
        </message>
        <message>
            <source>Commitments due {period}</source>
            <translation>Compromisos con vencimiento {period}</translation>
        </message>
        <message>
            <source>All commitments</source>
            <translation>Todos los compromisos</translation>
        </message>
        <message>
            <source>Due {period}</source>
            <translation>Vencimiento: {period}</translation>
        </message>
        <message>
            <source>Every promise, both ways</source>
            <translation>Todas las promesas, en ambos sentidos</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>Todas las ciudades</translation>
        </message>
        <message>
            <source>All cities, all dates</source>
            <translation>Todas las ciudades, todas las fechas</translation>
        </message>
        <message>
            <source>Page {page}</source>
            <translation>Página {page}</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <source>Delegation dossier — {marking}</source>
            <translation>Dosier de la delegación — {marking}</translation>
        </message>
        <message>
            <source>Outgoing delegation</source>
            <translation>Delegación saliente</translation>
        </message>
        <message>
            <source>Incoming delegation</source>
            <translation>Delegación entrante</translation>
        </message>
        <message>
            <source>Changes since {version} are marked</source>
            <translation>Se señalan los cambios desde la {version}</translation>
        </message>
        <message>
            <source>Needs: {needs}</source>
            <translation>Necesidades: {needs}</translation>
        </message>
        <message>
            <source>The delegation</source>
            <translation>La delegación</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>Delegation list in order of precedence</source>
            <translation>Lista de la delegación por orden de precedencia</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role and position</source>
            <translation>Función y cargo</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Notas internas</translation>
        </message>
        <message>
            <source>Home: {time}</source>
            <translation>Hora de origen: {time}</translation>
        </message>
        <message>
            <source>CHANGED</source>
            <translation>CAMBIADO</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegación</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión con</translation>
        </message>
        <message>
            <source>Interpreters</source>
            <translation>Intérpretes</translation>
        </message>
        <message>
            <source>Dress code</source>
            <translation>Vestimenta</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <source>Internal: {briefing}</source>
            <translation>Interno: {briefing}</translation>
        </message>
        <message>
            <source>See the meeting brief “{title}”.</source>
            <translation>Véase la nota de la reunión «{title}».</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens; home times are in {zone}.</source>
            <translation>Las horas son locales, con la zona del lugar de cada actividad; las horas de origen están en {zone}.</translation>
        </message>
        <message>
            <source>Times are local, with the zone of where each item happens.</source>
            <translation>Las horas son locales, con la zona del lugar de cada actividad.</translation>
        </message>
        <message>
            <source>A bar in the margin and the word CHANGED mark what changed since {version}.</source>
            <translation>Una barra en el margen y la palabra CAMBIADO señalan lo que cambió desde la {version}.</translation>
        </message>
        <message>
            <source>Our hosts and counterparts</source>
            <translation>Nuestros anfitriones y contrapartes</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Address as</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>In letters</source>
            <translation>Por escrito</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Interpretation</source>
            <translation>Interpretación</translation>
        </message>
        <message>
            <source>BIOGRAPHY</source>
            <translation>BIOGRAFÍA</translation>
        </message>
        <message>
            <source>Previous meetings and visits</source>
            <translation>Reuniones y visitas anteriores</translation>
        </message>
        <message>
            <source>Open commitments</source>
            <translation>Compromisos abiertos</translation>
        </message>
        <message>
            <source>Gifts exchanged</source>
            <translation>Regalos intercambiados</translation>
        </message>
        <message>
            <source>home {time}</source>
            <translation>origen {time}</translation>
        </message>
        <message>
            <source>MEETING BRIEF · {kind}</source>
            <translation>NOTA DE REUNIÓN · {kind}</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Our delegation</source>
            <translation>Nuestra delegación</translation>
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
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Contrapartes</translation>
        </message>
        <message>
            <source>Background: {city}</source>
            <translation>Antecedentes: {city}</translation>
        </message>
        <message>
            <source>Open commitments with the city</source>
            <translation>Compromisos abiertos con la ciudad</translation>
        </message>
        <message>
            <source>Meeting briefs</source>
            <translation>Notas de reuniones</translation>
        </message>
        <message>
            <source>One brief per meeting with counterparts, in the order of the programme. Internal: not to be shared.</source>
            <translation>Una nota por reunión con contrapartes, en el orden del programa. Interno: no debe compartirse.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Huso horario</translation>
        </message>
        <message>
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <source>Partnership with us</source>
            <translation>Relación con nosotros</translation>
        </message>
        <message>
            <source>NETWORKS</source>
            <translation>REDES</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visitas</translation>
        </message>
        <message>
            <source>City profiles</source>
            <translation>Perfiles de ciudades</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Where and when</source>
            <translation>Dónde y cuándo</translation>
        </message>
        <message>
            <source>Hotel</source>
            <translation>Hotel</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Practical annex</source>
            <translation>Anexo práctico</translation>
        </message>
        <message>
            <source>Emergency numbers</source>
            <translation>Números de emergencia</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Números</translation>
        </message>
        <message>
            <source>Hotels</source>
            <translation>Hoteles</translation>
        </message>
        <message>
            <source>Embassy and consular contacts</source>
            <translation>Contactos de embajada y consulado</translation>
        </message>
        <message>
            <source>Delegation contacts</source>
            <translation>Contactos de la delegación</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>Credenciales</translation>
        </message>
        <message>
            <source>sheet {sheet} of {sheets}</source>
            <translation>hoja {sheet} de {sheets}</translation>
        </message>
        <message>
            <source>fold</source>
            <translation>doblar</translation>
        </message>
        <message>
            <source>{occasion} — badges and place cards</source>
            <translation>{occasion} — credenciales y tarjetas de mesa</translation>
        </message>
        <message>
            <source>Room to be announced</source>
            <translation>Sala por confirmar</translation>
        </message>
        <message>
            <source>{title} (tentative)</source>
            <translation>{title} (provisional)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tentative</source>
            <translation>
                <numerusform>%n provisional</numerusform>
                <numerusform>%n provisionales</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelada</numerusform>
                <numerusform>%n canceladas</numerusform>
            </translation>
        </message>
        <message>
            <source>The summit</source>
            <translation>La cumbre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Host city</source>
            <translation>Ciudad anfitriona</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>No sessions announced yet.</source>
            <translation>Aún no se anunciaron sesiones.</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Salas</translation>
        </message>
        <message>
            <source>In this programme</source>
            <translation>En este programa</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>CANCELADA</translation>
        </message>
        <message>
            <source>This session is cancelled and will not take place.</source>
            <translation>Esta sesión se canceló y no se celebrará.</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Oradores</translation>
        </message>
        <message>
            <source>Time and room</source>
            <translation>Hora y sala</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>DAY {n}</source>
            <translation>DÍA {n}</translation>
        </message>
        <message>
            <source>Times in {place} time ({offsets})</source>
            <translation>Horas de {place} ({offsets})</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>By room</source>
            <translation>Por sala</translation>
        </message>
        <message>
            <source>Every session in each room, by day and time.</source>
            <translation>Todas las sesiones de cada sala, por día y hora.</translation>
        </message>
        <message>
            <source>Summit programme</source>
            <translation>Programa de la cumbre</translation>
        </message>
        <message>
            <source>Facing sides</source>
            <translation>Lados enfrentados</translation>
        </message>
        <message>
            <source>Round table</source>
            <translation>Mesa redonda</translation>
        </message>
        <message>
            <source>Head table facing the room</source>
            <translation>Mesa presidencial frente a la sala</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <source>Guest of honour</source>
            <translation>Invitado de honor</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Anfitriones</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Invitados</translation>
        </message>
        <message>
            <source>SEATING PLAN · {shape}</source>
            <translation>PLAN DE MESA · {shape}</translation>
        </message>
        <message>
            <source>Seats are numbered from each principal in order of precedence: the first on their right, the second on their left, and so on outwards.</source>
            <translation>Los asientos se numeran desde cada figura principal por orden de precedencia: el primero a su derecha, el segundo a su izquierda, y así hacia afuera.</translation>
        </message>
        <message>
            <source>Too many seats in a row to name them on the drawing: the legend names every seat.</source>
            <translation>Demasiados asientos en una fila para nombrarlos en el dibujo: la leyenda nombra cada asiento.</translation>
        </message>
        <message>
            <source>Interpreters sit behind their principals: {names}.</source>
            <translation>Los intérpretes se sientan detrás de sus principales: {names}.</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Asiento</translation>
        </message>
        <message>
            <source>Organisation · city</source>
            <translation>Organización · ciudad</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
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
            <source>Bilateral meeting</source>
            <translation>Reunión bilateral</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Recepción</translation>
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
            <translation>Declaración de prensa</translation>
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
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation>Jefe de la delegación</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Asesor</translation>
        </message>
        <message>
            <source>Protocol officer</source>
            <translation>Oficial de protocolo</translation>
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
            <source>Outgoing</source>
            <translation>Saliente</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Plenary</source>
            <translation>Plenaria</translation>
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
            <translation>Espacio bilateral</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>Ceremonia</translation>
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
            <source>High</source>
            <translation>alta</translation>
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
            <source>Internal — not for distribution</source>
            <translation>Interno — no distribuir</translation>
        </message>
        <message>
            <source>Programme for our hosts</source>
            <translation>Programa para nuestros anfitriones</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interno</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Policía</translation>
        </message>
        <message>
            <source>Ambulance</source>
            <translation>Ambulancia</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>Bomberos</translation>
        </message>
        <message>
            <source>Fire and ambulance</source>
            <translation>Bomberos y ambulancia</translation>
        </message>
        <message>
            <source>All services</source>
            <translation>Todos los servicios</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
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
        <message>
            <source>Mayors' summit</source>
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
            <source>Version {number} of {date}, {time} {place}</source>
            <translation>Versión {number} del {date}, {time} {place}</translation>
        </message>
        <message>
            <source>version {number} of {date}</source>
            <translation>versión {number} del {date}</translation>
        </message>
        <message>
            <source>Draft of {date}</source>
            <translation>Borrador del {date}</translation>
        </message>
        <message>
            <source>{text}, due {date}</source>
            <translation>{text}, vence el {date}</translation>
        </message>
        <message>
            <source>Networks: {text}</source>
            <translation>Redes: {text}</translation>
        </message>
        <message>
            <source>{text} — booking {code}</source>
            <translation>{text} — reserva {code}</translation>
        </message>
        <message>
            <source>Was {text}</source>
            <translation>Antes: {text}</translation>
        </message>
        <message>
            <source>Back on the programme: {text}</source>
            <translation>De nuevo en el programa: {text}</translation>
        </message>
        <message>
            <source>(all day)</source>
            <translation>(todo el día)</translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) later)</source>
            <translation>
                <numerusform>(%n día después)</numerusform>
                <numerusform>(%n días después)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) earlier)</source>
            <translation>
                <numerusform>(%n día antes)</numerusform>
                <numerusform>(%n días antes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(+%n days)</source>
            <translation>
                <numerusform>(+%n día)</numerusform>
                <numerusform>(+%n días)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(-%n days)</source>
            <translation>
                <numerusform>(-%n día)</numerusform>
                <numerusform>(-%n días)</numerusform>
            </translation>
        </message>
    </context>
</TS>
