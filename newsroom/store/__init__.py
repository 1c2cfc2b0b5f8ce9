"""The newsroom's database: typed models, sessions, and the schema's migrations."""
