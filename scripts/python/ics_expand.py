#!/usr/bin/env python3
"""Expands every event of an iCalendar file with the third-party `icalendar` and
`recurring-ical-events` packages and prints the occurrences starting in [FROM, TO)
as a JSON list of {"uid", "start", "end", "summary"} (UTC, ISO 8601), sorted. Atrium's tests compare this with Atrium's own expansion.

Usage: ics_expand.py FILE FROM TO   (dates as YYYY-MM-DD, read in UTC)
"""
import json
import sys
from datetime import datetime, timezone

import icalendar
import recurring_ical_events


def main() -> None:
    path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    first = datetime.fromisoformat(start).replace(tzinfo=timezone.utc)
    last = datetime.fromisoformat(end).replace(tzinfo=timezone.utc)
    found = []
    for event in recurring_ical_events.of(calendar).between(first, last):
        begin = event["DTSTART"].dt.astimezone(timezone.utc)
        finish = event["DTEND"].dt.astimezone(timezone.utc) if "DTEND" in event else begin + event["DURATION"].dt
        stamp = "%Y-%m-%dT%H:%M:%SZ"
        found.append({
            "uid": str(event["UID"]),
            "start": begin.strftime(stamp),
            "end": finish.strftime(stamp),
            "summary": str(event["SUMMARY"]),
        })
    found.sort(key=lambda item: (item["start"], item["uid"]))
    print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    main()
