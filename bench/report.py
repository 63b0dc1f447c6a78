"""Turns one bench/run's raw hyperfine and memory files into a Markdown report."""
import json
import os
import platform
import subprocess
import sys

raw = sys.argv[1]


def results(name):
    with open(os.path.join(raw, name)) as handle:
        return {r["command"]: r for r in json.load(handle)["results"]}


def ms(result):
    return result["median"] * 1000


timings = {}
for name in ("start.json", "stop.json", "summaries.json", "retainer.json", "export.json"):
    if os.path.exists(os.path.join(raw, name)):
        timings.update(results(name))
memory = dict(line.strip().split("=") for line in open(os.path.join(raw, "memory.txt")) if "=" in line)

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True)
print(f"# Foundation benchmarks, {os.path.basename(raw)} UTC\n")
print(f"Machine: {os.cpu_count()} cores,{cpu.stdout.strip() and ' ' + cpu.stdout.strip()}; {platform.platform()}.")
print("Release build, statically linked Swift runtime, non-PIE. Whole-process medians from hyperfine.\n")
print("| workload | median | min | max | runs | target |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
targets = {
    "atrium start (100k)": "≤ 10 ms",
    "atrium stop (100k)": "≤ 10 ms",
    "atrium summary --month --by client (1M)": "≤ 50 ms",
    "atrium summary --all --by client (1M)": "≤ 2 × plain GROUP BY",
    "atrium export --to FILE (1M, JSON)": "≤ 5 s",
    "atrium retainer status (1M)": "≤ 15 ms",
}
for command, result in timings.items():
    print(
        f"| {command} | {ms(result):.1f} ms | {result['min'] * 1000:.1f} ms | {result['max'] * 1000:.1f} ms "
        f"| {len(result['times'])} | {targets.get(command, 'reference')} |"
    )
month = ms(timings["atrium summary --month --by client (1M)"]) / ms(timings["sqlite3 month GROUP BY (1M)"])
everything = ms(timings["atrium summary --all --by client (1M)"]) / ms(timings["sqlite3 all-time GROUP BY (1M)"])
print(f"\nRatio to the plain sqlite3 GROUP BY: month {month:.2f}×, all time {everything:.2f}× (target ≤ 2×).\n")
print("| peak memory (max RSS, median of 5) | value | target |")
print("| --- | ---: | --- |")
print(f"| atrium summary --month --by client (1M) | {int(memory['summary_month_kb']) / 1024:.1f} MB | ≤ 50 MB |")
print(f"| atrium summary --all --by client (1M) | {int(memory['summary_all_kb']) / 1024:.1f} MB | ≤ 50 MB |")
print(f"| atrium status (100k) | {int(memory['start_kb']) / 1024:.1f} MB | — |")
if "export_kb" in memory:
    print(f"| atrium export --to FILE (1M, JSON) | {int(memory['export_kb']) / 1024:.1f} MB | ≤ 200 MB |")

imports = os.path.join(raw, "import.txt")
if os.path.exists(imports):
    runs = {}
    for line in open(imports):
        fmt, rows, seconds, peak = line.split()
        runs.setdefault(fmt, []).append((float(seconds), int(peak), int(rows)))
    print("\nImport of a generated CSV into an empty store (whole process, median of the runs):\n")
    print("| import | rows | median | rows/s | peak memory | runs | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for fmt, values in runs.items():
        seconds = sorted(v[0] for v in values)[len(values) // 2]
        peak = sorted(v[1] for v in values)[len(values) // 2]
        rows = values[0][2]
        print(f"| atrium import {fmt} | {rows:,} | {seconds:.1f} s | {rows / seconds:,.0f} | {peak / 1024:.0f} MB "
              f"| {len(values)} | ≥ 200,000 rows/s, ≤ 200 MB |")

restore = os.path.join(raw, "restore.txt")
if os.path.exists(restore):
    what = {
        "1m": "the generated 1M-entry workspace",
        "toggl": "the imported Toggl workspace (an import key each)",
        # Runs before 4 December night restored the generated workspace only, as "restore".
        "restore": "the generated 1M-entry workspace",
    }
    print("\nRestore of a JSON export into an empty data directory (one run each):\n")
    print("| restore of | entries | time | entries/s | peak memory | target |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for line in open(restore).read().splitlines():
        name, entries, seconds, peak = line.split()
        print(f"| {what.get(name, name)} | {int(entries):,} | {float(seconds):.1f} s "
              f"| {int(entries) / float(seconds):,.0f} | {int(peak) / 1024:.0f} MB | memory ≤ 200 MB, as for imports |")


def wrk(name):
    """Requests per second and the 50th and 99th latency percentiles of one wrk run."""
    text = open(os.path.join(raw, f"wrk-{name}.txt")).read()
    rate = float(text.split("Requests/sec:")[1].split()[0])
    percentiles = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("50%", "99%"):
            percentiles[parts[0]] = parts[1]
    return rate, percentiles.get("50%", "?"), percentiles.get("99%", "?")


web = dict(line.strip().split("=") for line in open(os.path.join(raw, "web.txt")) if "=" in line)
print("\n## Web server (release, 100k-entry workspace; wrk -t2 -c20 -d10s on 127.0.0.1)\n")
print("| endpoint | req/s | p50 | p99 | target |")
print("| --- | ---: | ---: | ---: | --- |")
rows = [
    ("month", f"GET /api/v1/time-entries, one month whole (limit=5000: {web['month_entries']} entries per response)",
     "≥ 5,000 req/s, p99 ≤ 10 ms"),
    ("month-page", "GET /api/v1/time-entries, one month, its first page (the default 100 entries and a cursor)",
     "≥ 5,000 req/s, p99 ≤ 10 ms"),
    ("month-page-fresh", "the same first page built afresh for every request (Cache-Control: no-cache)", "reference"),
    ("post-full", "POST /api/v1/time-entries, --durability full (synced at every commit)", "≥ 2,000 req/s, durable"),
    ("post-normal", "POST /api/v1/time-entries, --durability normal (synced at checkpoints)", "reference"),
    ("dashboard", "GET / (dashboard HTML, signed in)", "≥ 2,000 req/s"),
    ("dashboard-fresh", "the same dashboard built afresh for every request (Cache-Control: no-cache)", "reference"),
]
for name, label, target in rows:
    rate, p50, p99 = wrk(name)
    print(f"| {label} | {rate:,.0f} | {p50} | {p99} | {target} |")


schedule_file = os.path.join(raw, "schedule.txt")
if os.path.exists(schedule_file):
    print("\n## Scheduling (in process, on a real SQLite store: 10 clients in ten zones, 200 meetings, 500 blocks)\n")
    print("| workload | median | min | max | runs | result | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    schedule_targets = {
        "overlap finder, 10 clients + own hours, 52 weeks": "≤ 10 ms",
        "expand 200 weekly meetings over a year": "≤ 20 ms",
        "ICS feed, 200 meetings + 500 blocks": "≤ 30 ms",
    }
    for line in open(schedule_file):
        name, median, low, high, runs, result = line.strip().split("|")
        print(f"| {name} | {median} ms | {low} ms | {high} ms | {runs} | {result} | {schedule_targets.get(name, '')} |")

invoice_file = os.path.join(raw, "invoice.txt")
if os.path.exists(invoice_file):
    print("\n## Billing (in process, on a real SQLite store: 1M entries; one client with 5,000 entries a month for 36 months among 49 others)\n")
    print("| workload | median | min | max | runs | lines | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for line in open(invoice_file):
        name, median, low, high, runs, result = line.strip().split("|")
        target = "" if name.strip().startswith("phase") else "≤ 20 ms"
        print(f"| {name} | {median} ms | {low} ms | {high} ms | {runs} | {result} | {target} |")
