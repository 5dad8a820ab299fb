#!/usr/bin/env python3
"""The release workflow parses as YAML and has what docs/PACKAGING.md promises: a Linux,
a Windows and a macOS job, each with steps that build and package."""
import sys

import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    workflow = yaml.safe_load(f)
jobs = workflow.get("jobs", {})
problems = []
for name in ("linux", "windows", "macos"):
    job = jobs.get(name)
    if not job:
        problems.append(f"no {name} job")
        continue
    if "runs-on" not in job:
        problems.append(f"{name}: no runs-on")
    text = yaml.safe_dump(job.get("steps", []))
    if "cpack" not in text:
        problems.append(f"{name}: no packaging step (cpack)")
if problems:
    print("; ".join(problems))
    sys.exit(1)
print("release workflow: " + ", ".join(sorted(jobs)))
