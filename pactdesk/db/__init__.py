"""The draft store: SQLAlchemy 2 models, every query, the engine, the lock, the migrations."""
