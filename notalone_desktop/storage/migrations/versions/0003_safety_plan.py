"""The family safety plan: each child's plan and the people to call, the incident logbook, life-event checklists.

Revision ID: 0003_safety_plan
Revises: 0002_contacts_lessons
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_safety_plan"
down_revision = "0002_contacts_lessons"
branch_labels = None
depends_on = None

INCIDENT_KINDS = ("online-kidnapping", "sextortion", "scam", "cyberbullying", "grooming", "other")


def upgrade() -> None:
    op.create_table(
        "safety_plan",
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("code_word", sa.String(120), nullable=False, server_default=""),
        sa.Column("places", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "plan_contact",
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_plan_contact_contact", "plan_contact", ["contact_id"])
    kinds = ", ".join(f"'{kind}'" for kind in INCIDENT_KINDS)
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("occurred_on", sa.Date, nullable=False),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE")),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("platform", sa.String(120), nullable=False, server_default=""),
        sa.Column("what_happened", sa.Text, nullable=False),
        sa.Column("who_told", sa.Text, nullable=False, server_default=""),
        sa.Column("report_refs", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence_location", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint(f"kind IN ({kinds})", name="ck_incident_kind"),
        sa.CheckConstraint("length(trim(what_happened)) > 0", name="ck_incident_what"),
    )
    op.create_index("ix_incident_child", "incident", ["child_id"])
    op.create_table(
        "life_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("child_id", sa.Integer, sa.ForeignKey("child.id", ondelete="CASCADE")),
        sa.Column("event_key", sa.String(60), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
    )
    # One started event per (child, event); NULLs are distinct in a UNIQUE constraint, so the family's own index.
    op.create_index(
        "ux_life_event_child",
        "life_event",
        ["child_id", "event_key"],
        unique=True,
        sqlite_where=sa.text("child_id IS NOT NULL"),
    )
    op.create_index(
        "ux_life_event_family",
        "life_event",
        ["event_key"],
        unique=True,
        sqlite_where=sa.text("child_id IS NULL"),
    )


def downgrade() -> None:
    # Progress on life-event items lives in checklist_progress: it goes with the events that explain it.
    op.execute("DELETE FROM checklist_progress WHERE item_key LIKE 'life.%'")
    for table in ("life_event", "incident", "plan_contact", "safety_plan"):
        op.drop_table(table)
