"""Contacts and helpline preferences, lessons with their full-text index, lesson progress, scenario results.

Revision ID: 0002_contacts_lessons
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_contacts_lessons"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("relationship", sa.String(120), nullable=False, server_default=""),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "contact_phone",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.String(32), nullable=False),
        sa.Column("label", sa.String(40), nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_contact_phone_contact", "contact_phone", ["contact_id"])
    op.create_table(
        "contact_child",
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "helpline_pref",
        sa.Column("line_key", sa.String(120), primary_key=True),
        sa.Column("pinned", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("hidden", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "lesson",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(120), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("topic", sa.String(40), nullable=False),
        sa.Column("age_bands", sa.String(100), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("sources", sa.Text, nullable=False),
        sa.Column("related", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("key", "language", name="uq_lesson_key_language"),
    )
    # Full-text index over the lessons, kept in step by triggers. remove_diacritics 2: "lua dao" finds "lừa đảo";
    # prefix indexes of 2 and 3 letters keep search-as-you-type fast for short prefixes.
    op.execute(
        "CREATE VIRTUAL TABLE lesson_fts USING fts5(title, summary, body, content='lesson', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute(
        "CREATE TRIGGER lesson_ai AFTER INSERT ON lesson BEGIN "
        "INSERT INTO lesson_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER lesson_ad AFTER DELETE ON lesson BEGIN "
        "INSERT INTO lesson_fts(lesson_fts, rowid, title, summary, body) "
        "VALUES ('delete', old.id, old.title, old.summary, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER lesson_au AFTER UPDATE ON lesson BEGIN "
        "INSERT INTO lesson_fts(lesson_fts, rowid, title, summary, body) "
        "VALUES ('delete', old.id, old.title, old.summary, old.body); "
        "INSERT INTO lesson_fts(rowid, title, summary, body) VALUES (new.id, new.title, new.summary, new.body); END"
    )
    op.create_table(
        "lesson_progress",
        sa.Column("lesson_key", sa.String(120), primary_key=True),
        sa.Column("read_at", sa.DateTime),
        sa.Column("favourite", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "scenario_result",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE")),
        sa.Column("scenario_key", sa.String(120), nullable=False),
        sa.Column("played_at", sa.DateTime, nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("max_score", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(8), nullable=False),
        sa.Column("choices", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for trigger in ("lesson_au", "lesson_ad", "lesson_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS lesson_fts")
    for table in (
        "scenario_result",
        "lesson_progress",
        "lesson",
        "helpline_pref",
        "contact_child",
        "contact_phone",
        "contact",
    ):
        op.drop_table(table)
