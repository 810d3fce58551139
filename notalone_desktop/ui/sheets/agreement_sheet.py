"""The family agreement and the "3 Nos, 3 Musts" poster on paper, in the interface language.

The agreement's text is made from what the family has done on the checklist and the children's ages
(core.content.agreement.compose); the parent may change it in the window before printing. Then come lines to
sign for each child and the parents, and a poster page with the campaign's rules, large.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notalone_desktop.core.content.agreement import AgreementContent, PosterRule, compose
from notalone_desktop.core.content.life_events import is_life_key
from notalone_desktop.ui.sheets.common import esc, find_child, span
from notalone_desktop.ui.sheets.layout import OnePage, Sheet
from notalone_desktop.ui.theme.tokens import PRINT

if TYPE_CHECKING:
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services

SIGN_LINE = "_" * 20
DATE_LINE = "_" * 10
LONG_LIST = 6  # promises: a longer list goes into two columns when the page is full
# (promise size in pt, columns), tried in this order until the agreement and its signatures fit one page
AGREEMENT_VARIANTS = ((PRINT.body, 1), (PRINT.body_min, 2), (9.0, 2))
POSTER_GROWTH = (1.3, 1.2, 1.1, 1.05, 1.0)  # the poster's sizes, tried from the largest


def content_of(services: Services) -> AgreementContent:
    """The agreement's content (the catalog reads it once)."""
    return services.content.agreement


def _children(services: Services, child: str | None) -> list[ChildInfo]:
    return services.family.children() if child is None else [find_child(services, child)]


def default_text(services: Services, lang: str, children: list[ChildInfo] | None = None) -> str:
    """The agreement made from the items done (by the family and these children) and these children's ages."""
    children = services.family.children() if children is None else children
    owners: list[int | None] = [None] + [c.id for c in children]
    done = {
        item.key
        for owner in owners
        for item in services.checklist.items(owner, lang)
        if item.state == "done" and not is_life_key(item.key)
    }
    return compose(content_of(services), lang, done, {c.band for c in children})


def build_html(services: Services, lang: str, child: str | None) -> Sheet:
    """`notalone print agreement`: the agreement as generated (nothing edited), signatures, the poster."""
    children = _children(services, child)
    return html_from_text(services, lang, default_text(services, lang, children), children)


def html_from_text(
    services: Services, lang: str, text: str, children: list[ChildInfo] | None = None, poster: bool = True
) -> Sheet:
    """The printout of an agreement text as the parent left it: the first line is the title, lines starting with
    '- ' are promises, a line ending in ':' before promises is a heading; then signatures and the poster.

    The agreement and its signatures share one page (long lists go into two columns, then the page is drawn
    smaller); the poster has a page of its own."""
    content = content_of(services)
    children = services.family.children() if children is None else children
    variants = tuple(_agreement(text, size, columns) for size, columns in AGREEMENT_VARIANTS)
    parts: list[OnePage] = [OnePage(variants, _signatures(content, lang, children), min_scale=0.7)]
    if poster:
        # As large as the page allows: a poster is read from across the kitchen.
        parts.append(OnePage(tuple(poster_html(content, lang, grow) for grow in POSTER_GROWTH), min_scale=0.5))
    return Sheet(parts)


def _agreement(text: str, size: float, columns: int) -> str:
    """The agreement's text as HTML, promises at `size` pt; lists longer than LONG_LIST in `columns` columns."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    parts: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if not bullets:
            return
        if columns > 1 and len(bullets) > LONG_LIST:
            half = (len(bullets) + 1) // 2
            cells = "".join(
                f"<td width='50%' style='padding-right:8px'>{_bullet_list(chunk, size)}</td>"
                for chunk in (bullets[:half], bullets[half:])
            )
            parts.append(f"<table width='100%' cellspacing='0'><tr>{cells}</tr></table>")
        else:
            parts.append(_bullet_list(bullets, size))
        bullets.clear()

    title_done = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if not title_done:
            parts.append(f"<h1>{esc(stripped)}</h1>")
            title_done = True
            continue
        if stripped[:2] in ("- ", "• ", "* "):
            bullets.append(esc(stripped[2:].strip()))
            continue
        flush()
        following = next((n.strip() for n in lines[index + 1 :] if n.strip()), "")
        if stripped.endswith(":") and following[:2] in ("- ", "• ", "* "):
            parts.append(f"<h2 style='margin-top:12px'>{span(esc(stripped), PRINT.item + 1, bold=True)}</h2>")
        else:
            parts.append(f"<p>{span(esc(stripped), size)}</p>")
    flush()
    return "".join(parts)


def _bullet_list(bullets: list[str], size: float) -> str:
    return "<ul>" + "".join(f"<li style='margin-bottom:3px'>{span(b, size)}</li>" for b in bullets) + "</ul>"


def _signatures(content: AgreementContent, lang: str, children: list[ChildInfo]) -> str:
    """A place to sign for each child and two parents, two to a row: room to sign, and room for the promises."""
    date = esc(content.words("date", lang))
    cells = [
        f"<td width='50%' style='padding-top:10px; padding-right:12px'>{span(esc(name), PRINT.item, bold=True)}"
        f"<br/><span style='font-size:{PRINT.body}pt; line-height:160%'>{SIGN_LINE}&nbsp;&nbsp;{date}: {DATE_LINE}"
        "</span></td>"
        for name in [c.nickname for c in children] + [content.words("parent", lang)] * 2
    ]
    rows = "".join("<tr>" + "".join(cells[n : n + 2]) + "</tr>" for n in range(0, len(cells), 2))
    heading = span(esc(content.words("signatures", lang)), PRINT.section, bold=True)
    return f"<hr/><p style='margin-top:4px'>{heading}</p><table width='100%' cellspacing='0'>{rows}</table>"


def poster_html(content: AgreementContent, lang: str, grow: float = 1.0) -> str:
    """The campaign's 3 Nos and 3 Musts, large and clear, for a page of their own; `grow` enlarges the tokens' sizes."""

    def para(text: str, size: float, bold: bool = False, before: int = 0) -> str:
        return (
            f"<p style='margin-top:{round(before * grow)}px; margin-bottom:3px'>"
            f"{span(esc(text), round(size * grow, 1), bold)}</p>"
        )

    def group(heading: str, mark: str, rules: tuple[PosterRule, ...]) -> str:
        rows = [para(heading, PRINT.poster_heading, bold=True, before=22)]
        for number, rule in enumerate(rules, start=1):
            rows.append(para(f"{mark}{number}. {rule.text.get(lang)}", PRINT.poster_rule, bold=True, before=14))
            rows.append(para(rule.detail.get(lang), PRINT.poster_detail))
        return "".join(rows)

    return (
        para(content.poster_words("title", lang), PRINT.poster_title, bold=True)
        + para(content.poster_words("subtitle", lang), PRINT.poster_detail)
        + group(content.poster_words("nos", lang), "\u2716 ", content.nos)
        + group(content.poster_words("musts", lang), "\u2714 ", content.musts)
        + para(content.poster_words("footer", lang), PRINT.poster_detail, bold=True, before=30)
    )
