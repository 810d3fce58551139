"""The NGO profile reader, mistake by mistake, with the whole line the NGO's builder reads; the copy of a profile
inside a bundle; and the texts a profile gives in each language. No database: `load_profile` on written files."""

# ruff: noqa: E501  (the table of mistakes keeps one mistake a line, each with the whole message it gives)

from __future__ import annotations

from pathlib import Path

import pytest

from notalone_desktop.core.content.common import Text
from notalone_desktop.core.content.pack_keys import PublicKey
from notalone_desktop.core.profile import ProfileError, bundle_table, load_profile
from tests.unit.test_profile import COUNTRIES, GOOD, write_profile

CONTACT = '\n[[contacts]]\nname = "Office {n}"\nphone = "024 3943 00{n:02d}"\n'
TABLES = "unknown table (a profile has [organisation], [defaults], [[contacts]] and [build])"
NO_CONTACTS = GOOD[: GOOD.index("[[contacts]]")] + GOOD[GOOD.index("[build]") :]
NO_BUILD = GOOD[: GOOD.index("[build]")]
ANOTHER = ". Numbers from another country start with + and the country code."


def refusal(path: Path, **kw: object) -> str:
    with pytest.raises(ProfileError) as raised:
        load_profile(path, countries=COUNTRIES, **kw)  # type: ignore[arg-type]
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and raised.value.path == str(path)
    return message.removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("^", 'contacts = "111"\n' + NO_CONTACTS, "[[contacts]]: must be written as [[contacts]] tables"),
        ("[build]", "[x]", f"[x]: {TABLES}"),
        ("^", 'build = "all"\n' + NO_BUILD, "[build]: must be a table"),
        ('languages = ["en", "vi"]', 'languages = ["en", "vi"]\ncolour = "red"', "[build].colour: unknown key (allowed: languages, extra_content)"),
        ('country = "VN"', 'country = "VN"\ncurrency = "VND"', "[defaults].currency: unknown key (allowed: language, country)"),
        ("^", "defaults = 1\n" + GOOD.replace("[defaults]", "[other]"), f"[other]: {TABLES}"),
        ("^", "organisation = 1\n" + GOOD.replace("[organisation]", "[x]"), f"[x]: {TABLES}"),
        ('name = "Test Families Network"', 'name = "' + "x" * 121 + '"', "[organisation].name: longer than 120 characters"),
        ('name = "Test Families Network"', "name = 7", "[organisation].name: must be a non-empty text"),
        ('logo = "logo.svg"', "logo = 1", "[organisation].logo: must be a path relative to the profile"),
        ('logo = "logo.svg"', 'logo = "/etc/logo.svg"', "[organisation].logo: '/etc/logo.svg' must be inside the profile's folder"),
        ('about.en = "We help families."\nabout.vi = "Chúng tôi giúp các gia đình."', 'about = "We help."', '[organisation].about: must give the text per language: [organisation].about.en = "..."'),
        ('about.en = "We help families."', 'about.en = "' + "x" * 4001 + '"', "[organisation].about.en: longer than 4000 characters"),
        ('about.en = "We help families."', 'about.en = "   "', "[organisation].about.en: must be a non-empty text"),
        ('language = "vi"', "language = 3", "[defaults].language: unknown language 3 (known: en, vi, id, de)"),
        ('language = "vi"\n', "", "[defaults].language: missing (one of en, vi, id, de)"),
        ('country = "VN"', "country = 84", "[defaults].country: 84 is not a country code (two capitals, e.g. VN)"),
        ('country = "VN"', 'country = "VNM"', "[defaults].country: 'VNM' is not a country code (two capitals, e.g. VN)"),
        ('country = "VN"', 'country = "V1"', "[defaults].country: 'V1' is not a country code (two capitals, e.g. VN)"),
        ('country = "VN"', 'country = "FR"', "[defaults].country: unknown country 'FR' (Not Alone has helplines for DE, VN)"),
        ('country = "VN"\n', "", "[defaults].country: missing (a two-letter country code, e.g. VN)"),
        ("^", "contacts = [1]\n" + NO_CONTACTS, "[[contacts]][0]: must be a table"),
        ('phone = "111"', 'phone = "111"\npinned = "yes"', "[[contacts]][0].pinned: must be true or false"),
        ('phone = "111"', "phone = 111", '[[contacts]][0].phone: missing (the number to call, as text: phone = "111")'),
        ('phone = "111"', 'phone = "call us"', "[[contacts]][0].phone: 'call us' is not a phone number"),
        ('phone = "111"', 'phone = "999"', "[[contacts]][0].phone: '999' is not a short number one can call in VN"),
        ('phone = "024 3943 0000"', 'phone = "+84 24 1234"', "[[contacts]][1].phone: '+84 24 1234' is not a valid number for VN" + ANOTHER),
        ('phone = "024 3943 0000"', 'phone = "+84 (0) 2,4"', "[[contacts]][1].phone: '+84 (0) 2,4' is not a phone number"),
        ('phone = "024 3943 0000"', 'phone = "+1234567"', "[[contacts]][1].phone: '+1234567' is not a valid number for VN" + ANOTHER),
        ('purpose.en = "Child protection hotline"', 'purpose.xx = "Child protection hotline"', "[[contacts]][0].purpose.xx: unknown language (known: en, vi, id, de)"),
        ('languages = ["en", "vi"]', 'languages = "en"', "[build].languages: must be a list of languages, e.g. ['en', 'vi', 'id', 'de']"),
        ('languages = ["en", "vi"]', "languages = []", "[build].languages: must be a list of languages, e.g. ['en', 'vi', 'id', 'de']"),
        ('languages = ["en", "vi"]', 'languages = ["en", 1]', "[build].languages: must be a list of languages, e.g. ['en', 'vi', 'id', 'de']"),
        ('languages = ["en", "vi"]', 'languages = ["en"]', "[build].languages: must include the default language 'vi'"),
        ('languages = ["en", "vi"]', 'extra_content = "extra"', "[build].extra_content: must be a list of folders relative to the profile"),
        ('languages = ["en", "vi"]', "extra_content = [1]", "[build].extra_content: must be a list of folders relative to the profile"),
        ('languages = ["en", "vi"]', 'extra_content = ["../elsewhere"]', "[build].extra_content: '../elsewhere' must be inside the profile's folder"),
        ('languages = ["en", "vi"]', 'extra_content = ["logo.svg"]', "[build].extra_content: 'logo.svg' is not a folder"),
    ],
)  # fmt: skip
def test_each_mistake_is_named_in_one_whole_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = new if old == "^" else GOOD.replace(old, new, 1)  # "^": a whole text (top-level keys go first)
    assert old == "^" or old in GOOD
    assert refusal(write_profile(tmp_path, text)) == message


