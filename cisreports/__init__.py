"""The cisreports project package: settings, URLs and WSGI entry point."""
