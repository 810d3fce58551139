"""Alembic environment: the app passes its own connection; there is no alembic.ini."""

from __future__ import annotations

from alembic import context

from notalone_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
