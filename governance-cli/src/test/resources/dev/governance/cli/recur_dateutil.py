"""Expands START<TAB>RRULE lines with python-dateutil and prints what `governance recur --batch`
prints for them: the instances joined by commas (to the minute, or to the second when an instance
has seconds), at most LIMIT (the first argument, default 100), none more than 60 years after the
start. A rule that has no instance at all, up to the year 9999, is the line NEVER (the command's
error line for a rule whose parts never match); a rule dateutil rejects is ERROR<TAB>message.

Two differences are reconciled before dateutil sees a rule:
- dateutil wants a start that knows its zone beside an UNTIL in UTC (...Z); the command expands
  in UTC, so the start is given the zone UTC;
- a date-only UNTIL with a date-time start, which RFC 5545 does not allow, is the whole day for
  the command and midnight for dateutil: it is given as 23:59:59 of that day.
"""

import re
import sys
from datetime import timezone

from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

HORIZON = relativedelta(years=60)
DATE_ONLY_UNTIL = re.compile(r"(?i)(^|;)UNTIL=(\d{8})(?=;|$)")
UTC_UNTIL = re.compile(r"(?i)(^|;)UNTIL=\d{8}T\d{6}Z(;|$)")
LIMIT_PARTS = re.compile(r"(?i)(^|;)(COUNT|UNTIL)=[^;]*")


def text(instance):
    minutes = "%04d-%02d-%02dT%02d:%02d" % (
        instance.year, instance.month, instance.day, instance.hour, instance.minute)
    return minutes if instance.second == 0 else "%s:%02d" % (minutes, instance.second)


def expand(line, limit):
    start_text, rule = line.split("\t")
    start = isoparse(start_text.strip())
    rule = DATE_ONLY_UNTIL.sub(r"\1UNTIL=\2T235959", rule.strip())
    if UTC_UNTIL.search(rule):
        start = start.replace(tzinfo=timezone.utc)
    try:
        recurrence = rrulestr(rule, dtstart=start)
    except ValueError as e:
        # dateutil's own finding that the parts never match (FREQ=HOURLY;INTERVAL=3;BYHOUR=9
        # from 22:00 never reaches 9:00)
        if "generates an empty set" in str(e):
            return "NEVER"
        raise
    horizon = start + HORIZON
    instances = []
    for instance in recurrence:
        if instance > horizon or len(instances) == limit:
            break
        instances.append(text(instance))
    if not instances:
        unlimited = LIMIT_PARTS.sub("", rule).strip(";")
        if next(iter(rrulestr(unlimited, dtstart=start.replace(tzinfo=None))), None) is None:
            return "NEVER"
    return ",".join(instances)


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    for line in sys.stdin:
        try:
            answer = expand(line.rstrip("\n"), limit)
        except (ValueError, TypeError) as e:
            answer = "ERROR\t%s" % e
        print(answer, flush=True)


if __name__ == "__main__":
    main()
