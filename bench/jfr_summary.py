#!/usr/bin/python3
"""Summarises `jfr print --stack-depth 64 --events jdk.ExecutionSample` text from standard input: the share of samples per
method on top of the stack, and per nearest io.sluice method (the Sluice code responsible, JDK callees
included).

  jfr print --stack-depth 64 --events jdk.ExecutionSample run.jfr | jfr_summary.py [--top N]
"""
import argparse
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")


def stacks(lines):
    stack, inside = [], False
    for line in lines:
        if "stackTrace = [" in line:
            stack, inside = [], True
        elif inside and line.strip().startswith("]"):
            inside = False
            yield stack
        elif inside:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--top", type=int, default=12)
    a = p.parse_args()
    top, sluice, total = collections.Counter(), collections.Counter(), 0
    for stack in stacks(sys.stdin):
        if not stack:
            continue
        total += 1
        top[stack[0]] += 1
        own = next((f for f in stack if f.startswith("io.sluice.")), None)
        sluice[own or "(no Sluice frame: JVM start, class loading, GC helpers)"] += 1
    print("%d execution samples" % total)
    for title, counter in (("top of stack", top), ("nearest Sluice frame", sluice)):
        print("\n%s:" % title)
        for name, n in counter.most_common(a.top):
            print("  %5.1f %%  %5d  %s" % (100.0 * n / max(total, 1), n, name))


if __name__ == "__main__":
    main()
