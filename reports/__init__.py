"""Mandates, annual reports and their issued revisions; composition and rendering."""
