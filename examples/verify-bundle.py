#!/usr/bin/env python3
"""An independent verifier of carnet bundles, written from
docs/bundle-format.md alone: stock `age` (the binary) decrypts, and Python's
standard library plus `cryptography` (Ed25519) check the rest.

    examples/verify-bundle.py BUNDLE [-i IDENTITY]... [--signer FINGERPRINT] [--json]

BUNDLE is an age file (binary or armored) or a page of `export --format
html`. Without -i, `age` asks for the passphrase on the terminal.

It checks what the spec says a reader checks, in the same order as carnet:
the tar layer (ustar headers and checksums, regular files only, allowed
paths, no repeats, only zeros after the end, the whole stream read), the
manifest (canonical JSON of format version 2, every value), its Ed25519
signature, every member's size and SHA-256, the member order, and the
signer when --signer is given. Exit codes are carnet's: 0 valid, 2 usage,
a newer format version or a version-1 (YAML) manifest, which this
verifier does not read, 3 cannot decrypt, 4 no such file, 6 damaged or
forged; 1 if `age` or `cryptography` is missing.
"""

import argparse
import base64
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import threading
import unicodedata

BLOCK = 512
MAX_MANIFEST = 64 << 20
MAX_SIGNATURE = 1024
MAX_JSON_INT = (1 << 53) - 1
FORMAT = "carnet-bundle"
VERSION = 2
TOP_MEMBERS = ["manifest.yaml", "manifest.sig", "fhir/bundle.json",
               "fhir/patient-summary.json", "LISEZMOI.txt", "index.html"]
TAIL_ORDER = ["fhir/bundle.json", "fhir/patient-summary.json", "LISEZMOI.txt", "index.html"]

LOINC = "2.16.840.1.113883.6.1"
TRE_A05 = "1.2.250.1.213.1.1.4.12"
# docs/bundle-format.md, "Document types": name -> (code, system, class, display).
TYPES = {
    "prescription": ("57833-6", LOINC, "42", "Prescription de produits de santé (ordonnance)"),
    "care-prescription": ("57832-8", LOINC, "42", "Prescription de soins"),
    "consultation-report": ("11488-4", LOINC, "10", "CR ou fiche de consultation ou de visite"),
    "lab-report": ("11502-2", LOINC, "10", "CR d'examens biologiques"),
    "imaging-report": ("18748-4", LOINC, "31", "CR d'imagerie médicale"),
    "discharge-letter": ("11490-0", LOINC, "10", "Lettre de liaison à la sortie d'un établissement de soins"),
    "hospital-report": ("34112-3", LOINC, "10", "CR hospitalier (séjour)"),
    "emergency-report": ("15507-7", LOINC, "10", "CR de passage aux urgences"),
    "surgery-report": ("34874-8", LOINC, "10", "CR opératoire"),
    "pathology-report": ("60568-3", LOINC, "10", "CR d'anatomie et de cytologie pathologiques"),
    "patient-summary": ("60591-5", LOINC, "11", "Synthèse médicale (VSM)"),
    "vaccination": ("87273-9", LOINC, "52", "Note de vaccination"),
    "vaccination-history": ("11369-6", LOINC, "52", "Historique des vaccinations"),
    "certificate": ("89601-9", LOINC, "52", "Certificat médical"),
    "dispensation": ("60593-1", LOINC, "43", "Dispensation médicamenteuse"),
    "care-plan": ("18776-5", LOINC, "44", "Plan personnalisé de soins"),
    "image": ("52040-3", LOINC, "31", "Document encapsulant une image non DICOM"),
    "advance-directives": ("EXPPAT_3", TRE_A05, "90", "Directives anticipées"),
    "administrative": ("DOCPAT09", TRE_A05, "95", "Document déposé par le patient : administratif"),
    "other": ("34109-9", LOINC, "90", "Note"),
}
N_SYSTEM = "2.16.840.1.113883.5.25"
TRE_A07 = "1.2.250.1.213.1.1.4.13"
FLAGS = ["MASQUE_PS", "INVISIBLE_PATIENT", "INVISIBLE_REPRESENTANTS_LEGAUX"]
PURPOSES = ["grant", "primary", "emergency-samu", "emergency-break-glass", "holder-export", "report"]

