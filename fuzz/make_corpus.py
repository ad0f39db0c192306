#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<name>/ (committed; re-run after changing a seed).

Seeds are small valid and nearly-valid inputs for each target; libFuzzer mutates them. Files
are named seed-NN so a re-run replaces exactly what this script wrote; files that libFuzzer
adds during `make fuzz` go to build-fuzz/, never here.
"""
import io
import json
import os
import shutil
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, seeds):
    folder = os.path.join(HERE, "corpus", name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for i, seed in enumerate(seeds):
        data = seed if isinstance(seed, bytes) else (
            seed if isinstance(seed, str) else json.dumps(seed)).encode("utf-8")
        with open(os.path.join(folder, "seed-%02d" % i), "wb") as f:
            f.write(data)


program = {
    "name": "Women in engineering", "description": "Pairs first-year students with alumni.",
    "type": "one_to_one", "audience": "adult", "start_date": "2026-09-01",
    "end_date": None, "default_mentor_capacity": 3, "requires_approval": True, "status": "open",
}
profile = {
    "name": "Ana Pérez", "headline": "Data engineer", "bio": "I build pipelines.",
    "skills_teach": [{"skill": "SQL", "level": 4}],
    "skills_learn": [{"skill": "Leadership", "current_level": 1, "target_level": 3}],
    "interests": ["hiking", "chess"],
    "goals": [{"text": "Become a team lead", "tags": ["career"]}],
    "languages": ["es", "en"], "time_zone": "Europe/Madrid",
    "availability_hours_per_month": 4,
    "background": [{"field": "first_generation", "value": "yes", "visibility": "matching"}],
    "mentor": {"capacity": 2, "accepts_external_mentees": False},
    "mentee": {"wants_outside_mentor": True, "preferred_mentor_gender": ""},
    "minor": {"is_minor": False, "guardian_name": "", "guardian_email": ""},
}
invitation = {"email": "sam@example.org", "roles": ["mentor", "mentee"],
              "program_id": "prg_1", "program_role": "mentor"}
settings = {
    "priorities": {"skills": "high", "goals": "medium", "languages": "must"},
    "max_mentors_per_mentee": 1, "require_acceptance": True, "request_expiry_days": 7,
    "priority_field": "first_generation", "priority_value": "yes",
}
round_request = {"objective": "coverage", "mentee_ids": ["p1", "p2"], "mentor_ids": ["p3"],
                 "candidates_per_mentee": 50}


def variants(doc):
    """The document, without each field in turn, and with each field's value of a wrong type."""
    out = [doc]
    for key in list(doc)[:6]:
        out.append({k: v for k, v in doc.items() if k != key})
    wrong = dict(doc)
    for key in list(doc)[::2]:
        wrong[key] = [] if isinstance(doc[key], str) else "x"
    out.append(wrong)
    out.append(dict(doc, unknown_field=1))
    return out


json_reader = [
    "{}", "[]", "null", '"text"', "1e400", '{"a": 1, "b": [1, 2, {"c": null}]}',
    '{"name": "x", "tags": ["a", "b"], "nested": {"flag": true, "n": -5}}',
    '{"items": [{"k": "v"}, {"k": 2}], "s": "\\u00e9\\ud83d\\ude00"}',
    '{"a": 1.5, "b": 18446744073709551616, "c": -9223372036854775808}',
    '{"bad": "\\ud800"}', '{"a": 1,}', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
    b'{"k": "\xff\xfe"}', '{"k": "a\\u0000b"}', "  {\"a\" : true } ",
] + [program, profile]

csv = [
    b"mentor,capacity\nm1,2\nm2,1\n\x00mentee,mentor,score\ns1,m1,10\ns1,m2,5\ns2,m1,7\n",
    b"mentor,capacity\r\n\"Smith, Jo\",1\r\n\x00mentee,mentor,score\r\n\"O\"\"Neil\",\"Smith, Jo\",3\r\n",
    b"\xef\xbb\xbfmentor,capacity\nm1,0\n\x00\xef\xbb\xbfmentee,mentor,score\n s1 , m1 , 0 \n",
    b"mentor,capacity\n\" m1 \",1\n\x00mentee,mentor,score\n\" s1\",\" m1 \",4\n",
    b"mentor,capacity\nm1,1000001\n\x00mentee,mentor,score\n",
    b"mentor,capacity\nm1,1\nm1,2\n\x00mentee,mentor,score\n",
    b"mentor,capacity\nm1,1\n\x00mentee,mentor,score\ns1,m1,1\ns1,m1,2\n",
    b"mentor,capacity\nm1,1\n\x00mentee,mentor,score\ns1,m9,1\n",
    b"mentor,capacity\nm1,1\n\x00mentee,mentor,score\n\"s1,m1,1\n",
    b"mentor,capacity\nm1,1\n\x00mentee,mentor\ns1,m1\n",
    b"mentor,capacity\n", b"",
]

