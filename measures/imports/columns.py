"""The data contract's columns of results, in the order exports and the template write them."""

RESULT_COLUMNS = (
    "programme",
    "year",
    "indicator",
    "operation",
    "state",
    "body",
    "value",
    "qualifier",
    "notes",
)