# Key order of each object of a version-2 manifest ("?" : present only when non-empty).
KEYS = {
    "top": ["format", "version", "id", "created", "expires", "purpose", "recipient", "holder",
            "journal", "signer", "documents", "members"],
    "purpose": ["kind", "grant"],
    "recipient": ["rpps", "idnat", "name"],
    "holder": ["name", "birth_date", "ins"],
    "journal": ["seq", "hash"],
    "signer": ["algorithm", "public_key", "fingerprint"],
    "document": ["id", "title", "type", "class_code", "date", "author", "confidentiality",
                 "media_type", "size", "sha256", "path", "?tags", "?filename", "?masked_from"],
    "type": ["name", "code", "system", "display"],
    "code": ["code", "system"],
    "member": ["path", "size", "sha256"],
}


class Fail(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def damaged(message):
    return Fail(6, message)


# ---------- the canonical JSON of docs/bundle-format.md ----------

ESCAPED = {c: "\\u%04x" % c for c in list(range(0x7F, 0xA0)) + [0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]}


def canonical(value):
    # json.dumps escapes what JSON requires (", \, controls below U+0020 with
    # \b \f \n \r \t or \u00xx); YAML 1.1's extra escapes are added after.
    return (json.dumps(value, indent=2, ensure_ascii=False).translate(ESCAPED) + "\n").encode("utf-8")


def no_duplicates(pairs):
    seen = {}
    for k, v in pairs:
        if k in seen:
            raise damaged("manifest.yaml has the key %r twice" % k)
        seen[k] = v
    return seen


def refuse_number(s):
    raise damaged("manifest.yaml has a number that is not an integer: %s" % s)


# ---------- values ----------

def unsafe(c):
    o = ord(c)
    return (unicodedata.category(c) == "Cc" or o in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029)
            or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069)


def clean_text(s, n):
    return isinstance(s, str) and len(s) <= n and not any(unsafe(c) for c in s)


def is_str(v):
    return isinstance(v, str)


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_JSON_INT


def is_hex64(s):
    return is_str(s) and re.fullmatch(r"[0-9a-f]{64}", s) is not None


def is_id(s):
    return is_str(s) and re.fullmatch(r"[a-z0-9-]{4,64}", s) is not None


def is_time(s):
    if not is_str(s) or re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", s) is None:
        return False
    try:
        return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").year >= 1
    except ValueError:
        return False


def is_date(s):
    if not is_str(s) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is None:
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = int(d)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def is_rpps(s):
    return is_str(s) and re.fullmatch(r"[0-9]{11}", s) is not None and luhn(s)


def is_ins(s):
    # The NIR: 13 characters (Corsica: 2A/2B at positions 6-7) and a 2-digit key.
    if not is_str(s) or re.fullmatch(r"[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}", s) is None:
        return False
    body = s[:13]
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    return 97 - int(body) % 97 == int(s[13:])


def is_media_type(s):
    tok = r"[A-Za-z0-9!#$&^_.+-]+"
    return is_str(s) and len(s) <= 127 and re.fullmatch(tok + "/" + tok, s) is not None


def valid_path(p):
    if p in TOP_MEMBERS:
        return True
    if not p.startswith("documents/"):
        return False
    name = p[len("documents/"):]
    return (0 < len(name) <= 200 and not name.startswith(".")
            and re.fullmatch(r"[A-Za-z0-9._-]+", name) is not None)


def b64_exact(s, n):
    """The bytes of `s`, standard base64 of `n` bytes written canonically."""
    if not is_str(s) or re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", s) is None:
        return None
    try:
        raw = base64.b64decode(s, validate=True)
    except ValueError:
        return None
    if len(raw) != n or base64.b64encode(raw).decode() != s:
        return None
    return raw


def fingerprint(key):
    return "SHA256:" + base64.b64encode(hashlib.sha256(key).digest()).decode().rstrip("=")


def parse_signer_arg(s):
    t = s.strip()
    body = t[len("SHA256:"):] if t.startswith("SHA256:") else t
    try:
        ok = re.fullmatch(r"[A-Za-z0-9+/]{43}", body) and len(base64.b64decode(body + "=")) == 32
    except ValueError:
        ok = False
    if not ok:
        raise Fail(2, "invalid signer fingerprint %r (give it as `carnet status` prints it)" % t)
    return "SHA256:" + body


