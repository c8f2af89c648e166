// Reads one iCalendar file with ical.js (the parser of Thunderbird and many web calendars),
// as a calendar client does: ICAL.parse, ICAL.Component, the file's own VTIMEZONEs
// registered, each event expanded with ICAL.Event's iterator. Prints JSON:
//   {"events": [{uid, start, end, allDay, occurrences: [unix seconds...]}],
//    "todos": [{uid, start, due}], "timezones": [tzid...]}
// Instants are Unix seconds, dates "YYYY-MM-DD". Usage: node icaljs_check.mjs ICAL_JS FILE
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [icalPath, file] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(icalPath).href)).default;

const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
const timezones = root.getAllSubcomponents("vtimezone").map((vtz) => {
  const zone = new ICAL.Timezone(vtz);
  ICAL.TimezoneService.register(zone.tzid, zone);
  return zone.tzid;
});

const moment = (time) => (time === null ? null
  : time.isDate ? time.toString() : time.toUnixTime());

const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const occurrences = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && occurrences.length < 10; next = iterator.next()) {
    occurrences.push(moment(next));
  }
  return { uid: event.uid, start: moment(event.startDate), end: moment(event.endDate),
           allDay: event.startDate.isDate, summary: event.summary, occurrences };
});

const todos = root.getAllSubcomponents("vtodo").map((vtodo) => ({
  uid: vtodo.getFirstPropertyValue("uid"),
  start: moment(vtodo.getFirstPropertyValue("dtstart")),
  due: moment(vtodo.getFirstPropertyValue("due")),
  organizer: vtodo.getFirstPropertyValue("organizer"),
}));

process.stdout.write(JSON.stringify({ events, todos, timezones }));
