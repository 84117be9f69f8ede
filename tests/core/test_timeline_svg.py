"""The timeline SVG: one bar per programme placed by its years, points for unknown periods, text."""

import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from core.charts import TimelineBar, timeline_svg
from core.charts.timeline import BAR_HEIGHT, FIRST_YEAR, LANE_HEIGHT, LEFT, YEAR_WIDTH

NS = {"svg": "http://www.w3.org/2000/svg"}


def bar(slug, start=None, end=None, *, in_force=None, status="approved", row="terrorism", **kw):
    return TimelineBar(
        slug=slug,
        label=kw.get("label", slug),
        title=kw.get("title", f"Programme {slug}"),
        row=row,
        row_label=kw.get("row_label", row),
        status=status,
        status_label=kw.get("status_label", status),
        start_year=start,
        end_year=end,
        in_force_year=in_force,
        url=kw.get("url", f"/programmes/{slug}/"),
    )


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def rects(root: ET.Element) -> dict[str, ET.Element]:
    return {el.get("data-slug"): el for el in root.iterfind(".//svg:rect[@class='bar']", NS)}


def points(root: ET.Element) -> dict[str, ET.Element]:
    return {el.get("data-slug"): el for el in root.iterfind(".//svg:circle[@class='point']", NS)}


BARS = [
    bar("ct-2017-2019", 2017, 2019, status="completed"),
    bar("ct-2020-2022", 2020, 2022, status="completed"),
    bar("ct-2023-2025", 2023, 2025),
    bar("ct-2026-2028", 2026, 2028, status="being_agreed"),
    bar("border-2026-2030", 2026, 2030, status="for_signing", row="border"),
    bar("migration-2009-2011", 2009, 2011, status="completed", row="migration"),
    bar("ct-2008", in_force=2008, status="completed"),
    bar("migration-2008", in_force=2008, status="completed", row="migration"),
]


def test_one_bar_per_programme_and_a_point_for_each_unknown_period():
    """Every programme with a period is one bar; each with only a year in force is one point."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    assert sorted(rects(root)) == sorted(b.slug for b in BARS if b.start_year)
    assert sorted(points(root)) == ["ct-2008", "migration-2008"]


def test_bars_span_their_years_on_a_common_scale():
    """A bar starts at its first year's column and ends after its last year's column."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    for b in BARS:
        if b.start_year is None:
            continue
        rect = rects(root)[b.slug]
        assert float(rect.get("x")) == LEFT + (b.start_year - FIRST_YEAR) * YEAR_WIDTH
        assert float(rect.get("width")) == (b.end_year - b.start_year + 1) * YEAR_WIDTH
        assert (rect.get("data-start"), rect.get("data-end")) == (str(b.start_year), str(b.end_year))
    # Consecutive programmes of a series touch: one ends where the next begins.
    bars = rects(root)
    end_2019 = float(bars["ct-2017-2019"].get("x")) + float(bars["ct-2017-2019"].get("width"))
    assert end_2019 == float(bars["ct-2020-2022"].get("x"))


def test_unknown_period_is_a_point_in_the_middle_of_its_year():
    """ct-2008 is drawn at the centre of the 2008 column, not as a bar."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    circle = points(root)["ct-2008"]
    assert float(circle.get("cx")) == LEFT + (2008 - FIRST_YEAR + 0.5) * YEAR_WIDTH
    assert circle.get("data-year") == "2008"


def test_axis_covers_2005_to_2030_and_widens_for_programmes_outside():
    """The axis always shows 2005-2030 and grows to include earlier or later programmes."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    years = [int(t.text) for t in root.iterfind(".//svg:text[@class='year']", NS)]
    assert years == list(range(2005, 2031))
    wide = parse(timeline_svg([bar("old", 1999, 2001), bar("far", 2031, 2035)], title="T"))
    years = [int(t.text) for t in wide.iterfind(".//svg:text[@class='year']", NS)]
    assert (years[0], years[-1]) == (1999, 2035)
    assert float(rects(wide)["old"].get("x")) == LEFT


