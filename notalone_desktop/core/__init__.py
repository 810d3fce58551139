"""Domain rules and content loaders: plain Python, no Qt, no SQLAlchemy."""
