"""A content pack's manifest and member names (core/content/pack.py) and its public keys (pack_keys.py), on
hand-built values: a good manifest is read into plain values, and each wrong field is refused in the one sentence
an NGO reads, naming the field."""

# ruff: noqa: E501  (the table of refusals keeps one case a line, each with the whole sentence it gives)

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.pack import (
    MAX_CONTENT_BYTES,
    MAX_TRANSLATION_BYTES,
    PackFile,
    PackRefused,
    limit_for,
    manifest_document,
    member_problem,
    parse_manifest,
    translations_problem,
    version_tuple,
)
from notalone_desktop.core.content.pack_keys import PackKeyError, PublicKey, parse_public_key

KEY = PublicKey(bytes(range(32)))
SHA = "0123456789abcdef" * 4
ITEMS = "content/checklists/strangers.toml"
THAI_QM = "translations/notalone_th.qm"


def good() -> dict[str, Any]:
    return {
        "format": "notalone-pack",
        "format_version": 1,
        "id": "ngo-th",
        "version": 3,
        "publisher": "Example NGO",
        "date": "2026-12-01",
        "title": {"en": "Thai pack", "th": "ชุดภาษาไทย"},
        "languages": ["en", "th"],
        "language_names": {"th": "ไทย"},
        "min_app_version": "0.1.0",
        "public_key": KEY.text,
        "files": {ITEMS: {"sha256": SHA, "size": 10}, THAI_QM: {"sha256": SHA, "size": MAX_CONTENT_BYTES + 1}},
        "adds": {"items": ["strangers.pack-item"], "lessons": ["th/pack-lesson"]},
        "replaces": {"helplines": ["id.sapa-129"], "countries": ["ID"], "agreement": ["agreement"]},
    }


def refusal(change: Callable[[dict[str, Any]], object]) -> str:
    manifest = good()
    change(manifest)
    with pytest.raises(PackRefused) as refused:
        parse_manifest(manifest)
    return str(refused.value).removeprefix("its manifest is not valid: ")