def check_keys(obj, kind, where):
    if not isinstance(obj, dict):
        raise damaged("manifest.yaml is invalid: %s is not an object" % where)
    want = [k for k in KEYS[kind] if not k.startswith("?") or k[1:] in obj]
    want = [k.lstrip("?") for k in want]
    if list(obj.keys()) != want:
        raise damaged("manifest.yaml is invalid: %s has the keys %s, not %s" % (where, list(obj), want))


# ---------- the manifest ----------

def parse_manifest(data):
    if len(data) > MAX_MANIFEST:
        raise damaged("manifest.yaml is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise damaged("manifest.yaml is not UTF-8")
    if not text.startswith("{"):
        v = re.search(r"^version: *(\S+) *$", text, re.M)
        if re.search(r"^format: *carnet-bundle *$", text, re.M) and v and v.group(1) == "1":
            raise Fail(2, "this is a version-1 bundle (a YAML manifest): this verifier reads version 2 only; use `carnet bundle verify`")
        raise damaged("manifest.yaml is not a version-2 manifest (canonical JSON)")
    try:
        m = json.loads(text, object_pairs_hook=no_duplicates, parse_float=refuse_number,
                       parse_constant=refuse_number)
    except ValueError as e:
        raise damaged("manifest.yaml is not valid JSON: %s" % e)
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise damaged("manifest.yaml does not say `format: carnet-bundle`: this is not a carnet bundle")
    version = m.get("version")
    if not is_int(version):
        raise damaged("manifest.yaml has no valid format version")
    if version > VERSION:
        raise Fail(2, "this bundle is format version %d, newer than this verifier understands (%d)" % (version, VERSION))
    if version == 1:
        raise Fail(2, "this is a version-1 bundle: this verifier reads version 2 only; use `carnet bundle verify`")
    if version != VERSION:
        raise damaged("manifest.yaml has an invalid format version %d" % version)
    check_keys(m, "top", "the manifest")
    for k in ["purpose", "holder", "journal", "signer"]:
        check_keys(m[k], k, k)
    if m["recipient"] is not None:
        check_keys(m["recipient"], "recipient", "recipient")
    for i, d in enumerate(m["documents"] if isinstance(m["documents"], list) else []):
        check_keys(d, "document", "document %d" % (i + 1))
        check_keys(d["type"], "type", "document %d's type" % (i + 1))
        for c in d["confidentiality"] if isinstance(d["confidentiality"], list) else []:
            check_keys(c, "code", "a confidentiality code")
    for x in m["members"] if isinstance(m["members"], list) else []:
        check_keys(x, "member", "a member")
    if canonical(m) != data:
        raise damaged("manifest.yaml is not in canonical JSON form")
    validate(m)
    return m


def validate(m):
    def bad(what):
        raise damaged("manifest.yaml is invalid: " + what)

    if not is_id(m["id"]):
        bad("bundle id")
    if not is_time(m["created"]):
        bad("created time")
    if m["expires"] is not None and not is_time(m["expires"]):
        bad("expiry time")
    p = m["purpose"]
    if p["kind"] not in PURPOSES:
        bad("purpose kind")
    if p["grant"] is not None and not is_id(p["grant"]):
        bad("grant id")
    r = m["recipient"]
    if r is not None:
        if not is_rpps(r["rpps"]):
            bad("recipient RPPS")
        if r["idnat"] != "8" + r["rpps"] or not clean_text(r["name"], 200):
            bad("recipient IdNat or name")
    h = m["holder"]
    if not clean_text(h["name"], 200):
        bad("holder name")
    if h["birth_date"] is not None and not is_date(h["birth_date"]):
        bad("holder birth date")
    if h["ins"] is not None and not is_ins(h["ins"]):
        bad("holder INS")
    j = m["journal"]
    if not is_int(j["seq"]) or not is_hex64(j["hash"]):
        bad("journal head")
    s = m["signer"]
    if s["algorithm"] != "ed25519":
        bad("signature algorithm")
    key = b64_exact(s["public_key"], 32)
    if key is None:
        bad("the signer key is not canonical base64 of 32 bytes")
    if fingerprint(key) != s["fingerprint"]:
        bad("the signer fingerprint does not match its public key")
    if not isinstance(m["members"], list) or not isinstance(m["documents"], list):
        bad("documents or members")
    members = {}
    for x in m["members"]:
        if not is_str(x["path"]) or not valid_path(x["path"]) or x["path"] in ("manifest.yaml", "manifest.sig"):
            bad("member path %r" % (x["path"],))
        if not is_hex64(x["sha256"]) or not is_int(x["size"]):
            bad("member " + x["path"])
        if x["path"] in members:
            bad("member %s listed twice" % x["path"])
        members[x["path"]] = x
    ids, paths = set(), set()
    for d in m["documents"]:
        def at(what):
            bad("document %r: %s" % (d["id"], what))
        if not is_id(d["id"]) or d["id"] in ids:
            at("bad or repeated id")
        ids.add(d["id"])
        if not is_str(d["title"]) or not d["title"].strip() or not clean_text(d["title"], 500):
            at("title")
        t = d["type"]
        if t["name"] not in TYPES:
            at("unknown type")
        code, system, cls, display = TYPES[t["name"]]
        if (t["code"], t["system"], t["display"]) != (code, system, display):
            at("type code, system or display does not match the type table")
        if d["class_code"] != cls:
            at("class code does not match the type")
        if not is_date(d["date"]):
            at("date")
        if d["author"] is not None and not is_rpps(d["author"]):
            at("author")
        c = d["confidentiality"]
        if not isinstance(c, list) or not c or c[0] != {"code": "N", "system": N_SYSTEM} or len(c) > 4:
            at("confidentiality")
        flags = [x["code"] for x in c[1:]]
        if any(x["system"] != TRE_A07 or x["code"] not in FLAGS for x in c[1:]) or len(set(flags)) != len(flags):
            at("confidentiality flags")
        if not is_media_type(d["media_type"]):
            at("media type")
        if not is_hex64(d["sha256"]) or not is_int(d["size"]):
            at("size or SHA-256")
        if not is_str(d["path"]) or not d["path"].startswith("documents/") or d["path"] in paths:
            at("path")
        paths.add(d["path"])
        x = members.get(d["path"])
        if x is None or x["size"] != d["size"] or x["sha256"] != d["sha256"]:
            at("not listed as a member with the same size and SHA-256")
        if "tags" in d and (not isinstance(d["tags"], list) or not d["tags"] or any(
                not is_str(g) or not g.strip() or not clean_text(g, 100) for g in d["tags"])):
            at("tags")
        if "filename" in d and (not clean_text(d["filename"], 255) or "/" in d["filename"]):
            at("file name")
        if "masked_from" in d and (not isinstance(d["masked_from"], list) or not d["masked_from"]
                                   or not all(is_rpps(x) for x in d["masked_from"])):
            at("masked from")
    # Member order: the documents in order, then fhir/bundle.json, then the
    # optional summary, LISEZMOI.txt, index.html (the last two required).
    n = len(m["documents"])
    listed = [x["path"] for x in m["members"]]
    if listed[:n] != [d["path"] for d in m["documents"]]:
        bad("the members do not start with the documents, in their order")
    tail = listed[n:]
    if [p for p in TAIL_ORDER if p in tail] != tail:
        bad("members out of place after the documents")
    for req in ("fhir/bundle.json", "LISEZMOI.txt", "index.html"):
        if req not in tail:
            bad("required member %s is not listed" % req)


def verify_signature(m, manifest_bytes, sig_bytes):
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        text = sig_bytes.decode("ascii")
    except UnicodeDecodeError:
        raise damaged("manifest.sig is not text")
    if not text.endswith("\n"):
        raise damaged("manifest.sig does not end with one newline")
    sig = b64_exact(text[:-1], 64)
    if sig is None:
        raise damaged("manifest.sig is not base64 of a 64-byte signature and one newline")
    key = base64.b64decode(m["signer"]["public_key"])
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig, manifest_bytes)
    except (InvalidSignature, ValueError):
        raise damaged("the manifest's signature does not verify: manifest.yaml was changed after it was signed")


