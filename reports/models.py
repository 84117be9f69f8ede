"""Mandates, annual reports and revisions (models land with the report feature)."""
