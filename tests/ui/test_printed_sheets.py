"""Every printed sheet for the demo family, in Vietnamese and German, on A4 and on Letter: the pages it takes and
the text it must carry, read back from the real PDF with pdftotext (and pdfimages for the boxes to tick)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from notalone_desktop.services import Services, open_services
from notalone_desktop.services.demo import create_demo_family
from notalone_desktop.services.plan import PlanInput

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None, reason="poppler-utils is not installed"
)
WORD = "hoa sen vàng"
LANGS = ("vi", "de")
PAPERS = ("a4", "letter")
# What a language calls the demo family's things (the test's own oracle, not the app's code).
WORDS = {
    "vi": {
        "month": "Tháng này của {}",
        "word": "Mật mã gia đình:",
        "emergency": "Khi khẩn cấp",
        "card": "Không một mình: gọi cho ai",
        "plan": "Kế hoạch an toàn cho {}",
        "ransom": "Nếu nhận được tin đòi tiền chuộc",
        "undressed": "không mặc quần áo",
        "pick-up": "đến đón",
        "checked": "đã kiểm tra ngày 22 thg 11, 2026",
        "doubts": ("cần kiểm tra lại", "Hãy kiểm tra lại", "check locally"),
        "agreement": "Thỏa thuận an toàn trên mạng",
        "poster": "3 Không, 3 Phải",
        "booklet": "Danh sách an toàn của gia đình",
    },
    "de": {
        "month": "Diesen Monat: {}",
        "word": "Familien-Codewort:",
        "emergency": "Im Notfall",
        "card": "Not Alone: Wen rufe ich an?",
        "plan": "Sicherheitsplan für {}",
        "ransom": "Lösegeld",
        "undressed": "unbekleidet",
        "pick-up": "abholen",
        "checked": "geprüft am 22. Nov. 2026",
        "doubts": ("vor Ort prüfen", "check locally"),
        "agreement": "Familienvereinbarung",
        "poster": "3 Neins und 3 Muss",
        "booklet": "Sicherheits-Checkliste der Familie",
    },
}


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The demo family; Lan's plan names Thảo then Chú Hùng, Bông's Bà Hoa then Chú Hùng; both have a code word."""
    services = open_services(tmp_path_factory.mktemp("prints") / "data")
    create_demo_family(services)
    kids = {c.nickname: c.id for c in services.family.children()}
    people = {c.name: c.id for c in services.contacts.contacts()}
    services.plan.save(kids["Lan"], PlanInput(("Ký túc xá, phòng 312",), (people["Thảo"], people["Chú Hùng"]), WORD))
    services.plan.save(kids["Bông"], PlanInput((), (people["Bà Hoa"], people["Chú Hùng"]), WORD))
    yield services
    services.close()


