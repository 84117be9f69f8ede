"""The trend SVG: points placed by year and value, provisional figures drawn hollow."""

import xml.etree.ElementTree as ET

from core.charts import TrendPoint, trend_svg

NS = {"svg": "http://www.w3.org/2000/svg"}


def circles(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(".//svg:circle", NS)


def test_points_are_placed_by_year_with_gaps_kept():
    """2008, 2023 and 2024 sit at distances proportional to the years between them."""
    found = circles(trend_svg([TrendPoint(2024, 10), TrendPoint(2008, 5), TrendPoint(2023, 20)], title="T"))
    assert [c.get("data-year") for c in found] == ["2008", "2023", "2024"]
    x = [float(c.get("cx")) for c in found]
    assert (x[1] - x[0]) / (x[2] - x[1]) == 15
    assert x[0] < x[1] < x[2]


def test_higher_values_are_drawn_higher_and_zero_on_the_baseline():
    """y is zero at the baseline and the largest value at the top of the plot."""
    svg = trend_svg([TrendPoint(2022, 0), TrendPoint(2023, 50), TrendPoint(2024, 100)], title="T")
    root = ET.fromstring(svg)
    baseline = float(root.find(".//svg:line[@class='baseline']", NS).get("y1"))
    y = [float(c.get("cy")) for c in circles(svg)]
    assert y[0] == baseline
    assert y[1] == (y[0] + y[2]) / 2
    assert y[2] < y[1] < y[0]


def test_provisional_points_are_hollow():
    """A figure that includes unverified results is drawn as an open circle."""
    found = circles(trend_svg([TrendPoint(2023, 1), TrendPoint(2024, 2, provisional=True)], title="T"))
    assert [c.get("fill") for c in found] == [found[0].get("stroke"), "#ffffff"]
    assert [c.get("data-provisional") for c in found] == ["false", "true"]


def test_large_chart_labels_years_and_values():
    """With axes, each point carries its year and its formatted value as text."""
    svg = trend_svg([TrendPoint(2023, 62364, "62 364"), TrendPoint(2024, 1, "1")], title="T", axes=True)
    root = ET.fromstring(svg)
    assert [t.text for t in root.iterfind(".//svg:text[@class='year']", NS)] == ["2023", "2024"]
    assert [t.text for t in root.iterfind(".//svg:text[@class='value']", NS)] == ["62 364", "1"]
    assert root.find("svg:title", NS).text == "T"


def test_single_point_is_centred_and_no_data_draws_nothing():
    """One year gives one centred point; no figures give an empty chart, not an error."""
    (only,) = circles(trend_svg([TrendPoint(2024, 3)], title="T", width=160))
    assert float(only.get("cx")) == 80
    assert circles(trend_svg([], title="T")) == []


def test_lines_join_consecutive_years_only():
    """2008 and 2023-2024 are two runs: one line joins 2023 to 2024, none crosses the gap."""
    svg = trend_svg([TrendPoint(2008, 5), TrendPoint(2023, 20), TrendPoint(2024, 10)], title="T")
    lines = ET.fromstring(svg).findall(".//svg:polyline", NS)
    assert len(lines) == 1
    x = {c.get("data-year"): c.get("cx") for c in circles(svg)}
    assert [pair.split(",")[0] for pair in lines[0].get("points").split()] == [x["2023"], x["2024"]]