def test_at_most_twenty_contacts(tmp_path: Path) -> None:
    twenty = GOOD.replace("[build]", "".join(CONTACT.format(n=n) for n in range(18)) + "\n[build]")
    assert len(load_profile(write_profile(tmp_path / "ok", twenty), countries=COUNTRIES).contacts) == 20
    more = GOOD.replace("[build]", "".join(CONTACT.format(n=n) for n in range(19)) + "\n[build]")
    assert refusal(write_profile(tmp_path / "over", more)) == "[[contacts]]: at most 20 contacts"


def test_file_level_problems(tmp_path: Path) -> None:
    big = write_profile(tmp_path / "big", GOOD + "#" * 200_001)
    assert refusal(big) == "larger than 200 kB; is this a profile?"
    latin = write_profile(tmp_path / "latin", GOOD)
    latin.write_bytes(GOOD.encode() + b"# caf\xe9\n")
    assert refusal(latin) == "is not UTF-8 text"
    broken = write_profile(tmp_path / "broken", "[organisation\n")
    assert refusal(broken).startswith("is not valid TOML (")
    missing = tmp_path / "absent.toml"
    assert refusal(missing) == "cannot be read (No such file or directory)"
    badly_named = write_profile(tmp_path / "name", GOOD, name="My NGO.toml")
    assert refusal(badly_named) == "the file's name must be lower-case letters, digits and dashes (my-ngo.toml)"
    big_logo = write_profile(tmp_path / "logo", GOOD)
    (tmp_path / "logo" / "logo.svg").write_bytes(b"<svg>" + b" " * 1_000_001)
    assert refusal(big_logo) == "[organisation].logo: larger than 1000 kB"
    organisation_missing = write_profile(tmp_path / "org", GOOD.split("[defaults]")[1].join(["[defaults]", ""]))
    assert refusal(organisation_missing) == "[organisation]: missing"