# ---------- the tar layer ----------

def read_exact(stream, n):
    out = bytearray()
    while len(out) < n:
        chunk = stream.read(n - len(out))
        if not chunk:
            break
        out += chunk
    return bytes(out)


def field(b):
    end = b.find(b"\0")
    return b if end < 0 else b[:end]


def number(b):
    if b[0] & 0x80:
        if b[0] & 0x40:
            return None
        v = b[0] & 0x3F
        for x in b[1:]:
            v = v * 256 + x
        return v
    s = field(b).strip(b" ")
    if not s or re.fullmatch(rb"[0-7]+", s) is None:
        return None
    return int(s, 8)


def read_tar(stream):
    """Reads the whole tar stream; returns (order, {path: (size, sha256)},
    manifest bytes, signature bytes)."""
    order, seen, kept = [], {}, {}
    index = 0
    while True:
        block = read_exact(stream, BLOCK)
        if len(block) == 0:
            raise damaged("the bundle is truncated: its archive has no end marker")
        if len(block) < BLOCK:
            raise damaged("the bundle is truncated inside a member header")
        if block == bytes(BLOCK):
            block = read_exact(stream, BLOCK)
            if block != bytes(BLOCK):
                raise damaged("the bundle's archive has a malformed end marker")
            while True:
                rest = stream.read(65536)
                if not rest:
                    break
                if rest.strip(b"\0"):
                    raise damaged("the bundle has data after the end of its archive")
            return order, seen, kept
        index += 1
        stored = number(block[148:156])
        total = sum(block[:148]) + 8 * 32 + sum(block[156:])
        if stored is None or stored != total:
            raise damaged("archive member %d has a corrupt header (checksum mismatch)" % index)
        magic = block[257:265]
        if magic not in (b"ustar\x0000", b"ustar  \x00"):
            raise damaged("archive member %d is not in ustar format" % index)
        name = field(block[0:100])
        prefix = field(block[345:500]) if magic == b"ustar\x0000" else b""
        raw = prefix + b"/" + name if prefix else name
        if block[156] not in (0x30, 0):
            raise damaged("archive member %d is not a regular file" % index)
        try:
            path = raw.decode("utf-8")
        except UnicodeDecodeError:
            path = None
        if path is None or not valid_path(path):
            raise damaged("archive member %d has a path a bundle may not hold: %r" % (index, raw))
        size = number(block[124:136])
        if size is None:
            raise damaged("archive member %d (%s) has an unreadable size" % (index, path))
        if path in seen:
            raise damaged("the bundle holds %s twice" % path)
        limit = {"manifest.yaml": MAX_MANIFEST, "manifest.sig": MAX_SIGNATURE}.get(path)
        if limit is not None and size > limit:
            raise damaged("%s is too large (%d bytes)" % (path, size))
        h = hashlib.sha256()
        keep = bytearray() if limit is not None else None
        left = size
        while left:
            chunk = stream.read(min(left, 1 << 18))
            if not chunk:
                raise damaged("the bundle is truncated: a member ends early")
            h.update(chunk)
            if keep is not None:
                keep += chunk
            left -= len(chunk)
        pad = (BLOCK - size % BLOCK) % BLOCK
        if len(read_exact(stream, pad)) != pad:
            raise damaged("the bundle is truncated: a member ends early")
        seen[path] = (size, h.hexdigest())
        order.append(path)
        if keep is not None:
            kept[path] = bytes(keep)


