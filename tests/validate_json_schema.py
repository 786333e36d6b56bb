#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12), for the tests and by hand:

    tests/validate_json_schema.py docs/coi.schema.json out.json [more.json ...]

Prints one line per error ("file: /json/pointer: message"), at most 20 per file, and exits 1
when any file is invalid, 2 when the schema or a file cannot be read or jsonschema is missing.
"""
import json
import sys

MAX_ERRORS_PER_FILE = 20


def main(argv):
    if len(argv) < 3:
        print("usage: validate_json_schema.py SCHEMA FILE...", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed (scripts/setup installs it)", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as e:
        print(f"{argv[1]}: bad schema: {e}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors[:MAX_ERRORS_PER_FILE]:
            pointer = "/" + "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {pointer}: {error.message}")
        if errors:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
