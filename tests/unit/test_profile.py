"""NGO deployment profiles: every mistake is refused naming its field; applying happens once and never overwrites
what the family changed later."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.profile import Profile, ProfileError, bundle_table, load_profile
from notalone_desktop.services import Services
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.profile import (
    APPLIED_SETTING,
    PROFILE_FILE,
    apply_profile_once,
    apply_shipped_profile,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "profiles" / "example-ngo.toml"
# Countries as the app knows them: its helplines, by country (Vietnam's include the 111 hotline).
COUNTRIES = {"VN": ["113", "114", "115", "112", "111", "5656"], "DE": ["110", "112", "116 111"]}

GOOD = """\
[organisation]
name = "Test Families Network"
logo = "logo.svg"
about.en = "We help families."
about.vi = "Chúng tôi giúp các gia đình."

[defaults]
language = "vi"
country = "VN"

[[contacts]]
name = "Tổng đài 111"
phone = "111"
purpose.en = "Child protection hotline"
purpose.vi = "Tổng đài bảo vệ trẻ em"

[[contacts]]
name = "Network office"
phone = "024 3943 0000"
purpose = "Văn phòng của mạng lưới"

[build]
languages = ["en", "vi"]
"""


def write_profile(folder: Path, text: str, name: str = "test-ngo.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>')
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# Loading and checking -------------------------------------------------------------------------------------------


def test_example_profile_is_valid() -> None:
    profile = load_profile(EXAMPLE, countries=COUNTRIES)
    assert profile.key == "example-ngo"
    assert "Example" in profile.organisation.name
    assert profile.organisation.logo.is_file()
    assert (profile.language, profile.country) == ("vi", "VN")
    assert [(c.name, c.number, c.is_short) for c in profile.contacts] == [("Tổng đài 111", "111", True)]
    assert profile.about("vi").startswith("Bản Không một mình")
    assert "fictional" in profile.about("en")


def test_a_good_profile_is_read_into_plain_values(tmp_path: Path) -> None:
    profile = load_profile(write_profile(tmp_path, GOOD), countries=COUNTRIES)
    office = profile.contacts[1]
    assert office.number == "+842439430000"  # stored in E.164, whatever the family's country
    assert not office.is_short and office.pinned
    # A plain string is the default language's text; other languages fall back to it.
    assert profile.text(office.purpose, "de") == "Văn phòng của mạng lưới"
    assert profile.about("de") == "Chúng tôi giúp các gia đình."  # no German: the default language, Vietnamese
    assert profile.languages == ("en", "vi")
    with pytest.raises(AttributeError):
        profile.country = "DE"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('phone = "111"', 'phone = "12ab"', "[[contacts]][0].phone: '12ab' is not a phone number"),
        ('phone = "111"', 'phone = "999"', "[[contacts]][0].phone: '999' is not a short number one can call in VN"),
        ('phone = "024 3943 0000"', 'phone = "024 39"', "[[contacts]][1].phone: '024 39'"),
        ('phone = "024 3943 0000"', 'phone = "+84 24 1234"', "[[contacts]][1].phone: '+84 24 1234' is not a valid"),
        ('phone = "111"', "phone = 111", "[[contacts]][0].phone: missing"),
        ('name = "Network office"', 'name = ""', "[[contacts]][1].name: must be a non-empty text"),
        ('purpose = "Văn', 'colour = "red"\npurpose = "Văn', "[[contacts]][1].colour: unknown key"),
        ('logo = "logo.svg"', 'logo = "missing.svg"', "[organisation].logo: 'missing.svg' does not exist"),
        ('logo = "logo.svg"', 'logo = "../logo.svg"', "[organisation].logo: '../logo.svg' must be inside"),
        ('logo = "logo.svg"', 'logo = "logo.gif"', "[organisation].logo: must be an .svg or .png file"),
        ('logo = "logo.svg"', 'logo = "logo.svg"\nwebsite = "x"', "[organisation].website: unknown key"),
        ('about.vi = "Chúng', 'about.fr = "Nous"\nabout.vi = "Chúng', "[organisation].about.fr: unknown language"),
        ('language = "vi"', 'language = "fr"', "[defaults].language: unknown language 'fr'"),
        ('country = "VN"', 'country = "FR"', "[defaults].country: unknown country 'FR'"),
        ('country = "VN"', 'country = "vn"', "[defaults].country: 'vn' is not a country code"),
        ('languages = ["en", "vi"]', 'languages = ["en", "xx"]', "[build].languages: unknown language 'xx'"),
        ('languages = ["en", "vi"]', 'languages = ["en"]', "[build].languages: must include the default language"),
        ('languages = ["en", "vi"]', 'extra_content = ["nowhere"]', "[build].extra_content: 'nowhere' is not a"),
        ("[build]", "[branding]", "[branding]: unknown table"),
        ("[build]", "[bundle]", "[bundle]: unknown table"),  # only the build writes it, into the bundle's copy
        ('[defaults]\nlanguage = "vi"\ncountry = "VN"\n', "", "[defaults]: missing"),
        ('country = "VN"\n', "", "[defaults].country: missing"),
    ],
)
def test_mistakes_are_refused_naming_the_field(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in GOOD
    path = write_profile(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ProfileError) as raised:
        load_profile(path, countries=COUNTRIES)
    assert f"{path}: {message}" in str(raised.value)
    assert isinstance(raised.value, ValidationError)
    assert raised.value.field and raised.value.field in str(raised.value)


def test_file_level_problems_name_the_file(tmp_path: Path) -> None:
    broken = write_profile(tmp_path, "[organisation\n")
    with pytest.raises(ProfileError, match=r"test-ngo.toml: is not valid TOML"):
        load_profile(broken)
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile(tmp_path / "absent.toml")
    badly_named = write_profile(tmp_path, GOOD, name="My NGO.toml")
    with pytest.raises(ProfileError, match="lower-case letters, digits and dashes"):
        load_profile(badly_named, countries=COUNTRIES)


def test_without_the_apps_countries_phonenumbers_decides(tmp_path: Path) -> None:
    # phonenumbers knows France but not 111 as a Vietnamese short number: only the shipped helplines vouch for it.
    france = write_profile(tmp_path / "fr", GOOD.replace('country = "VN"', 'country = "FR"'))
    with pytest.raises(ProfileError, match=r"\[\[contacts\]\]\[0\]\.phone: '111'"):
        load_profile(france)
    vietnam = write_profile(tmp_path / "vn", GOOD)
    with pytest.raises(ProfileError, match="'111' is not a short number"):
        load_profile(vietnam)
    assert load_profile(vietnam, countries=COUNTRIES).contacts[0].number == "111"


def test_extra_content_must_mirror_resources(tmp_path: Path) -> None:
    text = GOOD.replace('languages = ["en", "vi"]', 'languages = ["en", "vi"]\nextra_content = ["extra"]')
    path = write_profile(tmp_path, text)
    (tmp_path / "extra" / "photos").mkdir(parents=True)
    with pytest.raises(ProfileError, match=r"\[build\]\.extra_content: 'extra/photos'"):
        load_profile(path, countries=COUNTRIES)
    (tmp_path / "extra" / "photos").rmdir()
    (tmp_path / "extra" / "helplines").mkdir()
    assert load_profile(path, countries=COUNTRIES).extra_content == ((tmp_path / "extra").resolve(),)
    # In a bundle the folders are already merged into resources/: only the build checks that they exist.
    shutil.rmtree(tmp_path / "extra")
    assert load_profile(path, countries=COUNTRIES, for_build=False).extra_content


# Applying -------------------------------------------------------------------------------------------------------


def shipped(services: Services, tmp_path: Path, text: str = GOOD) -> Path:
    """A bundle's resources folder holding the profile, as build.py lays it out."""
    resources = tmp_path / "resources"
    write_profile(resources, text + bundle_table("test-ngo"), name=PROFILE_FILE)
    return resources