# ---------- age ----------

BEGIN = b"\n-----BEGIN AGE ENCRYPTED FILE-----\n"
END = b"\n-----END AGE ENCRYPTED FILE-----\n"


def age_input(path):
    """The age file: the whole file, or the armored payload of a page of
    `export --format html` (first BEGIN line in its first MiB, last END
    line in its last 4 MiB)."""
    with open(path, "rb") as f:
        start = f.read(15)
        if start.lower() != b"<!doctype html>":
            return None
        f.seek(0)
        size = os.fstat(f.fileno()).st_size
        head = f.read(1 << 20)
        b = head.find(BEGIN)
        if b < 0:
            raise damaged("this web page holds no carnet bundle (no age payload)")
        b += 1
        tail_at = max(size - (4 << 20), b)
        f.seek(tail_at)
        tail = f.read()
        e = tail.rfind(END)
        if e < 0:
            raise damaged("the bundle in this web page has no end (truncated?)")
        end = tail_at + e + len(END)
        f.seek(b)
        return f.read(end - b)


def decrypt_and_read(path, identities):
    payload = age_input(path)
    cmd = ["age", "--decrypt"]
    for i in identities:
        cmd += ["-i", i]
    if payload is None:
        cmd.append(path)
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if payload is not None else None,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except FileNotFoundError:
        raise Fail(1, "the `age` command is not installed (https://age-encryption.org)")
    if payload is not None:
        def feed():
            try:
                proc.stdin.write(payload)
                proc.stdin.close()
            except BrokenPipeError:
                pass
        threading.Thread(target=feed, daemon=True).start()
    errors = []
    threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True).start()
    result, failure = None, None
    try:
        result = read_tar(proc.stdout)
    except Fail as f:
        failure = f
    # Read to the end, so that age authenticates its last chunk.
    while proc.stdout.read(65536):
        pass
    rc = proc.wait()
    deadline = 50
    while not errors and deadline:
        threading.Event().wait(0.01)
        deadline -= 1
    err = (errors[0] if errors else b"").decode("utf-8", "replace").strip()
    if rc != 0:
        if "no identity matched" in err or "incorrect passphrase" in err:
            raise Fail(3, "cannot decrypt the bundle: " + err)
        raise damaged("age cannot decrypt the bundle: the file is damaged or not an age file (%s)" % err)
    if failure is not None:
        raise failure
    return result