def test_one_row_per_theme_in_the_order_given():
    """Rows follow the themes in the order of the bars; a theme's bars stay in its row."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    rows = root.findall(".//svg:g[@class='row']", NS)
    assert [r.get("data-row") for r in rows] == ["terrorism", "border", "migration"]
    terrorism = {el.get("data-slug") for el in rows[0].iter() if el.get("data-slug")}
    assert terrorism == {"ct-2017-2019", "ct-2020-2022", "ct-2023-2025", "ct-2026-2028", "ct-2008"}


def test_overlapping_programmes_of_a_row_get_separate_lanes():
    """Two programmes of one theme that overlap in time are drawn one under the other."""
    root = parse(timeline_svg([bar("a", 2010, 2015), bar("b", 2012, 2014), bar("c", 2016, 2018)], title="T"))
    found = rects(root)
    assert float(found["b"].get("y")) - float(found["a"].get("y")) == LANE_HEIGHT
    assert found["c"].get("y") == found["a"].get("y")
    assert float(found["a"].get("height")) == BAR_HEIGHT


def test_each_bar_links_to_its_programme_with_an_accessible_name():
    """Each bar is a link to its page, named by its title and status."""
    root = parse(timeline_svg(BARS, title="Timeline"))
    links = root.findall(".//svg:a", NS)
    assert len(links) == len(BARS)
    by_href = {a.get("href"): a for a in links}
    link = by_href["/programmes/ct-2023-2025/"]
    assert link.get("aria-label") == "Programme ct-2023-2025 (approved)"
    assert link.find("svg:title", NS).text == "Programme ct-2023-2025 (approved)"


def test_status_is_readable_without_colour():
    """Statuses differ by pattern or outline, not by hue alone, and the legend names each."""
    statuses = [
        ("draft", "draft"),
        ("being_agreed", "being agreed"),
        ("for_signing", "prepared for signing"),
        ("approved", "approved"),
        ("completed", "completed"),
    ]
    svg = timeline_svg(
        [bar(code, 2010, 2011, status=code, row=code) for code, _ in statuses], title="T", statuses=statuses
    )
    root = parse(svg)
    fills = {r.get("data-status"): (r.get("fill"), r.get("stroke-dasharray")) for r in rects(root).values()}
    assert len(set(fills.values())) == 5
    assert fills["draft"][1]  # a dashed outline
    patterned = [s for s, (fill, _) in fills.items() if fill.startswith("url(#")]
    assert sorted(patterned) == ["being_agreed", "completed", "for_signing"]
    for status in patterned:
        pattern_id = fills[status][0][5:-1]
        assert root.find(f".//svg:pattern[@id='{pattern_id}']", NS) is not None
    legend = [g.find("svg:text", NS).text for g in root.iterfind(".//svg:g[@class='legend-item']", NS)]
    assert legend == [label for _, label in statuses]


def test_today_marker_sits_at_todays_date():
    """The today line is drawn at the date's fraction of its year, with its label."""
    root = parse(timeline_svg(BARS, title="T", today=datetime.date(2026, 7, 2), today_label="today"))
    marker = root.find(".//svg:g[@class='today']", NS)
    x = float(marker.find("svg:line", NS).get("x1"))
    assert x == pytest.approx(LEFT + (2026 - FIRST_YEAR + 182 / 365) * YEAR_WIDTH, abs=0.01)
    assert marker.find("svg:text", NS).text == "today"
    assert parse(timeline_svg(BARS, title="T")).find(".//svg:g[@class='today']", NS) is None


def test_text_alternative_and_escaping():
    """The chart has a title and a description, and text from the data is escaped."""
    root = parse(
        timeline_svg([bar("x", 2010, 2012, title='Plan <A & "B">')], title="Timeline", description="Two rows")
    )
    assert root.find("svg:title", NS).text == "Timeline"
    assert root.find("svg:desc", NS).text == "Two rows"
    assert root.get("aria-labelledby") == "timeline-title timeline-desc"
    assert root.find(".//svg:a/svg:title", NS).text == 'Plan <A & "B"> (approved)'


def test_renders_in_weasyprint():
    """The same SVG, inline in HTML, renders into a PDF with its labels as text (the report annex)."""
    from weasyprint import HTML

    svg = timeline_svg(BARS, title="Timeline", today=datetime.date(2026, 1, 1))
    pdf = HTML(string=f"<html><body>{svg}</body></html>").write_pdf()
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    for label in ("ct-2023-2025", "border-2026-2030", "2005", "2030", "today"):
        assert label in text
