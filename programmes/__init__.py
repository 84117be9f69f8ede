"""Member states, bodies, programmes, objectives and legal instruments."""