@pytest.fixture(scope="module")
def render(qapp, family: Services, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., Path]]:  # type: ignore[no-untyped-def]
    """Print a sheet as `notalone print` does (each one once per module); English is back afterwards."""
    from notalone_desktop.ui.i18n import Translations
    from notalone_desktop.ui.printing import sheet_html, write_pdf

    folder = tmp_path_factory.mktemp("pdf")
    translations = Translations()
    done: dict[tuple[str, str, str, str | None], Path] = {}

    def print_sheet(kind: str, lang: str, paper: str, child: str | None = None) -> Path:
        key = (kind, lang, paper, child)
        if key not in done:
            translations.install(lang)
            out = folder / f"{kind}-{lang}-{paper}-{child or 'all'}.pdf"
            done[key] = write_pdf(sheet_html(kind, family, lang, child), out, paper)
        return done[key]

    yield print_sheet
    translations.install("en")


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def text(pdf: Path, page: int | None = None) -> str:
    only = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(["pdftotext", *only, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    # The layout's line breaks do not matter here; NFKC undoes the typographic ligatures ("ﬁ").
    return " ".join(unicodedata.normalize("NFKC", out).split())


def boxes(pdf: Path, page: int) -> list[float]:
    """The side in mm of each box to tick drawn on `page` (the only images the sheets place)."""
    listing = subprocess.run(
        ["pdfimages", "-f", str(page), "-l", str(page), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = [row.split() for row in listing]
    return [int(row[3]) / int(row[12]) * 25.4 for row in rows if row[2] == "image"]  # not their alpha masks


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", LANGS)
def test_this_months_sheet_is_one_page_per_child_with_big_boxes_and_the_numbers(render, lang, paper) -> None:  # type: ignore[no-untyped-def]
    w = WORDS[lang]
    pdf = render("month", lang, paper)
    assert pages(pdf) == 3
    for page, name in enumerate(("Lan", "Minh", "Bông"), start=1):
        on_page = text(pdf, page)
        assert w["month"].format(name) in on_page
        assert w["word"] in on_page and WORD not in on_page  # the reminder, never the word
        assert w["emergency"] in on_page and "113" in on_page and "111" in on_page
        sides = boxes(pdf, page)
        assert all(side >= 5.0 for side in sides), sides
        if name != "Bông":  # the demo's young child has only six open items that fit her age
            assert 8 <= len(sides) <= 12
    lan, bong = text(pdf, 1), text(pdf, 3)
    assert "{" not in lan + bong
    assert "0935 222 333" in lan  # Lan's plan: Thảo first
    assert "0912 345 678" in bong and "024 3825 7111" in bong  # Bông's plan, with every number of Chú Hùng


def test_one_childs_month_sheet(render) -> None:  # type: ignore[no-untyped-def]
    pdf = render("month", "vi", "a4", "minh")
    assert pages(pdf) == 1 and "Tháng này của Minh" in text(pdf) and "Lan" not in text(pdf)


@pytest.mark.parametrize(("lang", "paper"), [("vi", "a4"), ("de", "letter")])
def test_the_booklet_has_every_item_in_large_enough_type_with_page_numbers(render, family, lang, paper) -> None:  # type: ignore[no-untyped-def]
    pdf = render("checklist", lang, paper)
    count = pages(pdf)
    whole = text(pdf)
    assert WORDS[lang]["booklet"] in whole and f"1/{count}" in whole and f"{count}/{count}" in whole
    assert "{" not in whole  # content's placeholders ({police} ...) printed as the country's numbers
    for owner in [None] + [c.id for c in family.family.children()]:
        for item in family.checklist.items(owner, lang):
            assert " ".join(item.title.split())[:30] in whole, item.key
    # Word heights in pt: DejaVu Sans draws a word about 1.17 times its size high. Only the dates line at the top,
    # the page footers and the closing line may be smaller than 10 pt.
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    heights = [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', bbox)]
    small = [h for h in heights if h < 10 * 1.16]
    assert len(small) < 0.1 * len(heights)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", LANGS)
def test_wallet_cards_fill_a_page_and_the_emergency_sheet_is_one_page(render, lang, paper) -> None:  # type: ignore[no-untyped-def]
    w = WORDS[lang]
    pdf = render("card", lang, paper)
    assert pages(pdf) == 2  # a page of cards, then the emergency sheet
    cards = text(pdf, 1)
    assert cards.count(w["card"]) == 8
    assert "0987 654 321" in cards and "024 3825 7111" in cards  # a contact's second number is on the card
    sheet = text(pdf, 2)
    assert "113" in sheet and "0912 345 678" in sheet and "024 3825 7111" in sheet
    assert w["checked"] in sheet  # when each line was last checked, in the language's own date format
    assert not [doubt for doubt in w["doubts"] if doubt in cards + sheet]


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_fits_each_childs_age(render, lang, paper) -> None:  # type: ignore[no-untyped-def]
    w = WORDS[lang]
    pdf = render("plan", lang, paper)
    assert pages(pdf) == 3
    lan, minh, bong = (text(pdf, n) for n in (1, 2, 3))
    assert w["plan"].format("Lan") in lan and w["ransom"] in lan and w["undressed"] in lan
    for young in (minh, bong):  # 11 and 5: the adults around them, the code word at pick-up; no ransom, no images
        assert w["pick-up"] in young
        assert w["ransom"] not in young and w["undressed"] not in young
    assert WORD not in lan + minh + bong


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_agreement_is_one_page_with_its_signatures_and_the_poster_one_more(render, lang, paper) -> None:  # type: ignore[no-untyped-def]
    w = WORDS[lang]
    pdf = render("agreement", lang, paper)
    assert pages(pdf) == 2
    agreement, poster = text(pdf, 1), text(pdf, 2)
    assert w["agreement"] in agreement and all(name in agreement for name in ("Lan", "Minh", "Bông"))
    assert w["poster"] in poster and w["agreement"] not in poster
