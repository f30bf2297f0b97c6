// Reads an iCalendar file with ical.js, as web calendar clients do, and prints JSON:
//   {"occurrences": [[uid, start, end, status], ...], "floating": [property, ...]}
// Starts and ends of timed occurrences are UTC ("2027-01-12T09:00:00Z"), those of
// all-day ones dates ("2027-05-10"); "floating" lists event times without a zone.
// Usage: node ical_events.mjs FILE WINDOW_START WINDOW_END (UTC, 2027-01-01T00:00:00Z)
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const TIME_PROPERTIES = ["dtstart", "dtend", "recurrence-id", "exdate", "rdate"];
// A rule without end is followed this far past the window, for dates moved into it.
const LOOKAHEAD_SECONDS = 366 * 24 * 3600;

const [file, windowStart, windowEnd] = process.argv.slice(2);
const from = ICAL.Time.fromDateTimeString(windowStart).toUnixTime();
const until = ICAL.Time.fromDateTimeString(windowEnd).toUnixTime();
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
const vevents = calendar.getAllSubcomponents("vevent");

function moment(time) {
  return time.isDate
    ? time.toString()
    : time.convertToZone(ICAL.Timezone.utcTimezone).toString();
}

function isFloating(time) {
  return (
    !time.isDate && (!time.zone || time.zone === ICAL.Timezone.localTimezone)
  );
}

const floating = vevents.flatMap((vevent) =>
  TIME_PROPERTIES.flatMap((name) =>
    vevent
      .getAllProperties(name)
      .flatMap((property) => property.getValues())
      .filter(isFloating)
      .map((time) => `${name.toUpperCase()} ${time.toString()}`),
  ),
);

const occurrences = [];
function add(uid, start, end, item) {
  if (start.toUnixTime() < until && end.toUnixTime() > from) {
    const status = item.component.getFirstPropertyValue("status");
    occurrences.push([uid, moment(start), moment(end), status]);
  }
}

for (const vevent of vevents.filter((v) => !v.hasProperty("recurrence-id"))) {
  const uid = vevent.getFirstPropertyValue("uid");
  const exceptions = vevents.filter(
    (v) =>
      v.hasProperty("recurrence-id") && v.getFirstPropertyValue("uid") === uid,
  );
  const event = new ICAL.Event(vevent, { exceptions });
  if (!event.isRecurring()) {
    add(uid, event.startDate, event.endDate, event);
    continue;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (next.toUnixTime() > until + LOOKAHEAD_SECONDS) break;
    const details = event.getOccurrenceDetails(next);
    add(uid, details.startDate, details.endDate, details.item);
  }
}

process.stdout.write(JSON.stringify({ occurrences, floating }));