def test_a_good_manifest_is_read_into_plain_values_and_written_back_the_same() -> None:
    manifest = parse_manifest(good())
    assert (manifest.pack_id, manifest.version, manifest.publisher, manifest.date) == (
        "ngo-th",
        3,
        "Example NGO",
        dt.date(2026, 12, 1),
    )
    assert manifest.title == Text({"en": "Thai pack", "th": "ชุดภาษาไทย"})
    assert (manifest.name("th"), manifest.name("vi")) == ("ชุดภาษาไทย", "Thai pack")
    assert (manifest.languages, manifest.new_languages, dict(manifest.language_names)) == (
        ("en", "th"),
        ("th",),
        {"th": "ไทย"},
    )
    assert (manifest.min_app_version, manifest.public_key) == ("0.1.0", KEY)
    assert manifest.files == (PackFile(ITEMS, SHA, 10), PackFile(THAI_QM, SHA, MAX_CONTENT_BYTES + 1))
    assert manifest.listing()["items"] == {"strangers.pack-item"}
    assert manifest.listing()["countries"] == {"ID"} and manifest.listing()["scenarios"] == set()
    document = manifest_document(manifest)
    assert document == {**good(), "adds": {"items": ["strangers.pack-item"], "lessons": ["th/pack-lesson"]}}
    assert list(document) == list(good())  # the fields in the documented order
    assert parse_manifest(document) == manifest
    assert parse_manifest(good(), verified=True) == manifest


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda m: m.clear(), "format: is not 'notalone-pack': this is not a Not Alone content pack"),
        (lambda m: m.update(format="zip"), "format: is not 'notalone-pack': this is not a Not Alone content pack"),
        (lambda m: m.update(format_version=0), "format_version: must be a whole number"),
        (lambda m: m.update(format_version=True), "format_version: must be a whole number"),
        (lambda m: m.update(format_version="1"), "format_version: must be a whole number"),
        (lambda m: m.update(format_version=2), "format_version: 2 is newer than this app reads (1); update Not Alone"),
        (lambda m: m.update(extra=1), "extra: unknown key (allowed: format, format_version, id, version, publisher, "
         "date, title, languages, language_names, min_app_version, public_key, files, adds, replaces)"),
        (lambda m: m.pop("publisher"), "publisher: missing"),
        (lambda m: m.pop("replaces"), "replaces: missing"),
        (lambda m: m.update(id="NGO"), "id: is not a pack id (2-60 lower-case letters, digits and dashes)"),
        (lambda m: m.update(version=0), "version: must be a whole number from 1 to 1000000000"),
        (lambda m: m.update(publisher=""), "publisher: must be text of at most 120 characters, not empty"),
        (lambda m: m.update(publisher="x" * 121), "publisher: must be text of at most 120 characters, not empty"),
        (lambda m: m.update(publisher="Example  NGO"), "publisher: must be one line of text without control characters"),
        (lambda m: m.update(publisher=" Example"), "publisher: must be one line of text without control characters"),
        (lambda m: m.update(publisher="Example\u0085NGO"), "publisher: must be one line of text without control characters"),
        (lambda m: m.update(publisher="Example\x7fNGO"), "publisher: must be one line of text without control characters"),
        (lambda m: m.update(date="2026-13-01"), "date: must be a date"),
        (lambda m: m.update(title="Thai pack"), 'title: must give the text per language: {"en": "..."}'),
        (lambda m: m.update(title={f"l{n:02d}"[:3]: "x" for n in range(51)} | {"en": "x"}),
         'title: must give the text per language: {"en": "..."}'),
        (lambda m: m.update(title={"en": "Thai pack", "Thai": "x"}), "title.Thai: is not a language code"),
        (lambda m: m.update(title={"en": "Thai pack", "thai-language-x": "x"}), "title.thai-langu: is not a language code"),
        (lambda m: m.update(title={"th": "ชุดภาษาไทย"}), "title: needs an English text (en)"),
        (lambda m: m.update(title={"en": "Thai\npack"}), "title.en: must be one line of text without control characters"),
        (lambda m: m.update(title={"en": "x" * 201}), "title.en: must be text of at most 200 characters, not empty"),
        (lambda m: m.update(languages=["th"], title={"en": "x"}), "languages: must list each language once, English (en) among them"),
        (lambda m: m.update(languages=["en", "th", "th"]), "languages: must list each language once, English (en) among them"),
        (lambda m: m.update(languages=["en", "TH"]), "languages[1]: is not a language code (th, km)"),
        (lambda m: m.update(languages=["en"] + [f"a{chr(97 + n % 26)}{chr(97 + n // 26)}" for n in range(50)]),
         "languages: holds 51 entries, and at most 50 are allowed"),
        (lambda m: m.update(language_names=[]), "language_names: must be an object"),
        (lambda m: m.update(language_names={}), "language_names.th: missing: a new language needs its name"),
        (lambda m: m.update(language_names={"th": "ไทย", "vi": "Tiếng Việt"}),
         "language_names.vi: names a language the pack does not add"),
        (lambda m: m.update(language_names={"th": "ไทย", "km": "ខ្មែរ"}),
         "language_names.km: names a language the pack does not add"),
        (lambda m: m.update(language_names={"th": "x" * 61}), "language_names.th: must be text of at most 60 characters, not empty"),
        (lambda m: m.update(min_app_version="0.1.0-beta"), "min_app_version: is not a version such as 0.1.0"),
        (lambda m: m.update(public_key="ssh-ed25519 AAAA"),
         "public_key: 'ssh-ed25519 AAAA' is not a public key (it must start with ed25519:)"),
        (lambda m: m.update(public_key="ed25519:" + "x" * 200), "public_key: must be text of at most 200 characters"),
        (lambda m: m.update(files={}), "files: must list from 1 to 5000 files"),
        (lambda m: m.update(files=[ITEMS]), "files: must list from 1 to 5000 files"),
        (lambda m: m.update(files={f"content/checklists/c{n}.toml": {"sha256": SHA, "size": 1} for n in range(5001)}),
         "files: must list from 1 to 5000 files"),
        (lambda m: m["files"].update({"notes.txt": {"sha256": SHA, "size": 1}}),
         "files['notes.txt']: is not a file a pack may hold (see packaging/README.md, 'Content packs')"),
        (lambda m: m["files"].update({"content/../x.toml": {"sha256": SHA, "size": 1}}),
         "files['content/../x.toml']: lies outside the pack (a path with '..', a backslash, a drive or a leading '/')"),
        (lambda m: m["files"].update({ITEMS: {"sha256": SHA.upper(), "size": 1}}),
         f"files['{ITEMS}'].sha256: is not a SHA-256"),
        (lambda m: m["files"].update({ITEMS: {"sha256": SHA, "size": MAX_CONTENT_BYTES + 1}}),
         f"files['{ITEMS}'].size: must be a whole number from 0 to {MAX_CONTENT_BYTES}"),
        (lambda m: m["files"].update({THAI_QM: {"sha256": SHA, "size": MAX_TRANSLATION_BYTES + 1}}),
         f"files['{THAI_QM}'].size: must be a whole number from 0 to {MAX_TRANSLATION_BYTES}"),
        (lambda m: m["files"].update({ITEMS: {"sha256": SHA}}), f"files['{ITEMS}'].size: missing"),
        (lambda m: m.update(adds=[]), "adds: must be an object of kinds"),
        (lambda m: m.update(replaces={"recipes": []}), "replaces.recipes: unknown kind (known: categories, items, "
         "countries, helplines, lessons, scenarios, situations, life_events, agreement)"),
        (lambda m: m.update(adds={"items": "strangers.x"}), "adds.items: must be a list"),
        (lambda m: m.update(adds={"items": [3]}), "adds.items[0]: is not a content key"),
        (lambda m: m.update(adds={"items": ["x" * 125]}), "adds.items[0]: is not a content key"),
        (lambda m: m.update(adds={"items": ["Strangers.X"]}), "adds.items[0]: 'Strangers.X' is not a content key"),
        (lambda m: m.update(adds={"countries": ["IDN"]}), "adds.countries[0]: 'IDN' is not a content key"),
        (lambda m: m.update(adds={"helplines": ["id.sapa-129"]}),
         "adds.helplines: 'id.sapa-129' is listed as added and as replaced"),
    ],
)  # fmt: skip
def test_each_wrong_field_of_a_manifest_is_refused_naming_it(
    change: Callable[[dict[str, Any]], object], problem: str
) -> None:
    assert refusal(change) == problem