def test_the_copy_inside_a_bundle_keeps_the_source_profiles_name(tmp_path: Path) -> None:
    copy = write_profile(tmp_path, GOOD + bundle_table("test-ngo"), name="profile.toml")
    profile = load_profile(copy, countries=COUNTRIES, for_build=False)
    assert (profile.key, profile.source) == ("test-ngo", copy.resolve())
    assert (
        refusal(copy) == "[bundle]: unknown table (a profile has [organisation], [defaults], [[contacts]] and [build])"
    )
    cases = {
        'bundle = "test-ngo"\n' + GOOD: "[bundle]: must be a table",
        GOOD + bundle_table("Test NGO"): "[bundle].profile: must be the source profile's name (my-ngo)",
        GOOD + bundle_table("test-ngo") + "built = 2026\n": "[bundle].built: unknown key (allowed: profile)",
        GOOD + "\n[bundle]\n": "[bundle].profile: must be the source profile's name (my-ngo)",
    }
    for n, (text, message) in enumerate(cases.items()):
        path = write_profile(tmp_path / str(n), text, name="profile.toml")
        assert refusal(path, for_build=False) == message
    assert bundle_table("my-ngo").endswith('[bundle]\nprofile = "my-ngo"\n')


def test_what_a_profile_gives_and_its_texts_in_each_language(tmp_path: Path) -> None:
    text = GOOD.replace('languages = ["en", "vi"]', 'languages = ["de", "vi"]').replace(
        'phone = "111"', 'phone = "111"\npinned = false'
    )
    profile = load_profile(write_profile(tmp_path, text), countries=COUNTRIES)
    assert profile.key == "test-ngo" and profile.source == (tmp_path / "test-ngo.toml").resolve()
    assert profile.languages == ("en", "vi", "de")  # the app's order, English always
    assert profile.organisation.name == "Test Families Network"
    assert profile.organisation.logo == (tmp_path / "logo.svg").resolve()
    hotline, office = profile.contacts
    assert (hotline.name, hotline.phone, hotline.number, hotline.pinned, hotline.is_short) == (
        "Tổng đài 111",
        "111",
        "111",
        False,
        True,
    )
    assert (office.number, office.pinned, profile.text(office.purpose, "en")) == (
        "+842439430000",
        True,
        "Văn phòng của mạng lưới",
    )
    many = Text({"en": "English", "vi": "Tiếng Việt", "id": "Bahasa"})
    assert [profile.text(many, lang) for lang in ("id", "de")] == ["Bahasa", "Tiếng Việt"]  # else the default
    assert profile.text(Text({"en": "English", "id": "Bahasa"}), "de") == "English"  # else English
    assert profile.text(Text({"id": "Bahasa"}), "de") == "Bahasa" and profile.text(Text({}), "de") == ""
    assert profile.about("en") == "We help families." and profile.about("id") == "Chúng tôi giúp các gia đình."
    spaced = GOOD.replace('name = "Test Families Network"', 'name = "  Test   Families\\tNetwork "')
    assert load_profile(write_profile(tmp_path / "s", spaced), countries=COUNTRIES).organisation.name == (
        "Test Families Network"
    )
    png = GOOD.replace('logo = "logo.svg"', 'logo = "LOGO.PNG"')
    (tmp_path / "png").mkdir()
    (tmp_path / "png" / "LOGO.PNG").write_bytes(b"\x89PNG")
    assert load_profile(write_profile(tmp_path / "png", png), countries=COUNTRIES).organisation.logo.name == "LOGO.PNG"


