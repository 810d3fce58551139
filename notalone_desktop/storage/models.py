"""The family's data as SQLAlchemy models. The schema itself is created only by the Alembic migrations."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Dialect, ForeignKey, Integer, String, Text, TypeDecorator, orm
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from notalone_desktop.core.clock import utcnow as utcnow  # re-exported: the services use it beside the models
from notalone_desktop.core.text import as_stored


class Base(DeclarativeBase):
    pass


class UserText(TypeDecorator[str]):
    """A column of text a person typed or a file brought, neutralised whenever it is read (core/text.py): a
    bidi override, a control character or a name that shows nothing, stored by an older version or another
    program, never reaches a view, a print, an export or a log. What is written is checked by the services.

    `multiline` keeps line breaks and tabs (notes); `placeholder` stands in for a required name that had nothing
    visible in it (so that it can still be chosen, and exported)."""

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None, multiline: bool = False, placeholder: str = "") -> None:
        super().__init__(length)
        self.multiline = multiline
        self.placeholder = placeholder

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else as_stored(value, self.multiline, self.placeholder)


class Family(Base):
    """One row: the household's country, language and the NGO profile it was set up with."""

    __tablename__ = "family"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(2), default="VN")
    language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    profile: Mapped[str | None] = mapped_column(UserText(200))
    setup_done: Mapped[bool] = mapped_column(Boolean, default=False)


class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nickname: Mapped[str] = mapped_column(UserText(40, placeholder="?"))
    birth_year: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(9), default="#3b7dd8")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Removal is soft for the session (undo); removed children are purged, with all they own, at next start.
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ChecklistProgress(Base):
    """Progress on one checklist item, for one child or (child_id NULL) for the family. Keyed by item key."""

    __tablename__ = "checklist_progress"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(8), default="todo")  # todo | done | na
    note: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    next_review_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CustomItem(Base):
    """A checklist item the family wrote itself; its progress uses the key 'custom.<id>'."""

    __tablename__ = "custom_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(UserText(200, placeholder="?"))
    details: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(UserText(120, placeholder="?"))
    relationship: Mapped[str] = mapped_column(UserText(120), default="")
    email: Mapped[str] = mapped_column(UserText(254), default="")
    note: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    phones: Mapped[list[ContactPhone]] = orm.relationship(
        cascade="all, delete-orphan", order_by="ContactPhone.position", lazy="selectin"
    )
    children: Mapped[list[Child]] = orm.relationship(secondary="contact_child", lazy="selectin")


class ContactPhone(Base):
    __tablename__ = "contact_phone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(32))  # E.164
    label: Mapped[str] = mapped_column(UserText(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContactChild(Base):
    """Which children trust which contact."""

    __tablename__ = "contact_child"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)


class HelplinePref(Base):
    """The family's choice to pin or hide a shipped helpline (helplines themselves are content)."""

    __tablename__ = "helpline_pref"
    line_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Lesson(Base):
    """A shipped lesson, synced from resources by (key, language, version); lesson_fts indexes it."""

    __tablename__ = "lesson"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120))
    language: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(String(40))
    age_bands: Mapped[str] = mapped_column(String(100))  # comma-separated
    minutes: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    sources: Mapped[str] = mapped_column(Text)  # newline-separated
    related: Mapped[str] = mapped_column(Text)  # comma-separated checklist item keys
    content_hash: Mapped[str] = mapped_column(String(64))


class LessonProgress(Base):
    """What the family did with a lesson, by key, so it survives content updates and language changes."""

    __tablename__ = "lesson_progress"
    lesson_key: Mapped[str] = mapped_column(String(120), primary_key=True)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    favourite: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ScenarioResult(Base):
    __tablename__ = "scenario_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    scenario_key: Mapped[str] = mapped_column(String(120))
    played_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    score: Mapped[int] = mapped_column(Integer)
    max_score: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(8))
    choices: Mapped[str] = mapped_column(Text)  # JSON list of node ids and choice indexes


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class SafetyPlan(Base):
    """A child's verification plan against fake-kidnapping calls: the family code word and the usual places.

    The code word is a secret: it is never logged, never shown in screenshots, and printed only when asked.
    """

    __tablename__ = "safety_plan"
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)
    code_word: Mapped[str] = mapped_column(UserText(120), default="")
    places: Mapped[str] = mapped_column(UserText(multiline=True), default="")  # one place per line
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    def __repr__(self) -> str:  # never the code word, not even in a traceback
        return f"SafetyPlan(child_id={self.child_id!r})"


class PlanContact(Base):
    """The second people to call to reach a child, in the order to call them."""

    __tablename__ = "plan_contact"
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Incident(Base):
    """One entry of the family's incident logbook. Attachments are never stored: the entry says where they are."""

    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    platform: Mapped[str] = mapped_column(UserText(120), default="")
    what_happened: Mapped[str] = mapped_column(UserText(multiline=True, placeholder="?"))
    who_told: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    report_refs: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    evidence_location: Mapped[str] = mapped_column(UserText(multiline=True), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LifeEvent(Base):
    """A life-event checklist the family started for a child (or, child_id NULL, for the whole family).

    Its items' progress lives in checklist_progress under their keys, 'life.<event>.<slug>'.
    """

    __tablename__ = "life_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("child.id", ondelete="CASCADE"))
    event_key: Mapped[str] = mapped_column(String(60))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
