"""A small world of programmes, operations and results for the site's tests, built with factories."""

import datetime
from dataclasses import dataclass

from measures.models import Indicator, Measure, MeasureProgress, Operation, Result
from programmes.models import Programme
from tests.factories import (
    BodyFactory,
    IndicatorFactory,
    MeasureFactory,
    MemberStateFactory,
    ObjectiveFactory,
    OperationFactory,
    ProgrammeFactory,
    ResultFactory,
)


@dataclass
class World:
    ct_2020: Programme
    ct_2023: Programme
    ct_2026: Programme
    border: Programme
    ct_2008: Programme
    firearms: Indicator
    explosives: Indicator
    barrier: Operation
    west: Operation
    measure: Measure


def build_world() -> World:
    """Programmes over the years, two indicators with figures in 2023 and 2024, two operations."""
    kaz = MemberStateFactory(code="KAZ", name_en="Republic of Kazakhstan", name_ru="Республика Казахстан")
    blr = MemberStateFactory(code="BLR", name_en="Republic of Belarus", name_ru="Республика Беларусь")
    uzb = MemberStateFactory(code="UZB", name_en="Republic of Uzbekistan", name_ru="Республика Узбекистан")
    chs = BodyFactory(code="chs", name_en="Council of Heads of State", name_ru="Совет глав государств СНГ")
    atc = BodyFactory(code="atc", name_en="CIS Anti-Terrorism Centre", name_ru="Антитеррористический центр")
    ct_2020 = ProgrammeFactory(
        start_year=2020, end_year=2022, status=Programme.Status.COMPLETED, slug="ct-2020-2022"
    )
    ct_2023 = ProgrammeFactory(
        start_year=2023,
        end_year=2025,
        slug="ct-2023-2025",
        title_en="Programme of cooperation in combating terrorism and extremism for 2023-2025",
        title_ru="Программа сотрудничества в борьбе с терроризмом и экстремизмом на 2023–2025 годы",
        approved_by=chs,
        approved_on=datetime.date(2022, 10, 14),
        predecessor=ct_2020,
    )
    ct_2026 = ProgrammeFactory(
        start_year=2026,
        end_year=2028,
        slug="ct-2026-2028",
        status=Programme.Status.BEING_AGREED,
        predecessor=ct_2023,
    )
    border = ProgrammeFactory(
        start_year=2026,
        end_year=2030,
        slug="border-2026-2030",
        theme=Programme.Theme.BORDER,
        status=Programme.Status.FOR_SIGNING,
    )
    ct_2008 = ProgrammeFactory(
        start_year=None, end_year=None, in_force_year=2008, slug="ct-2008", status=Programme.Status.COMPLETED
    )
    objective = ObjectiveFactory(
        programme=ct_2023, number=1, text_en="Prevention of terrorism", text_ru="Предупреждение терроризма"
    )
    measure = MeasureFactory(
        programme=ct_2023,
        code="1.1",
        objective=objective,
        text_en="Joint exercises of the special services",
        text_ru="Совместные учения специальных служб",
        status=Measure.Status.IN_PROGRESS,
        due_from=2023,
        due_to=2025,
    )
    measure.responsible_bodies.add(atc)
    MeasureProgress.objects.create(
        measure=measure, year=2024, note_en="Exercise held in Uzbekistan", note_ru="Учение проведено"
    )

    firearms = IndicatorFactory(
        code="firearms_seized", name_en="Firearms seized", name_ru="Изъято огнестрельного оружия"
    )
    explosives = IndicatorFactory(
        code="explosives_seized_kg",
        name_en="Explosives seized, kg",
        name_ru="Изъято взрывчатых веществ, кг",
        decimals=1,
        unit=Indicator.Unit.KILOGRAMS,
    )
    barrier = OperationFactory(
        name="Barrier",
        name_ru="Барьер",
        year=2024,
        programme=ct_2023,
        kind=Operation.Kind.INTERNATIONAL,
        coordinating_body=atc,
        description_en="to identify persons involved in the financing of terrorism",
        description_ru="по выявлению лиц, причастных к финансированию терроризма",
    )
    barrier.participating_states.add(kaz, blr)
    west = OperationFactory(
        name="West 2024", year=2024, programme=ct_2023, kind=Operation.Kind.BORDER, host_state=blr
    )
    OperationFactory(
        name="Shield 2023", year=2023, programme=ct_2023, kind=Operation.Kind.EXERCISE, host_state=uzb
    )

    # CIS-wide totals of the programme, verified.
    ResultFactory(indicator=firearms, year=2023, programme=ct_2023, value=500)
    ResultFactory(indicator=firearms, year=2024, programme=ct_2023, value=590)
    ResultFactory(indicator=explosives, year=2024, programme=ct_2023, value="382.8")
    # Figures of the operation, by state: one verified, one a Kazakh draft.
    ResultFactory(indicator=firearms, year=2024, operation=barrier, state=blr, value=7)
    ResultFactory(
        indicator=firearms, year=2024, operation=barrier, state=kaz, value=11, status=Result.Status.DRAFT
    )
    # A year with only a draft total, which a reviewer must never see.
    ResultFactory(
        indicator=explosives, year=2025, programme=ct_2023, value="999.9", status=Result.Status.DRAFT
    )
    return World(
        ct_2020=ct_2020,
        ct_2023=ct_2023,
        ct_2026=ct_2026,
        border=border,
        ct_2008=ct_2008,
        firearms=firearms,
        explosives=explosives,
        barrier=barrier,
        west=west,
        measure=measure,
    )