def test_keys_a_pack_may_list() -> None:
    manifest = good()
    manifest["adds"] = {"items": ["x" * 124], "lessons": ["th/a-b.c"], "countries": ["VN"], "agreement": ["agreement"]}
    manifest["replaces"] = {}
    assert parse_manifest(manifest).adds == {
        "items": ("x" * 124,),
        "lessons": ("th/a-b.c",),
        "countries": ("VN",),
        "agreement": ("agreement",),
    }
    assert refusal(lambda m: m.update(format_version=None)) == "format_version: must be a whole number"
    with pytest.raises(PackRefused) as not_an_object:
        parse_manifest([good()])
    assert str(not_an_object.value) == "its manifest is not valid: is not a JSON object"


def test_the_start_takes_the_installed_list_of_files_as_it_is() -> None:
    manifest = good()
    manifest["files"] = {"anything": {"sha256": "x", "size": "7"}}
    assert parse_manifest(manifest, verified=True).files == (PackFile("anything", "x", 7),)
    with pytest.raises(PackRefused) as not_a_list:
        parse_manifest({**good(), "files": []}, verified=True)
    assert str(not_a_list.value) == "its manifest is not valid: files: must list the files"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (ITEMS, None),
        ("content/helplines/TH.toml", None),
        ("content/lessons/th/pack-lesson.md", None),
        ("content/scenarios/fake-bank.toml", None),
        ("content/life_events.toml", None),
        ("translations/qtbase_extra_th.qm", None),
        ("/etc/passwd", "outside"),
        ("\\windows\\x", "outside"),
        ("C:x.toml", "outside"),
        ("content/lessons/../../x.md", "outside"),
        ("content\\checklists\\a.toml", "outside"),
        ("content/checklists/A.toml", "not allowed"),
        ("content/helplines/tha.toml", "not allowed"),
        ("content/other.toml", "not allowed"),
        ("translations/notalone_th.ts", "not allowed"),
    ],
)
def test_which_names_a_pack_may_hold(name: str, problem: str | None) -> None:
    expected = {
        None: None,
        "outside": "lies outside the pack (a path with '..', a backslash, a drive or a leading '/')",
        "not allowed": "is not a file a pack may hold (see packaging/README.md, 'Content packs')",
    }[problem]
    assert member_problem(name) == expected


