"""The window: PySide6 lives only below this package."""
