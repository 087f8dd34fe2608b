#!/usr/bin/python3
"""Validate case reports against case-report.schema.json (Draft 2020-12).

Usage: validate_report.py SCHEMA REPORT [REPORT ...]
Exit 0 when every report is valid; 1 and one line per error otherwise.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import load_validator  # noqa: E402  (same resolver the evaluator uses)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    validator = load_validator(argv[1])
    failures = 0
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for error in validator.iter_errors(report):
            failures += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