def test_the_size_limits_of_a_member_and_the_order_of_versions() -> None:
    assert (limit_for(THAI_QM), limit_for(ITEMS)) == (MAX_TRANSLATION_BYTES, MAX_CONTENT_BYTES)
    assert version_tuple("0.10.2") == (0, 10, 2) and version_tuple("0.10.2") > version_tuple("0.9.9")


def test_a_pack_brings_the_interface_only_in_a_new_language_it_lists() -> None:
    assert translations_problem(parse_manifest(good())) is None
    shipped = copy.deepcopy(good())
    shipped["files"]["translations/notalone_vi.qm"] = {"sha256": SHA, "size": 1}
    assert translations_problem(parse_manifest(shipped)) == (
        "translations/notalone_vi.qm: a pack may bring the interface only in a new language that it lists in "
        "'languages'"
    )
    unlisted = copy.deepcopy(good())
    unlisted["files"]["translations/qtbase_extra_km.qm"] = {"sha256": SHA, "size": 1}
    assert translations_problem(parse_manifest(unlisted)) == (
        "translations/qtbase_extra_km.qm: a pack may bring the interface only in a new language that it lists in "
        "'languages'"
    )


def test_a_public_key_is_read_or_refused_in_one_sentence() -> None:
    assert parse_public_key(f"  {KEY.text}  # the NGO's key") == KEY
    assert KEY.text == "ed25519:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
    assert KEY.fingerprint == "630d-cd29-66c4-3366"
    with pytest.raises(PackKeyError) as not_base64:
        parse_public_key("ed25519:not base64!")
    assert str(not_base64.value) == "'ed25519:not base64!' is not a public key (not base64)"
    with pytest.raises(PackKeyError) as short:
        parse_public_key("ed25519:AAEC")
    assert str(short.value) == "'ed25519:AAEC' is not an Ed25519 public key (3 bytes, not 32)"
    with pytest.raises(PackKeyError) as other:
        parse_public_key("rsa:" + "A" * 100)
    assert str(other.value) == f"'{'rsa:' + 'A' * 56}' is not a public key (it must start with ed25519:)"


def test_the_edges_of_a_manifests_limits() -> None:
    many = good()
    many["files"] = {f"content/checklists/c{n}.toml": {"sha256": SHA, "size": 1} for n in range(5000)}
    assert len(parse_manifest(many).files) == 5000  # at most 5000: 5000 is fine
    codes = [f"{a}{b}" for a in "abcdfghjkmopqrsuwxyz" for b in "bcdfghjkmpqrstvwxyz"][:50]
    fifty = {code: "x" for code in codes[:49]} | {"en": "x"}
    assert len(parse_manifest({**good(), "title": fifty}).title.by_lang) == 50
    assert refusal(lambda m: m.update(title=fifty | {codes[49]: "x"})) == (
        'title: must give the text per language: {"en": "..."}'
    )
    assert refusal(lambda m: m.update(adds={"items": ["a1"] * 100_001})) == (
        "adds.items: holds 100,001 entries, and at most 100,000 are allowed"
    )


def test_long_wrong_values_are_cut_in_the_message() -> None:
    assert refusal(lambda m: m["files"].update({"x" * 100: {"sha256": SHA, "size": 1}})) == (
        f"files['{'x' * 80}']: is not a file a pack may hold (see packaging/README.md, 'Content packs')"
    )
    assert refusal(lambda m: m.update(language_names={"th": "ไทย", "thai-language": "x"})) == (
        "language_names.thai-langu: names a language the pack does not add"
    )
    assert (
        refusal(lambda m: m.update(adds={"items": ["X" * 70]})) == f"adds.items[0]: '{'X' * 60}' is not a content key"
    )
    assert refusal(lambda m: m.update(adds={"k" * 50: []})) == (
        f"adds.{'k' * 40}: unknown kind (known: categories, items, countries, helplines, lessons, scenarios, "
        "situations, life_events, agreement)"
    )


def test_a_lesson_key_has_one_language_before_one_slash() -> None:
    # After the language, "ab/cd" is not a key, though "cd" alone would be.
    assert refusal(lambda m: m.update(adds={"lessons": ["th/ab/cd"]})) == (
        "adds.lessons[0]: 'th/ab/cd' is not a content key"
    )


