"""Users' roles and the state or body an analyst works for."""
