"""The annex, without a database: years with data only, each indicator on its own scale with its value."""

import re
from decimal import Decimal

from reports.composition.annex import annex_table
from reports.types import Annex, AnnexRow, Text

NAME = Text(
    "Persons involved in the financing of terrorism identified by the competent authorities",
    "Выявлено лиц, причастных к финансированию терроризма, компетентными органами",
)


def annex() -> Annex:
    """Five years of which 2017 and 2019 have nothing; two indicators of very different size."""
    return Annex(
        years=(2016, 2017, 2018, 2019, 2020),
        rows=(
            AnnexRow(
                "detained",
                Text("Wanted persons detained", "Задержано"),
                0,
                (Decimal(8200), None, Decimal(69), None, Decimal(70)),
                ("more_than", "exact", "exact", "exact", "exact"),
            ),
            AnnexRow(
                "ammunition", NAME, 0, (None, None, Decimal(62364), None, Decimal(50000)), ("exact",) * 5
            ),
        ),
    )


def test_only_years_with_data_are_shown_and_their_qualifiers_kept():
    """2017 and 2019 (no figure at all) are left out; "more than 8,200" keeps its qualifier."""
    table = annex_table(annex(), 2020, "en")
    assert table.year_headers == ("2016", "2018", "2020")
    assert table.caption == "Verified results by year, 2016–2020"
    rows = {name: cells for name, cells, _ in table.rows}
    assert rows["Wanted persons detained"] == ("more than 8,200", "69", "70")
    assert annex_table(annex(), 2020, "ru").rows[0][1][0] == "более 8\u00a0200"


def test_a_draft_counting_submitted_results_is_headed_results_and_one_year_is_not_a_range():
    """ "Results by year, 2017", never "Verified results" in such a draft, never "2017–2017"."""
    single = Annex(
        years=(2016, 2017), rows=(AnnexRow("x", Text("X", "Х"), 0, (None, Decimal(3)), ("exact", "exact")),)
    )
    table = annex_table(single, 2017, "en", includes_unverified=True)
    assert table.caption == "Results by year, 2017"
    assert annex_table(single, 2017, "ru", includes_unverified=True).caption == "Результаты по годам, 2017"
    assert table.change_header == "" and table.chart_svg == ""  # nothing to compare with one year


def test_each_indicator_has_its_own_scale_and_its_value_printed_so_69_never_looks_like_62364():
    """Within an indicator the bars follow the values (69 is a fraction of 8,200); each bar is
    labelled with its figure, and the labels are wrapped whole, not cut mid-word."""
    svg = annex_table(annex(), 2020, "en").chart_svg
    heights = [float(h) for h in re.findall(r'<rect [^>]*height="([\d.]+)"', svg)]
    detained, ammunition = heights[:3], heights[3:]
    assert detained[0] > 50 * detained[1]  # 8,200 against 69, on the indicator's own scale
    assert ammunition[0] == max(heights) and ammunition[1] < ammunition[0]
    for value in ("&gt;\u00a08,200", "69", "70", "62,364", "50,000"):  # "more than" kept as a sign
        assert f">{value}</text>" in svg
    label = " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", svg))
    assert NAME.en in label
    assert svg.count("<tspan") > len(annex().rows)  # the long label took more than one line


def test_no_figure_in_any_year_means_no_annex():
    """An annex of dashes is left out altogether."""
    empty = Annex(
        years=(2023, 2024), rows=(AnnexRow("x", Text("X", "Х"), 0, (None, None), ("exact", "exact")),)
    )
    assert annex_table(empty, 2024, "en") is None
