"""The mandate 78/115 and the 2024 annual report of seed 000 (not issued), loaded idempotently."""

import datetime

from programmes.models import Programme
from reports.models import AnnualReport, Mandate

from .upsert import upsert

MANDATE = {
    "resolution": "78/115",
    "adopted_on": datetime.date(2023, 12, 7),
    "paragraph": 23,
    "first_year": 2024,
    "last_year": 2024,
    "subject_en": (
        "the measures adopted by the Commonwealth of Independent States (CIS) to prevent and eliminate "
        "international terrorism"
    ),
    "subject_ru": (
        "мерах, принятых Содружеством Независимых Государств (СНГ) в целях предотвращения и ликвидации "
        "международного терроризма"
    ),
}

# The passages of seed 000 that no record can say; the Russian is the team's rendering.
REPORT_2024 = {
    "letter_date": datetime.date(2025, 5, 13),
    "job_number": "25-07557",
    "include_annex": False,  # seed 000 has no annex
    # The seed's signature is illegible: the title alone is printed.
    "signatory_en": "Secretary-General of the Commonwealth of Independent States",
    "signatory_ru": "Генеральный секретарь Содружества Независимых Государств",
    "context_en": (
        "In the CIS member States, work in this area is carried out with due consideration for the leading "
        "role of the United Nations and the development of cooperation with other international institutions "
        "and specialized bodies.\n\n"
        "The regulatory and legal system established in CIS is being steadily improved to take into account "
        "the changing operational environment owing to the threats posed by international terrorist "
        "organizations."
    ),
    "context_ru": (
        "В государствах – участниках СНГ работа на этом направлении ведется с учетом ведущей роли "
        "Организации Объединенных Наций и развития взаимодействия с другими международными институтами и "
        "специализированными органами.\n\n"
        "Сформированная в Содружестве нормативная правовая база последовательно совершенствуется с учетом "
        "изменения оперативной обстановки, обусловленного угрозами со стороны международных "
        "террористических организаций."
    ),
    "measures_note_en": (
        "These measures continue to be implemented by the security agencies and special services of the CIS "
        "member States, and are also carried out as part of coordinated and comprehensive special preventive "
        "activities and operations."
    ),
    "measures_note_ru": (
        "Реализация этих мер продолжается органами безопасности и специальными службами государств – "
        "участников СНГ, а также осуществляется в рамках согласованных и комплексных специальных "
        "профилактических мероприятий и операций."
    ),
    "databank_en": (
        "Systematic efforts continue to be made to develop and populate the specialized databank of the CIS "
        "Anti-Terrorism Centre. The information contained in the databank is actively used by the special "
        "services of the CIS countries to prevent, detect, suppress and investigate unlawful "
        "terrorism-related acts."
    ),
    "databank_ru": (
        "Продолжается системная работа по развитию и наполнению специализированного банка данных "
        "Антитеррористического центра государств – участников СНГ. Содержащаяся в нем информация активно "
        "используется специальными службами государств Содружества для предупреждения, выявления, "
        "пресечения и расследования противоправных деяний террористической направленности."
    ),
    "outreach_en": (
        "Outreach activities have been carried out to ensure counter-terrorism cooperation among the "
        "security agencies and special services of the CIS member States. In cooperation with the print and "
        "electronic media, the results of joint counter-terrorism activities implemented by the competent "
        "authorities of CIS States have been showcased, the ideology of terrorism and extremism has been "
        "discredited, and constructive forces in society have been consolidated to comprehensively combat "
        "these phenomena."
    ),
    "outreach_ru": (
        "Осуществлялось информационное сопровождение антитеррористического сотрудничества органов "
        "безопасности и специальных служб государств – участников СНГ. Во взаимодействии с печатными и "
        "электронными средствами массовой информации освещались результаты совместной "
        "антитеррористической деятельности компетентных органов государств Содружества, развенчивалась "
        "идеология терроризма и экстремизма, консолидировались конструктивные силы общества для "
        "комплексного противодействия этим явлениям."
    ),
    "conclusion_en": (
        "CIS bodies continue to take measures to prevent and eliminate international terrorist activity."
    ),
    "conclusion_ru": (
        "Органы СНГ продолжают принимать меры по предотвращению и ликвидации международной "
        "террористической деятельности."
    ),
}
PROGRAMMES_2024 = ["ct-2023-2025"]


def load_reports() -> int:
    """The mandate and the 2024 report; a second run writes nothing. Returns the reports loaded."""
    mandate = upsert(
        Mandate,
        {"resolution": MANDATE["resolution"]},
        {k: v for k, v in MANDATE.items() if k != "resolution"},
    )
    upsert(
        AnnualReport,
        {"year": 2024},
        {"mandate": mandate, **REPORT_2024},
        m2m={"programmes": Programme.objects.filter(slug__in=PROGRAMMES_2024)},
    )
    return 1
