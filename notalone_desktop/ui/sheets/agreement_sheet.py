"""The family agreement and the "3 Nos, 3 Musts" poster on paper, in the interface language.

The agreement's text is made from what the family has done on the checklist and the children's ages
(core.content.agreement.compose); the parent may change it in the window before printing. Then come lines to
sign for each child and the parents, and a poster page with the campaign's rules, large.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from notalone_desktop.core.content.agreement import AgreementContent, PosterRule, compose
from notalone_desktop.core.content.life_events import is_life_key
from notalone_desktop.core.errors import NotAloneError

if TYPE_CHECKING:
    from notalone_desktop.core.family import ChildInfo
    from notalone_desktop.services import Services

SIGN_LINE = "_" * 34
DATE_LINE = "_" * 14


def content_of(services: Services) -> AgreementContent:
    """The agreement's content (the catalog reads it once)."""
    return services.content.agreement


def _children(services: Services, child: str | None) -> list[ChildInfo]:
    children = services.family.children()
    if child is None:
        return children
    wanted = child.casefold().strip()
    match = next((c for c in children if c.nickname.casefold() == wanted), None)
    if match is None:
        names = ", ".join(c.nickname for c in children) or "-"
        raise NotAloneError(f"There is no child called '{child}' in this family (children: {names}).")
    return [match]


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


def build_html(services: Services, lang: str, child: str | None) -> str:
    """`notalone print agreement`: the agreement as generated (nothing edited), signatures, the poster."""
    children = _children(services, child)
    return html_from_text(services, lang, default_text(services, lang, children), children)


def html_from_text(
    services: Services, lang: str, text: str, children: list[ChildInfo] | None = None, poster: bool = True
) -> str:
    """The printout of an agreement text as the parent left it: the first line is the title, lines starting with
    '- ' are promises, a line ending in ':' before promises is a heading; then signatures and the poster."""
    content = content_of(services)
    children = services.family.children() if children is None else children
    parts = [_agreement(text), _signatures(content, lang, children)]
    if poster:
        parts.append(poster_html(content, lang))
    return f"<html><body>{''.join(parts)}</body></html>"


def _agreement(text: str) -> str:
    esc = html.escape
    lines = [line.rstrip() for line in text.strip().splitlines()]
    parts: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            parts.append("<ul>" + "".join(f"<li style='margin-bottom:3pt'>{b}</li>" for b in bullets) + "</ul>")
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
            parts.append(f"<h2>{esc(stripped)}</h2>")
        else:
            parts.append(f"<p>{esc(stripped)}</p>")
    flush()
    return "".join(parts)


def _signatures(content: AgreementContent, lang: str, children: list[ChildInfo]) -> str:
    esc = html.escape
    date = esc(content.words("date", lang))
    rows = []
    for name in [c.nickname for c in children] + [content.words("parent", lang)] * 2:
        rows.append(
            f"<tr><td width='34%'><b>{esc(name)}</b></td><td>{SIGN_LINE}</td>"
            f"<td width='20%'>{date}: {DATE_LINE}</td></tr>"
        )
    table = f"<table width='100%' cellspacing='0' cellpadding='9'>{''.join(rows)}</table>"
    return f"<h2>{esc(content.words('signatures', lang))}</h2>{table}"


def poster_html(content: AgreementContent, lang: str) -> str:
    """The campaign's 3 Nos and 3 Musts, large and clear, on a page of their own."""
    esc = html.escape

    def para(text: str, size: float, bold: bool = False, before: float = 0) -> str:
        weight = "; font-weight:bold" if bold else ""
        return (
            f"<p style='margin-top:{before}pt; margin-bottom:2pt'>"
            f"<span style='font-size:{size}pt{weight}'>{esc(text)}</span></p>"
        )

    def group(heading: str, mark: str, rules: tuple[PosterRule, ...]) -> str:
        rows = [para(heading, 30, bold=True, before=16)]
        for number, rule in enumerate(rules, start=1):
            rows.append(para(f"{mark}{number}. {rule.text.get(lang)}", 20, bold=True, before=10))
            rows.append(para(rule.detail.get(lang), 14))
        return "".join(rows)

    return (
        "<div style='page-break-before: always'>"
        + para(content.poster_words("title", lang), 44, bold=True)
        + para(content.poster_words("subtitle", lang), 14)
        + group(content.poster_words("nos", lang), "\u2716 ", content.nos)
        + group(content.poster_words("musts", lang), "\u2714 ", content.musts)
        + para(content.poster_words("footer", lang), 14, bold=True, before=22)
        + "</div>"
    )
