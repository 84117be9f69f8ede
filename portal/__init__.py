"""The site's pages for every role: dashboard, timeline, programmes, operations, indicators."""