def test_more_file_level_problems_in_whole_words(tmp_path: Path) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert refusal(folder) == "is not a file (a device, a pipe or a folder); is this a profile?"
    deep = write_profile(tmp_path / "deep", "a = " + "[" * 5000 + "]" * 5000 + "\n")
    assert refusal(deep) == "is nested too deep to be a profile"
    digits = write_profile(tmp_path / "digits", "a = " + "9" * 5000 + "\n")
    assert refusal(digits) == "is not valid TOML (ValueError)"
    # A bundle's own table first, then one a profile never has: still named.
    bundled = write_profile(tmp_path / "b", bundle_table("test-ngo") + GOOD + "\n[x]\na = 1\n", name="profile.toml")
    assert refusal(bundled, for_build=False) == f"[x]: {TABLES}"


def test_what_may_be_left_out_and_the_limits_themselves(tmp_path: Path) -> None:
    bare = load_profile(
        write_profile(tmp_path / "bare", NO_BUILD[: NO_BUILD.index("[[contacts]]")]), countries=COUNTRIES
    )
    assert (bare.contacts, bare.languages) == ((), ("en", "vi", "id", "de"))  # no contacts, every language
    limits = (
        GOOD.replace('name = "Test Families Network"', 'name = "' + "x" * 120 + '"')
        .replace('name = "Network office"', 'name = "  Network \\t office "')
        .replace('purpose = "Văn phòng của mạng lưới"\n', "")
        .replace('about.vi = "Chúng tôi giúp các gia đình."', 'about.vi = "  Dòng một.\\nDòng  hai.  "')
    )
    folder = tmp_path / "limits"
    profile = load_profile(write_profile(folder, limits), countries=COUNTRIES)
    (folder / "logo.svg").write_bytes(b"<svg>" + b" " * (1_000_000 - 5))  # exactly the largest logo
    assert load_profile(folder / "test-ngo.toml", countries=COUNTRIES).organisation.logo.stat().st_size == 1_000_000
    assert profile.organisation.name == "x" * 120
    assert profile.contacts[1].name == "Network office"  # a name is one line with single spaces
    assert profile.text(profile.contacts[1].purpose, "en") == ""  # no purpose given
    assert profile.about("vi") == "Dòng một.\nDòng  hai."  # a text keeps its lines, only trimmed
    assert profile.text(Text({"id": "Bahasa", "en": "English"}), "de") == "English"  # English before any other


def test_countries_and_extra_content_are_named_in_whole_words(tmp_path: Path) -> None:
    unknown = write_profile(tmp_path / "xx", GOOD.replace('country = "VN"', 'country = "XX"'))
    with pytest.raises(ProfileError) as raised:
        load_profile(unknown)  # without the app's countries, phonenumbers decides
    assert str(raised.value) == f"{unknown}: [defaults].country: unknown country 'XX'"
    text = GOOD.replace('languages = ["en", "vi"]', 'languages = ["en", "vi"]\nextra_content = ["extra"]')
    path = write_profile(tmp_path / "extra", text)
    (tmp_path / "extra" / "extra" / "photos").mkdir(parents=True)
    assert refusal(path) == (
        "[build].extra_content: 'extra/photos': extra content goes in the folders checklists, helplines, lessons, "
        "scenarios, as in resources/"
    )


def test_a_few_more_mistakes_word_for_word(tmp_path: Path) -> None:
    cases = {
        'defaults = "vi"\n'
        + GOOD.replace('[defaults]\nlanguage = "vi"\ncountry = "VN"\n', ""): "[defaults]: must be a table",
        GOOD.replace('languages = ["en", "vi"]', 'languages = ["en", "xx"]'): (
            "[build].languages: unknown language 'xx' (known: en, vi, id, de)"
        ),
        GOOD.replace('purpose = "Văn phòng của mạng lưới"', 'purpose = "   "'): (
            "[[contacts]][1].purpose: must be a non-empty text"
        ),
        GOOD.replace('phone = "024 3943 0000"', 'phone = "' + "0#" * 30 + '"'): (
            f"[[contacts]][1].phone: '{('0#' * 30)[:40]}' is not a phone number"
        ),
    }
    for n, (text, message) in enumerate(cases.items()):
        assert refusal(write_profile(tmp_path / str(n), text)) == message


