#!/usr/bin/env python3
"""Writes Tandem's binary candidate file (docs/candidates-format.md), standard library only.

As a module, from a pipeline that produces candidates:

    from write_candidates import write_candidates
    write_candidates("cands.bin", [("ana", "m1", 10), ("ana", "m2", 9), ("ben", "m1", 8)])

    tandem match --edges cands.bin --capacities caps.csv --out matches.csv

From the command line, converting a CSV file with the header mentee,mentor,score (as Python's
csv module reads it; blank lines skipped):

    python3 docs/write_candidates.py EDGES.csv OUT.bin

Mentees and mentors are numbered in order of first appearance and the edges keep their order,
so `tandem match` gives the same result on the CSV and on the binary file.
"""
import array
import csv
import struct
import sys

MAGIC = b"TNDMCAND"
VERSION = 1
HEADER = struct.Struct("<8sIIQQQQQQ")  # 64 bytes


def _column(typecode, values=()):
    col = array.array(typecode, values)
    if col.itemsize != 4:
        raise RuntimeError("array('%s') is not 4 bytes on this platform" % typecode)
    return col


def write_candidates(path, edges):
    """Writes (mentee id, mentor id, integer score) triples to `path`."""
    with open(path, "wb") as f:
        write_candidates_to(f, edges)


def write_candidates_to(f, edges):
    """As write_candidates, to a binary file object (e.g. io.BytesIO)."""
    mentee_index, mentor_index = {}, {}
    col_mentee, col_mentor, col_score = _column("I"), _column("I"), _column("i")
    for mentee, mentor, score in edges:
        col_mentee.append(mentee_index.setdefault(mentee, len(mentee_index)))
        col_mentor.append(mentor_index.setdefault(mentor, len(mentor_index)))
        col_score.append(int(score))

    def table(index):  # dicts keep insertion order = index order
        ids = [key.encode("utf-8") for key in index]
        return _column("I", (len(b) for b in ids)), b"".join(ids)

    mentee_lengths, mentee_bytes = table(mentee_index)
    mentor_lengths, mentor_bytes = table(mentor_index)
    header = HEADER.pack(MAGIC, VERSION, 0, len(mentee_index), len(mentor_index),
                         len(col_mentee), len(mentee_bytes), len(mentor_bytes), 0)
    f.write(header)
    for part in (mentee_lengths, mentee_bytes, mentor_lengths, mentor_bytes,
                 col_mentee, col_mentor, col_score):
        if sys.byteorder == "big" and not isinstance(part, bytes):
            part = array.array(part.typecode, part)
            part.byteswap()
        f.write(part.tobytes() if not isinstance(part, bytes) else part)


def _read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = next(rows, None)
        if header != ["mentee", "mentor", "score"]:
            raise SystemExit("%s: expected the header mentee,mentor,score" % path)
        for line, row in enumerate(rows, start=2):
            if not row:
                continue
            if len(row) != 3:
                raise SystemExit("%s line %d: expected 3 fields" % (path, line))
            yield row[0], row[1], int(row[2])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: write_candidates.py EDGES.csv OUT.bin")
    write_candidates(sys.argv[2], _read_csv(sys.argv[1]))