def verify(path, identities, signer):
    expected = parse_signer_arg(signer) if signer else None
    if not os.path.isfile(path):
        raise Fail(4, "no bundle file %s" % path)
    try:
        import cryptography  # noqa: F401
    except ImportError:
        raise Fail(1, "Python's `cryptography` is not installed (Debian: python3-cryptography)")
    order, seen, kept = decrypt_and_read(path, identities)
    if "manifest.yaml" not in kept:
        raise damaged("this is not a carnet bundle: it has no manifest.yaml")
    m = parse_manifest(kept["manifest.yaml"])
    if "manifest.sig" not in kept:
        raise damaged("the bundle has no manifest.sig: it is not signed")
    verify_signature(m, kept["manifest.yaml"], kept["manifest.sig"])
    listed = set()
    for x in m["members"]:
        listed.add(x["path"])
        got = seen.get(x["path"])
        if got is None:
            raise damaged("%s is listed in the manifest but missing from the bundle" % x["path"])
        if got[0] != x["size"]:
            raise damaged("%s has %d bytes, but the manifest says %d" % (x["path"], got[0], x["size"]))
        if got[1] != x["sha256"]:
            raise damaged("%s does not match its SHA-256 in the manifest" % x["path"])
    for p in order:
        if p not in ("manifest.yaml", "manifest.sig") and p not in listed:
            raise damaged("the bundle holds %s, which its manifest does not list" % p)
    if order != [x["path"] for x in m["members"]] + ["manifest.yaml", "manifest.sig"]:
        raise damaged("the bundle's members are not in the order its manifest lists them")
    fp = m["signer"]["fingerprint"]
    if expected is not None and fp != expected:
        raise damaged("the bundle was signed by %s, not by %s" % (fp, expected))
    return {
        "valid": True,
        "bundle": m["id"],
        "version": m["version"],
        "signer": fp,
        "signer_checked": expected is not None,
        "documents": len(m["documents"]),
        "members": len(order),
        "purpose": m["purpose"]["kind"],
    }


def main(argv):
    ap = argparse.ArgumentParser(description="Verify a carnet bundle with stock age, Python and cryptography.")
    ap.add_argument("bundle")
    ap.add_argument("-i", "--identity", action="append", default=[], help="an age identity file (repeatable)")
    ap.add_argument("--signer", help="the fingerprint the bundle must be signed by (SHA256:…)")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 2 if e.code else 0
    try:
        r = verify(args.bundle, args.identity, args.signer)
    except Fail as f:
        if args.json:
            print(json.dumps({"valid": False, "exit": f.code, "error": str(f)}))
        print("invalid: %s" % f, file=sys.stderr)
        return f.code
    if args.json:
        print(json.dumps(r))
    else:
        print("valid: bundle %s (format version %d), %d document(s), %d member(s) match the signed manifest"
              % (r["bundle"], r["version"], r["documents"], r["members"]))
        print("signer: %s (%s)" % (r["signer"], "checked" if r["signer_checked"] else
                                   "unchecked: compare it with the fingerprint the sender gives you"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
