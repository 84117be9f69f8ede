"""Operation names are matched ignoring case and the kind of dash or space."""

import pytest

from measures.names import name_key


@pytest.mark.parametrize(
    "typed",
    [
        "Tral – anti-terror",
        "tral - anti-terror",
        "TRAL—ANTI‑TERROR",
        "Tral\u00a0–\u00a0anti terror",
        " tral-anti-terror ",
    ],
)
def test_variants_of_a_name_share_one_key(typed):
    """People type dashes and spaces in many ways; they all name the same operation."""
    assert name_key(typed) == name_key("Tral – anti-terror")


def test_different_names_keep_different_keys():
    """Ignoring dashes does not merge different words."""
    assert name_key("West 2024") != name_key("Shekara 2024")
    assert name_key("Antiterror") != name_key("Anti-terror")