static_site = [
    "/", "/index.html", "/assets/app-1234.js", "/assets/app-1234.js.map", "/robots.txt",
    "/programs/42", "/docs/page.html", "/docs/", "/assets/missing.js", "/.env",
    "/../secret.txt", "/assets/../../secret.txt", "/link.txt", "/linkdir/key.txt",
    "/assets/rel.js", "//etc/passwd", "/assets\\..\\..\\secret.txt", "/a\x00b",
    "/./index.html", "/ASSETS/APP-1234.JS.MAP", "/web-private/key.txt", "/assets/.hidden",
    "HEAD /", "",
]

text = [
    "Become a team lead\nManaging managers and leading teams\nDatos y liderazgo",
    "I love hiking, chess and photography.\nPhotographers hike; chess players think.",
    "ana@example.org\n ANA@Example.ORG \nnot an email\n@x.y\na@b",
    "2026-02-29\n2024-02-29\n2026-13-01\n2026-04-31",
    "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xf0\x9f\x98\x80\n\xff\xfe broken utf-8",
    "the and of to in\n\n\n,,,",
    "running runs runner ran\norganisations organization organising",
]

http_message = [
    "cookie: tandem_session=abc123; tandem_csrf=xyz\nx-csrf-token: xyz",
    "cookie: a=1;b=2; ;=; c\ncookie: tandem_session=second\nhost: example.org",
    "Cookie: Tandem_Session=upper\ncontent-type: application/json",
    "cookie: tandem_csrf=\ncookie: tandem_csrf=x=y=z",
    "cookie: theme=dark\nuser-agent: Mozilla/5.0\naccept-language: es-ES,es;q=0.9",
]

write("json_reader", json_reader)
write("program_codec", variants(program) + [dict(program, type="group", audience="youth",
                                                 status="draft", start_date=None)])
write("invitation_codec", variants(invitation) + [
    {"email": "a@b.c"}, {"email": "a@b.c", "program_id": None, "program_role": None},
    {"email": "a@b.c", "roles": ["org_admin", "coordinator"]},
    {"email": "a@b.c", "roles": ["superuser"]}])
write("profile_codec", variants(profile) + [
    dict(profile, background=[{"field": "f", "value": "v", "visibility": "everyone"}]),
    dict(profile, mentee={"wants_outside_mentor": False})])
write("matching_codec",
      [b"\x00" + json.dumps(d).encode() for d in variants(settings)] +
      [b"\x01" + json.dumps(d).encode() for d in variants(round_request)] +
      [b"\x00" + b'{"priorities": {}, "max_mentors_per_mentee": 99999999999, '
       b'"require_acceptance": false, "request_expiry_days": -4, "priority_field": null, '
       b'"priority_value": null}', b"\x01{}", b'\x01{"objective": "score"}'])
write("match_csv", csv)


def candidates(edges):
    sys.path.insert(0, os.path.join(HERE, "..", "docs"))
    from write_candidates import write_candidates_to
    out = io.BytesIO()
    write_candidates_to(out, edges)
    return out.getvalue()


# candidate_bin: CAPS.csv, a NUL byte, then a binary candidate file (docs/candidates-format.md).
caps = b"mentor,capacity\nm1,2\nm2,1\n\"m,3\",1\n\x00"
good = candidates([("s1", "m1", 10), ("s1", "m2", 5), ("s2", "m1", 7), ("s3", "m,3", 0)])
write("candidate_bin", [
    caps + good,
    caps + candidates([("s2", "m2", 1), ("s1", "m1", 2), ("s2", "m1", 3), ("s1", "m2", 4)]),
    caps + candidates([]),
    caps + candidates([("s1", "m1", 1), ("s1", "m1", 2)]),          # a repeated pair
    caps + candidates([("s1", "m9", 1)]),                           # no capacity
    caps + candidates([("s1", "m1", -1)]),                          # negative score
    caps + good[:-3],                                               # truncated
    caps + good[:8] + struct.pack("<I", 2) + good[12:],             # version 2
    caps + good[:16] + struct.pack("<Q", 1 << 40) + good[24:],      # a count that lies
    caps + good[:-32] + struct.pack("<I", 99) + good[-28:],         # mentor index out of range
])
write("static_site", static_site)
write("text", text)
write("http_message", http_message)