def shipped_profile(services: Services, resources: Path) -> Profile | None:
    """The profile a build with `resources` as its last content root ships (as ContentCatalog reads it)."""
    return ContentCatalog([*services.content.roots, resources]).profile


def numbers(services: Services) -> list[str]:
    return [phone.number for contact in services.contacts.contacts() for phone in contact.phones]


def child_line_pinned(services: Services) -> bool:
    return any(e.pinned for e in services.contacts.helpline_entries() if e.line.key == "vn.child-protection")


def test_applied_once_at_the_first_run(services: Services, tmp_path: Path) -> None:
    profile = shipped_profile(services, shipped(services, tmp_path))
    assert profile is not None and profile.key == "test-ngo"
    assert apply_profile_once(services, profile) is True
    info = services.family.info()
    assert (info.language, info.country, info.profile) == ("vi", "VN", "test-ngo")
    assert not info.setup_done  # the first-run wizard still runs, starting from the NGO's defaults
    office = next(c for c in services.contacts.contacts() if c.name == "Network office")
    assert office.relationship == "Test Families Network"
    assert office.note == "Văn phòng của mạng lưới"
    assert office.pinned
    # 111 is either a contact (if the contacts service takes short codes) or the shipped hotline, pinned.
    assert "111" in numbers(services) or child_line_pinned(services)
    assert services.settings.get(APPLIED_SETTING)["profile"] == "test-ngo"
    before = services.contacts.contacts()
    assert apply_profile_once(services, profile) is False
    assert services.contacts.contacts() == before


def test_the_familys_later_changes_are_not_overwritten(services: Services, tmp_path: Path) -> None:
    resources = shipped(services, tmp_path)
    profile = shipped_profile(services, resources)
    assert profile is not None
    apply_profile_once(services, profile)
    # The family sets up in German for Germany, and deletes the NGO's contact.
    services.family.update(language="de", country="DE", setup_done=True)
    office = next(c for c in services.contacts.contacts() if c.name == "Network office")
    services.contacts.delete(office.id)
    # Next start: the profile is still in the bundle.
    again = shipped_profile(services, resources)
    assert again is not None
    assert apply_profile_once(services, again) is False
    info = services.family.info()
    assert (info.language, info.country) == ("de", "DE")
    assert "+842439430000" not in numbers(services)


def test_a_family_set_up_before_keeps_its_language_but_gets_the_contacts(services: Services, tmp_path: Path) -> None:
    services.family.update(language="en", country="VN", setup_done=True)
    services.contacts.add(ContactInput("Office already known", phones=("+84 24 3943 0000",)))
    profile = shipped_profile(services, shipped(services, tmp_path))
    assert profile is not None
    assert apply_profile_once(services, profile) is True
    assert services.family.info().language == "en"
    assert numbers(services).count("+842439430000") == 1  # a number the family has is not added twice
    assert "111" in numbers(services) or child_line_pinned(services)


def test_no_profile_or_a_broken_one_is_no_profile(services: Services, tmp_path: Path) -> None:
    assert shipped_profile(services, tmp_path / "empty") is None
    assert apply_shipped_profile(services) is False  # a source checkout ships no profile
    broken = shipped(services, tmp_path, GOOD.replace('country = "VN"', 'country = "XX"'))
    assert shipped_profile(services, broken) is None
    assert services.settings.get(APPLIED_SETTING) is None
