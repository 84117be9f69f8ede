"""A reporting round of 2025 for the tests: three member states, two indicators, every status."""

import datetime
from dataclasses import dataclass

from measures.models import Indicator, ReportingRound, Result
from programmes.models import Body, MemberState, Programme
from tests.factories import (
    BodyFactory,
    IndicatorFactory,
    MemberStateFactory,
    ProgrammeFactory,
    ResultFactory,
    UserFactory,
)


@dataclass
class RoundWorld:
    programme: Programme
    kaz: MemberState
    blr: MemberState
    rus: MemberState
    atc: Body
    firearms: Indicator
    wanted: Indicator
    round: ReportingRound
    analyst_kaz: object
    analyst_blr: object
    analyst_rus: object


def build_round(*, deadline: datetime.date = datetime.date(2026, 3, 1)) -> RoundWorld:
    """2024 complete (CIS totals, verified); the 2025 round: KAZ verified, BLR submitted and draft,
    RUS returned and missing; a former participant is never expected."""
    programme = ProgrammeFactory(start_year=2023, end_year=2025, slug="ct-2023-2025")
    kaz = MemberStateFactory(code="KAZ", name_en="Kazakhstan", name_ru="Казахстан")
    blr = MemberStateFactory(code="BLR", name_en="Belarus", name_ru="Беларусь")
    rus = MemberStateFactory(code="RUS", name_en="Russian Federation", name_ru="Российская Федерация")
    MemberStateFactory(code="GEO", name_en="Georgia", name_ru="Грузия", status=MemberState.Status.FORMER)
    atc = BodyFactory(code="atc", name_en="Anti-Terrorism Centre", name_ru="Антитеррористический центр")
    firearms = IndicatorFactory(code="firearms_seized", name_en="Firearms seized", name_ru="Изъято оружия")
    wanted = IndicatorFactory(code="wanted_detained", name_en="Wanted persons detained", name_ru="Задержано")
    # Last year's CIS-wide totals under the programme make its indicators the round's defaults;
    # verified, they are the CIS's figures of 2024 although no state reported for that year.
    ResultFactory(indicator=firearms, year=2024, programme=programme, value=590)
    ResultFactory(indicator=wanted, year=2024, programme=programme, value=69)
    # Kazakhstan's own 2024 figures, the year before its 2025 values in the verification list.
    ResultFactory(indicator=firearms, year=2024, programme=programme, state=kaz, value=100)
    ResultFactory(indicator=wanted, year=2024, programme=programme, state=kaz, value=20)
    reporting_round = ReportingRound.objects.create(year=2025, deadline=deadline)
    analysts = {
        state.code: UserFactory(
            username=f"analyst-{state.code.lower()}",
            email=f"{state.code.lower()}@example.org",
            role="analyst",
            role__state=state,
        )
        for state in (kaz, blr, rus)
    }

    def result(indicator, state, status, value, **extra):
        return ResultFactory(
            indicator=indicator,
            year=2025,
            programme=programme,
            state=state,
            value=value,
            status=status,
            entered_by=analysts[state.code],
            **extra,
        )

    result(firearms, kaz, Result.Status.VERIFIED, 400)
    result(wanted, kaz, Result.Status.VERIFIED, 25)
    result(firearms, blr, Result.Status.SUBMITTED, 30)
    result(wanted, blr, Result.Status.DRAFT, 5)
    result(firearms, rus, Result.Status.RETURNED, 12, review_comment="Give the 2025 count, not 2024's.")
    return RoundWorld(
        programme=programme,
        kaz=kaz,
        blr=blr,
        rus=rus,
        atc=atc,
        firearms=firearms,
        wanted=wanted,
        round=reporting_round,
        analyst_kaz=analysts["KAZ"],
        analyst_blr=analysts["BLR"],
        analyst_rus=analysts["RUS"],
    )
