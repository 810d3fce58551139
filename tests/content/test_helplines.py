"""The shipped helplines and emergency first steps: every file valid, sourced, dated, in English and Vietnamese."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers
import pytest

from notalone_desktop.core.content.helplines import SITUATIONS, Country, load_countries, load_situations
from notalone_desktop.services.contacts import tel_uri
from tests.conftest import REPO

HELPLINES = REPO / "resources" / "helplines"
EMERGENCIES = REPO / "resources" / "emergencies.toml"
# The oldest check a shipped number may carry: the campaign started in 2025.
OLDEST_CHECK = dt.date(2025, 1, 1)


@pytest.fixture(scope="module")
def countries() -> dict[str, Country]:
    loaded, problems = load_countries(HELPLINES)
    assert [str(p) for p in problems] == []
    return loaded


def test_every_helpline_file_loads_without_problems(countries: dict[str, Country]) -> None:
    files = sorted(path.stem for path in HELPLINES.glob("*.toml"))
    assert sorted(countries) == files
    assert all(country.lines for country in countries.values())


def test_at_least_eight_countries(countries: dict[str, Country]) -> None:
    assert len(countries) >= 8
    assert {"VN", "ID", "DE"} <= set(countries)


def test_vietnam_has_the_national_numbers_and_fraud_channels(countries: dict[str, Country]) -> None:
    vietnam = countries["VN"]
    numbers = {line.number: line for line in vietnam.lines if line.number}
    assert {"111", "113", "114", "115"} <= set(numbers)
    assert numbers["111"].kind == "child"
    assert numbers["113"].kind == "police"
    assert vietnam.police == "113"
    # Online-fraud reporting: the scam website check, and the number that takes forwarded scam texts.
    urls = {line.url for line in vietnam.lines if line.url and line.kind in ("scam", "report")}
    assert "https://tinnhiemmang.vn" in urls
    assert numbers["5656"].kind in ("scam", "report")
    # The portal whose address is reported only second-hand ships with the "check locally" caveat.
    portal = next(line for line in vietnam.lines if "khonggianmang" in line.url)
    assert portal.check_locally


def test_every_entry_is_sourced_dated_and_in_english_and_vietnamese(countries: dict[str, Country]) -> None:
    today = dt.date.today()
    for country in countries.values():
        for line in country.lines:
            where = f"{country.code} {line.key}"
            assert line.source.startswith("https://"), where
            assert OLDEST_CHECK <= line.verified <= today, where
            for field in (line.name, line.purpose, line.hours, line.cost):
                assert field.is_translated("en") and field.is_translated("vi"), where
            assert line.key.startswith(country.code.lower() + "."), where


def test_every_number_cites_the_page_that_states_it(countries: dict[str, Country]) -> None:
    """Not a site's home page: the page a parent (or a reviewer) can open to see the number. A line that could
    not be checked says why, in its own words."""
    for country in countries.values():
        for line in country.lines:
            if line.number and not line.unconfirmed:
                path = urlsplit(line.source).path.strip("/")
                assert path or urlsplit(line.source).query, f"{line.key}: {line.source} is a home page"
            assert line.unconfirmed == "" or len(line.unconfirmed) > 20, line.key


def test_the_lines_the_issue_asked_for(countries: dict[str, Country]) -> None:
    kenya = {line.number for line in countries["KE"].lines}
    assert "1195" in kenya and "0800 730 999" not in kenya  # the GBV line no official page confirmed
    germany = {line.number: line for line in countries["DE"].lines}
    assert {"0800 111 0 111", "116 123"} <= set(germany)
    assert "crisis_line" in germany["0800 111 0 111"].serves
    vietnam = {line.number: line for line in countries["VN"].lines}
    assert vietnam["156"].serves == ("scam_report",) and vietnam["156"].verified == dt.date(2026, 12, 7)


def test_numbers_are_dialable_and_regions_are_known(countries: dict[str, Country]) -> None:
    for country in countries.values():
        assert country.region in phonenumbers.SUPPORTED_REGIONS, country.code
        keys = [line.key for line in country.lines]
        assert len(keys) == len(set(keys)), country.code
        # "Get help now" always shows the police number, so it must be one of the country's lines.
        assert any(line.number.replace(" ", "") == country.police for line in country.lines), country.code
        for line in country.lines:
            if line.number:
                assert re.fullmatch(r"tel:\+?\d{3,15}", tel_uri(line.number)), line.key


def test_a_broken_helpline_file_is_reported(tmp_path: Path) -> None:
    """The checks above can fail: a line with an http source, no date and a letter in its number is refused."""
    text = (HELPLINES / "VN.toml").read_text(encoding="utf-8")
    source = 'source = "https://plo.vn/xa-hoi/tong-dai-quoc-gia-bao-ve-tre-em-111-727850.html"'
    assert source in text
    broken = text.replace(source, source.replace("https://", "http://"), 1)
    broken = broken.replace('number = "115"', 'number = "11S"', 1)
    (tmp_path / "VN.toml").write_text(broken, encoding="utf-8")
    countries, problems = load_countries(tmp_path)
    messages = " ".join(str(p) for p in problems)
    assert "vn.child-protection" in messages and "https" in messages
    assert "vn.ambulance" in messages
    assert {line.number for line in countries["VN"].lines}.isdisjoint({"111", "11S"})


def test_emergencies_have_the_six_situations_in_english_and_vietnamese() -> None:
    situations, problems = load_situations(EMERGENCIES)
    assert [str(p) for p in problems] == []
    assert [s.key for s in situations] == list(SITUATIONS)
    assert set(SITUATIONS) == {
        "online-kidnapping",
        "sextortion",
        "missing",
        "cyberbullying",
        "meeting-request",
        "money-lost",
    }
    for situation in situations:
        assert situation.title.is_translated("en") and situation.title.is_translated("vi"), situation.key
        for lang in ("en", "vi"):
            steps = situation.steps[lang]
            assert 3 <= len(steps) <= 6, (situation.key, lang)
            # Steps are shown beside any country's numbers: none may name a number of its own.
            assert not any(re.search(r"\d{3,}", step) for step in steps), (situation.key, lang)
        assert len(situation.steps["en"]) == len(situation.steps["vi"]), situation.key


def test_online_kidnapping_steps_say_not_to_pay() -> None:
    situations, _problems = load_situations(EMERGENCIES)
    kidnapping = next(s for s in situations if s.key == "online-kidnapping")
    assert "money" in kidnapping.steps["en"][0]
    assert "tiền" in kidnapping.steps["vi"][0]
