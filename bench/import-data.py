#!/usr/bin/env python3
"""Writes deterministic Toggl and Clockify detailed-report CSVs of N rows for the import benchmark.

Usage: bench/import-data.py ROWS OUT_DIR  → OUT_DIR/toggl-ROWS.csv, OUT_DIR/clockify-ROWS.csv
Three years of weekday entries for 50 clients and 3 people, with tags, amounts and quoted memos.
"""
import datetime
import random
import sys

rows, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261203)
people = [("Maria Lopez", "maria@example.com"), ("Ana Cruz", "ana@example.com"), ("Li Wei", "li@example.com")]
clients = [f"Client {i:02d}" for i in range(1, 51)]
memos = ["Inbox triage", "Draft listing, \"final\" copy", "Schedule calls", "Reconcile bank feed", "Monthly report"]
tags = ["email", "writing", "calendar", "finance, admin", "research", ""]
start = datetime.datetime(2023, 12, 4, 7, 0)
records = []
day = start
per_day = max(1, rows // (3 * 261))
count = 0
while count < rows:
    if day.weekday() < 5:
        for _ in range(min(per_day, rows - count)):
            begin = day + datetime.timedelta(seconds=rng.randrange(12 * 3600))
            length = datetime.timedelta(seconds=rng.randrange(300, 4 * 3600))
            records.append((begin, begin + length, rng.choice(people), rng.choice(clients), rng.randrange(1, 4),
                            rng.choice(memos), rng.choice(tags), rng.random() < 0.8))
            count += 1
    day += datetime.timedelta(days=1)

def duration(delta):
    seconds = int(delta.total_seconds())
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"

def quote(text):
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text

with open(f"{out}/toggl-{rows}.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n")
    for b, e, (name, email), client, project, memo, tag, billable in records:
        amount = f"{(e - b).total_seconds() / 3600 * 45:.2f}" if billable else ""
        f.write(",".join([name, email, client, f"Project {project}", "", quote(memo), "Yes" if billable else "No",
                          b.strftime("%Y-%m-%d"), b.strftime("%H:%M:%S"), e.strftime("%Y-%m-%d"), e.strftime("%H:%M:%S"),
                          duration(e - b), quote(tag), amount]) + "\n")

with open(f"{out}/clockify-{rows}.csv", "w", encoding="utf-8", newline="") as f:
    f.write('\ufeff"Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (EUR)","Billable Amount (EUR)"\n')
    for b, e, (name, email), client, project, memo, tag, billable in records:
        hours = (e - b).total_seconds() / 3600
        fields = [f"Project {project}", client, memo, "", name, "", email, tag, "Yes" if billable else "No",
                  b.strftime("%m/%d/%Y"), b.strftime("%I:%M:%S %p"), e.strftime("%m/%d/%Y"), e.strftime("%I:%M:%S %p"),
                  duration(e - b), f"{hours:.2f}", "45.00" if billable else "0.00", f"{hours * 45:.2f}" if billable else "0.00"]
        f.write(",".join('"' + x.replace('"', '""') + '"' for x in fields) + "\n")
