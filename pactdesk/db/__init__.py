"""The draft file: SQLAlchemy 2 models, the engine, the lock and the migrations."""
