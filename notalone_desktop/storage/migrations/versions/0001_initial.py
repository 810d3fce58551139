"""The first schema: the family, its children, checklist progress, the family's own items, settings.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("country", sa.String(2), nullable=False, server_default="VN"),
        sa.Column("language", sa.String(8), nullable=False, server_default="en"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("profile", sa.String(200)),
        sa.Column("setup_done", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "child",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("nickname", sa.String(40), nullable=False),
        sa.Column("birth_year", sa.Integer, nullable=False),
        sa.Column("colour", sa.String(9), nullable=False, server_default="#3b7dd8"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
    )
    op.create_table(
        "checklist_progress",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE")),
        sa.Column("item_key", sa.String(120), nullable=False),
        sa.Column("state", sa.String(8), nullable=False, server_default="todo"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("done_at", sa.DateTime),
        sa.Column("next_review_at", sa.DateTime),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("state IN ('todo', 'done', 'na')", name="ck_progress_state"),
    )
    # One row per (child, item); NULLs are distinct in a UNIQUE constraint, so family rows get their own index.
    op.create_index(
        "ux_progress_child_item",
        "checklist_progress",
        ["child_id", "item_key"],
        unique=True,
        sqlite_where=sa.text("child_id IS NOT NULL"),
    )
    op.create_index(
        "ux_progress_family_item",
        "checklist_progress",
        ["item_key"],
        unique=True,
        sqlite_where=sa.text("child_id IS NULL"),
    )
    op.create_table(
        "custom_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE")),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("details", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("setting", "custom_item", "checklist_progress", "child", "family"):
        op.drop_table(table)
