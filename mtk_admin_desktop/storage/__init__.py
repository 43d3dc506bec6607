"""The local SQLite store: schema, migrations, the one write path with its operation log, and blobs."""
