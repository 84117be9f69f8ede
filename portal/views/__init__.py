"""The portal\x27s views, one module per kind of page."""
