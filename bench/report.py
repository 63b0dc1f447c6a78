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
for name in ("start.json", "stop.json", "summaries.json"):
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