def test_the_pack_keys_an_ngo_lists_each_mistake_in_whole_words(tmp_path: Path) -> None:
    keys = [PublicKey(bytes([n]) * 32).text for n in range(21)]

    def with_keys(value: str) -> str:
        return GOOD.replace('logo = "logo.svg"', f'logo = "logo.svg"\npack_keys = {value}')

    def listed(texts: list[str]) -> str:
        return "[" + ", ".join(f'"{text}"' for text in texts) + "]"

    twenty = load_profile(write_profile(tmp_path / "twenty", with_keys(listed(keys[:20]))), countries=COUNTRIES)
    assert [key.text for key in twenty.organisation.pack_keys] == keys[:20]  # in the order listed
    commented = listed([keys[3] + "  # the office's laptop", keys[1]])
    two = load_profile(write_profile(tmp_path / "two", with_keys(commented)), countries=COUNTRIES)
    assert two.organisation.pack_keys == (PublicKey(bytes([3]) * 32), PublicKey(bytes([1]) * 32))
    assert load_profile(write_profile(tmp_path / "none", GOOD), countries=COUNTRIES).organisation.pack_keys == ()
    a_list = '[organisation].pack_keys: must be a list of at most 20 keys: ["ed25519:..."]'
    cases = {
        f'"{keys[0]}"': a_list,
        "[1]": a_list,
        f'["{keys[0]}", 2]': a_list,
        listed(keys): a_list,  # 21 keys
        '["ed25519:abc"]': (
            "[organisation].pack_keys[0]: 'ed25519:abc' is not a public key (not base64) (notalone pack keygen prints it)"
        ),
        listed([keys[0], "ssh-ed25519 AAAA"]): (
            "[organisation].pack_keys[1]: 'ssh-ed25519 AAAA' is not a public key (it must start with ed25519:) "
            "(notalone pack keygen prints it)"
        ),
        listed([keys[0], keys[1], "ed25519:AAAA"]): (
            "[organisation].pack_keys[2]: 'ed25519:AAAA' is not an Ed25519 public key (3 bytes, not 32) "
            "(notalone pack keygen prints it)"
        ),
        listed([keys[0], keys[1], keys[0] + " # again"]): "[organisation].pack_keys[2]: is listed twice",
    }
    for n, (value, message) in enumerate(cases.items()):
        assert refusal(write_profile(tmp_path / str(n), with_keys(value))) == message


def test_a_long_path_is_shown_cut_at_200_characters(tmp_path: Path) -> None:
    deep = "a/" * 120 + "logo.svg"  # 248 characters, each folder's name short: the system takes it
    outside = "/" + "x/" * 125  # absolute: outside the profile's folder
    cases = {
        GOOD.replace('logo = "logo.svg"', f'logo = "{deep}"'): (
            f"[organisation].logo: {deep[:200]!r} does not exist (paths are relative to the profile)"
        ),
        GOOD.replace('logo = "logo.svg"', f'logo = "{outside}"'): (
            f"[organisation].logo: {outside[:200]!r} must be inside the profile's folder"
        ),
        GOOD.replace('languages = ["en", "vi"]', f'languages = ["en", "vi"]\nextra_content = ["{deep}"]'): (
            f"[build].extra_content: {deep[:200]!r} is not a folder"
        ),
    }
    for n, (text, message) in enumerate(cases.items()):
        assert refusal(write_profile(tmp_path / str(n), text)) == message
    entry = "e/" * 100 + "extra"  # a folder that exists, holding one a profile cannot add to
    text = GOOD.replace('languages = ["en", "vi"]', f'languages = ["en", "vi"]\nextra_content = ["{entry}"]')
    path = write_profile(tmp_path / "extra", text)
    (tmp_path / "extra" / entry / "photos").mkdir(parents=True)
    assert refusal(path) == (
        f"[build].extra_content: {f'{entry}/photos'[:200]!r}: extra content goes in the folders checklists, "
        "helplines, lessons, scenarios, as in resources/"
    )
