"""SQLite storage: models, engine and pragmas, Alembic migrations, backups. No Qt here."""