def test_a_lower_case_drive_is_outside_the_pack_too() -> None:
    assert (
        member_problem("c:/x.toml")
        == member_problem("C:x.toml")
        == ("lies outside the pack (a path with '..', a backslash, a drive or a leading '/')")
    )


def test_a_built_manifest_is_checked_name_by_name() -> None:
    from notalone_desktop.core.content.pack import manifest_from
    from notalone_desktop.core.errors import Invalid

    manifest = good()
    manifest["files"]["notes.txt"] = {"sha256": SHA, "size": 1}
    with pytest.raises(Invalid) as refused:
        manifest_from(manifest)
    assert str(refused.value) == (
        "files['notes.txt']: is not a file a pack may hold (see packaging/README.md, 'Content packs')"
    )


def test_a_key_after_a_comment_sign_and_junk_in_base64_are_not_taken() -> None:
    assert parse_public_key(f"{KEY.text} # the NGO's key # since 2026") == KEY
    with pytest.raises(PackKeyError) as junk:
        parse_public_key("ed25519:AAEC!")
    assert str(junk.value) == "'ed25519:AAEC!' is not a public key (not base64)"
    long_junk = "ed25519:" + "!" * 70
    with pytest.raises(PackKeyError) as cut:
        parse_public_key(long_junk)
    assert str(cut.value) == f"'{long_junk[:60]}' is not a public key (not base64)"
    long_key = "ed25519:" + "A" * 64  # 48 bytes
    with pytest.raises(PackKeyError) as too_long:
        parse_public_key(long_key)
    assert str(too_long.value) == f"'{long_key[:60]}' is not an Ed25519 public key (48 bytes, not 32)"


def test_a_signature_holds_only_for_its_own_key_and_bytes() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from notalone_desktop.core.content.pack_keys import load_private_key, new_private_key, sign, signature_holds

    pem, public = new_private_key()
    key = load_private_key(pem)
    signature = sign(key, b"manifest")
    assert signature_holds(public, b"manifest", signature)
    assert not signature_holds(public, b"manifest!", signature)
    assert not signature_holds(KEY, b"manifest", signature)
    assert not signature_holds(public, b"manifest", signature[:32])  # not 64 bytes: refused before checking
    assert not signature_holds(public, b"manifest", b"")
    with pytest.raises(PackKeyError) as not_pem:
        load_private_key(b"-----BEGIN NOTHING-----")
    assert str(not_pem.value) == "it is not a private key made by 'notalone pack keygen'"
    other = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(PackKeyError) as not_ed25519:
        load_private_key(other)
    assert str(not_ed25519.value) == "it is not an Ed25519 key (packs are signed with Ed25519 keys only)"


def der(tag: int, body: bytes) -> bytes:
    """One DER value (tag, length, body): enough to hand-build a private key file."""
    if len(body) < 128:
        return bytes([tag, len(body)]) + body
    length = len(body).to_bytes((len(body).bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + body


def test_a_private_key_file_that_cannot_be_used_says_why() -> None:
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from notalone_desktop.core.content.pack_keys import load_private_key

    # An SM2 key (what `openssl genpkey -algorithm SM2` writes): PKCS #8 PEM, a curve `cryptography` cannot read.
    ec_public_key = bytes.fromhex("2a8648ce3d0201")  # the OID 1.2.840.10045.2.1: an elliptic-curve key
    sm2 = bytes.fromhex("2a811ccf5501822d")  # the OID 1.2.156.10197.1.301: the SM2 curve
    ec_private_key = der(0x30, der(0x02, b"\x01") + der(0x04, b"\x01" * 32))
    pkcs8 = der(
        0x30, der(0x02, b"\x00") + der(0x30, der(0x06, ec_public_key) + der(0x06, sm2)) + der(0x04, ec_private_key)
    )
    pem = b"-----BEGIN PRIVATE KEY-----\n" + base64.encodebytes(pkcs8) + b"-----END PRIVATE KEY-----\n"
    with pytest.raises(PackKeyError) as unreadable:
        load_private_key(pem)
    assert str(unreadable.value) == "it cannot be read as a private key (UnsupportedAlgorithm)"
    # A key of ours, but locked with a password, or written as DER: not what keygen writes.
    locked = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"pw")
    )
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    for data in (locked, raw):
        with pytest.raises(PackKeyError) as refused:
            load_private_key(data)
        assert str(refused.value) == "it is not a private key made by 'notalone pack keygen'"
