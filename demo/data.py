"""The facts of the source documents, as plain data for demo/loader.py.

Russian texts are the team's own translations, with GLOSSARY.md's names. Dates are
(ISO date, precision): the sources give some to the day, some to the month or the year.
"""

# code, English (CIS usage), Russian, UN short name (en), short name (ru), status
STATES = [
    ("AZE", "Azerbaijan Republic", "Азербайджанская Республика", "Azerbaijan", "Азербайджан", "member"),
    ("ARM", "Republic of Armenia", "Республика Армения", "Armenia", "Армения", "member"),
    ("BLR", "Republic of Belarus", "Республика Беларусь", "Belarus", "Беларусь", "member"),
    ("KAZ", "Republic of Kazakhstan", "Республика Казахстан", "Kazakhstan", "Казахстан", "member"),
    ("KGZ", "Kyrgyz Republic", "Кыргызская Республика", "Kyrgyzstan", "Кыргызстан", "member"),
    ("MDA", "Republic of Moldova", "Республика Молдова", "Republic of Moldova", "Молдова", "member"),
    ("RUS", "Russian Federation", "Российская Федерация", "Russian Federation", "Россия", "member"),
    ("TJK", "Republic of Tajikistan", "Республика Таджикистан", "Tajikistan", "Таджикистан", "member"),
    ("TKM", "Turkmenistan", "Туркменистан", "Turkmenistan", "Туркменистан", "associate"),
    ("UZB", "Republic of Uzbekistan", "Республика Узбекистан", "Uzbekistan", "Узбекистан", "member"),
    ("UKR", "Ukraine", "Украина", "Ukraine", "Украина", "former"),
    # Outside the CIS: participants of the 2023 conference (seed 003) ...
    ("IND", "Republic of India", "Республика Индия", "India", "Индия", "outside"),
    (
        "IRN",
        "Islamic Republic of Iran",
        "Исламская Республика Иран",
        "Iran (Islamic Republic of)",
        "Иран",
        "outside",
    ),
    ("CHN", "People's Republic of China", "Китайская Народная Республика", "China", "Китай", "outside"),
    (
        "PAK",
        "Islamic Republic of Pakistan",
        "Исламская Республика Пакистан",
        "Pakistan",
        "Пакистан",
        "outside",
    ),
    ("MNG", "Mongolia", "Монголия", "Mongolia", "Монголия", "outside"),
    # ... and observers of the 2008 exercise in Belarus (seed 002).
    (
        "VNM",
        "Socialist Republic of Viet Nam",
        "Социалистическая Республика Вьетнам",
        "Viet Nam",
        "Вьетнам",
        "outside",
    ),
    (
        "DEU",
        "Federal Republic of Germany",
        "Федеративная Республика Германия",
        "Germany",
        "Германия",
        "outside",
    ),
    ("ISR", "State of Israel", "Государство Израиль", "Israel", "Израиль", "outside"),
    ("LVA", "Republic of Latvia", "Латвийская Республика", "Latvia", "Латвия", "outside"),
    ("LTU", "Republic of Lithuania", "Литовская Республика", "Lithuania", "Литва", "outside"),
    ("NLD", "Kingdom of the Netherlands", "Королевство Нидерландов", "Netherlands", "Нидерланды", "outside"),
    ("USA", "United States of America", "Соединённые Штаты Америки", "United States", "США", "outside"),
    ("SWE", "Kingdom of Sweden", "Королевство Швеция", "Sweden", "Швеция", "outside"),
]

# code, English, Russian, abbr en, abbr ru, kind, state
BODIES = [
    (
        "cis",
        "Commonwealth of Independent States",
        "Содружество Независимых Государств",
        "CIS",
        "СНГ",
        "international",
        None,
    ),
    ("chs", "CIS Council of Heads of State", "Совет глав государств СНГ", "CHS", "СГГ", "cis_body", None),
    (
        "exec-committee",
        "Executive Committee of the CIS",
        "Исполнительный комитет Содружества Независимых Государств",
        "",
        "Исполком СНГ",
        "cis_body",
        None,
    ),
    (
        "secretary-general",
        "Secretary-General of the Commonwealth of Independent States",
        "Генеральный секретарь Содружества Независимых Государств",
        "",
        "",
        "cis_body",
        None,
    ),
    (
        "atc",
        "CIS Anti-Terrorism Centre",
        "Антитеррористический центр государств – участников Содружества Независимых Государств",
        "CIS ATC",
        "АТЦ СНГ",
        "cis_body",
        None,
    ),
    (
        "sorb",
        "Council of Heads of Security Agencies and Special Services",
        "Совет руководителей органов безопасности и специальных служб",
        "",
        "СОРБ",
        "cis_body",
        None,
    ),
    (
        "border-council",
        "Council of Border Troops Commanders",
        "Совет командующих Пограничными войсками",
        "",
        "СКПВ",
        "cis_body",
        None,
    ),
    (
        "mvd-council",
        "Council of Ministers of Internal Affairs",
        "Совет министров внутренних дел",
        "",
        "СМВД",
        "cis_body",
        None,
    ),
    (
        "defence-council",
        "Council of Ministers of Defence",
        "Совет министров обороны",
        "",
        "СМО",
        "cis_body",
        None,
    ),
    (
        "prosecutors-council",
        "Coordinating Council of Prosecutors General",
        "Координационный совет генеральных прокуроров",
        "",
        "КСГП",
        "cis_body",
        None,
    ),
    (
        "fiu-council",
        "Council of Heads of Financial Intelligence Units",
        "Совет руководителей подразделений финансовой разведки",
        "",
        "СРПФР",
        "cis_body",
        None,
    ),
    (
        "customs-council",
        "Council of Heads of Customs Services",
        "Совет руководителей таможенных служб",
        "",
        "СРТС",
        "cis_body",
        None,
    ),
    (
        "migration-council",
        "Council of Heads of Migration Authorities",
        "Совет руководителей миграционных органов",
        "",
        "СРМО",
        "cis_body",
        None,
    ),
    (
        "transport-conference",
        "Coordinating Transport Conference",
        "Координационное транспортное совещание",
        "",
        "КТС",
        "cis_body",
        None,
    ),
    (
        "aviation-committee",
        "Interstate Aviation Committee",
        "Межгосударственный авиационный комитет",
        "",
        "МАК",
        "cis_body",
        None,
    ),
    (
        "ipa",
        "Interparliamentary Assembly of the CIS member States",
        "Межпарламентская Ассамблея государств – участников СНГ",
        "IPA CIS",
        "МПА СНГ",
        "cis_body",
        None,
    ),
    (
        "csto",
        "Collective Security Treaty Organization",
        "Организация Договора о коллективной безопасности",
        "CSTO",
        "ОДКБ",
        "partner",
        None,
    ),
    (
        "sco",
        "Shanghai Cooperation Organization",
        "Шанхайская организация сотрудничества",
        "SCO",
        "ШОС",
        "international",
        None,
    ),
    (
        "sco-rats",
        "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
        "Региональная антитеррористическая структура Шанхайской организации сотрудничества",
        "SCO RATS",
        "РАТС ШОС",
        "partner",
        None,
    ),
    (
        "eag",
        "Eurasian Group on Combating Money Laundering and Financing of Terrorism",
        "Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма",
        "EAG",
        "ЕАГ",
        "partner",
        None,
    ),
    ("un", "United Nations", "Организация Объединённых Наций", "UN", "ООН", "international", None),
    (
        "un-oct",
        "United Nations Office of Counter-Terrorism",
        "Контртеррористическое управление Организации Объединённых Наций",
        "UNOCT",
        "КТУ ООН",
        "partner",
        None,
    ),
    (
        "osce",
        "Organization for Security and Co-operation in Europe",
        "Организация по безопасности и сотрудничеству в Европе",
        "OSCE",
        "ОБСЕ",
        "international",
        None,
    ),
    (
        "cica",
        "Conference on Interaction and Confidence-Building Measures in Asia",
        "Совещание по взаимодействию и мерам доверия в Азии",
        "CICA",
        "СВМДА",
        "international",
        None,
    ),
    (
        "caricc",
        "Central Asian Regional Information and Coordination Centre for Combating Illicit Trafficking of Narcotic Drugs",
        "Центральноазиатский региональный информационный координационный центр по борьбе с незаконным оборотом наркотиков",
        "CARICC",
        "ЦАРИКЦ",
        "international",
        None,
    ),
    (
        "kgz-gknb",
        "State Committee of National Security of the Kyrgyz Republic",
        "Государственный комитет национальной безопасности Кыргызской Республики",
        "",
        "ГКНБ",
        "national",
        "KGZ",
    ),
    (
        "rus-mvd",
        "Ministry of Internal Affairs of the Russian Federation",
        "Министерство внутренних дел Российской Федерации",
        "",
        "МВД России",
        "national",
        "RUS",
    ),
    (
        "blr-mvd-academy",
        "Academy of the Ministry of Internal Affairs of the Republic of Belarus",
        "Академия Министерства внутренних дел Республики Беларусь",
        "",
        "",
        "national",
        "BLR",
    ),
]

CT_TITLE_EN = (
    "Programme of cooperation among the CIS member States in combating terrorism and extremism for {period}"
)
CT_TITLE_RU = "Программа сотрудничества государств – участников СНГ в борьбе с терроризмом и экстремизмом на {period} годы"
CT_OLD_TITLE_EN = (
    "Programme of cooperation of the CIS member States in combating terrorism and other violent "
    "manifestations of extremism for {period}"
)
CT_OLD_TITLE_RU = (
    "Программа сотрудничества государств – участников СНГ в борьбе с терроризмом и иными "
    "насильственными проявлениями экстремизма на {period} годы"
)

# Each programme: slug, theme, status, (start, end) or None, in_force_year, title en/ru,
# description en/ru, approved (body, date, precision) or None, predecessor slug.
PROGRAMMES = [
    {
        "slug": "ct-2017-2019",
        "theme": "terrorism",
        "status": "completed",
        "period": (2017, 2019),
        "title_en": CT_OLD_TITLE_EN.format(period="2017–2019"),
        "title_ru": CT_OLD_TITLE_RU.format(period="2017–2019"),
        "description_en": "Joint operational and preventive measures, special operations and the sharing of preventive information and experience.",
        "description_ru": "Совместные оперативно-профилактические мероприятия, специальные операции, обмен профилактической информацией и опытом.",
    },
    {
        "slug": "ct-2020-2022",
        "theme": "terrorism",
        "status": "completed",
        "period": (2020, 2022),
        "title_en": CT_OLD_TITLE_EN.format(period="2020–2022"),
        "title_ru": CT_OLD_TITLE_RU.format(period="2020–2022"),
        "description_en": (
            "Joint operational preventive measures, special operations, sharing of preventive information, "
            "best practices and experience of cooperation with other international organizations."
        ),
        "description_ru": (
            "Совместные оперативно-профилактические мероприятия, специальные операции, обмен "
            "профилактической информацией, передовой практикой и опытом взаимодействия с другими "
            "международными организациями."
        ),
        "approved": ("chs", "2019-10-01", "month"),
        "predecessor": "ct-2017-2019",
    },
    {
        "slug": "ct-2023-2025",
        "theme": "terrorism",
        "status": "approved",
        "period": (2023, 2025),
        "title_en": CT_TITLE_EN.format(period="2023–2025"),
        "title_ru": CT_TITLE_RU.format(period="2023–2025"),
        "approved": ("chs", "2022-10-14", "day"),
        "predecessor": "ct-2020-2022",
    },
    {
        "slug": "ct-2026-2028",
        "theme": "terrorism",
        "status": "being_agreed",
        "period": (2026, 2028),
        "title_en": CT_TITLE_EN.format(period="2026–2028"),
        "title_ru": CT_TITLE_RU.format(period="2026–2028"),
        "predecessor": "ct-2023-2025",
    },
    {
        "slug": "derad-2025-2027",
        "theme": "deradicalization",
        "status": "approved",
        "period": (2025, 2027),
        "title_en": "Programme of cooperation on deradicalization of the States members of the Commonwealth of Independent States for 2025–2027",
        "title_ru": "Программа сотрудничества государств – участников Содружества Независимых Государств в сфере дерадикализации на 2025–2027 годы",
        "description_en": (
            "The programme is primarily aimed at limiting the influence on the population of radical views "
            "and concepts that lead to the justification of extremism and its radical forms, and at reforming "
            "and resocializing individuals who have been radicalized."
        ),
        "description_ru": (
            "Программа направлена прежде всего на ограничение влияния на население радикальных взглядов и "
            "концепций, ведущих к оправданию экстремизма и его радикальных форм, а также на исправление и "
            "ресоциализацию радикализированных лиц."
        ),
        "approved": ("chs", "2024-01-01", "year"),
    },
    {
        "slug": "border-2026-2030",
        "theme": "border",
        "status": "for_signing",
        "period": (2026, 2030),
        "title_en": "Programme of cooperation among the CIS member States on strengthening border security at external borders for 2026–2030",
        "title_ru": "Программа сотрудничества государств – участников СНГ в укреплении пограничной безопасности на внешних границах на 2026–2030 годы",
        "description_en": (
            "The programme includes measures that take into account possible risks of international "
            "complications and intensified attempts to move foreign terrorist fighters across the borders of "
            "CIS countries."
        ),
        "description_ru": (
            "Программа включает мероприятия, учитывающие возможные риски международных осложнений и "
            "активизацию попыток перемещения иностранных террористов-боевиков через границы государств "
            "Содружества."
        ),
    },
    {
        "slug": "migration-2009-2011",
        "theme": "migration",
        "status": "completed",
        "period": (2009, 2011),
        "title_en": "Programme of co-operation between the member States of the Commonwealth of Independent States in countering illegal migration during the period 2009–2011",
        "title_ru": "Программа сотрудничества государств – участников Содружества Независимых Государств в противодействии незаконной миграции на 2009–2011 годы",
        "approved": ("chs", "2008-01-01", "year"),
        "predecessor": "migration-2008",
    },
    # The five programmes in force in 2008 (seed 002): periods not given.
    {
        "slug": "ct-2008",
        "theme": "terrorism",
        "status": "approved",
        "in_force_year": 2008,
        "title_en": "Programme of cooperation of the CIS member States in combating terrorism (in force in 2008)",
        "title_ru": "Программа сотрудничества государств – участников СНГ в борьбе с терроризмом (действовала в 2008 году)",
    },
    {
        "slug": "thb-2008",
        "theme": "trafficking",
        "status": "approved",
        "in_force_year": 2008,
        "title_en": "Programme of cooperation of the CIS member States in combating trafficking in human beings (in force in 2008)",
        "title_ru": "Программа сотрудничества государств – участников СНГ в борьбе с торговлей людьми (действовала в 2008 году)",
    },
    {
        "slug": "drugs-2008",
        "theme": "drugs",
        "status": "approved",
        "in_force_year": 2008,
        "title_en": "Programme of cooperation of the CIS member States in combating illicit trafficking in narcotic drugs, psychotropic substances and their precursors (in force in 2008)",
        "title_ru": "Программа сотрудничества государств – участников СНГ в борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров (действовала в 2008 году)",
    },
    {
        "slug": "migration-2008",
        "theme": "migration",
        "status": "approved",
        "in_force_year": 2008,
        "title_en": "Programme of cooperation of the CIS member States in countering illegal migration (in force in 2008)",
        "title_ru": "Программа сотрудничества государств – участников СНГ в противодействии незаконной миграции (действовала в 2008 году)",
    },
    {
        "slug": "crime-2008",
        "theme": "crime",
        "status": "approved",
        "in_force_year": 2008,
        "title_en": "Programme of cooperation of the CIS member States in combating crime (in force in 2008)",
        "title_ru": "Программа сотрудничества государств – участников СНГ в борьбе с преступностью (действовала в 2008 году)",
    },
]

# The four purposes of the 2023-2025 programme, as seed 000 lists them.
OBJECTIVES = {
    "ct-2023-2025": [
        (
            "Prevention, detection and suppression of attempts to enter CIS member States by groups and individuals who have been trained to carry out terrorist and extremist activities or who have taken part in hostilities as part of terrorist groups in third countries",
            "Предупреждение, выявление и пресечение попыток проникновения на территории государств – участников СНГ групп и лиц, прошедших подготовку для осуществления террористической и экстремистской деятельности либо участвовавших в боевых действиях в составе террористических формирований в третьих странах",
        ),
        (
            "Prevention, detection and suppression of the activities of terrorist and extremist organizations aimed at preparing and committing terrorist and extremist crimes; recruitment of persons residing in CIS member States for terrorist and extremist activities, including participation in hostilities in third countries as part of terrorist or extremist organizations or illegal armed groups",
            "Предупреждение, выявление и пресечение деятельности террористических и экстремистских организаций, направленной на подготовку и совершение преступлений террористического и экстремистского характера; вербовки лиц, проживающих в государствах – участниках СНГ, для террористической и экстремистской деятельности, в том числе для участия в боевых действиях в третьих странах в составе террористических или экстремистских организаций либо незаконных вооружённых формирований",
        ),
        (
            "Search for and detention and extradition of persons who are on inter-State wanted lists for committing terrorist and extremist crimes, including as part of terrorist or extremist organizations or illegal armed groups in third States and who are in CIS member States",
            "Розыск, задержание и выдача лиц, находящихся в межгосударственном розыске за совершение преступлений террористического и экстремистского характера, в том числе в составе террористических или экстремистских организаций либо незаконных вооружённых формирований в третьих государствах, и находящихся на территориях государств – участников СНГ",
        ),
        (
            "Detection and blocking of transit routes, including illegal migration channels, in the CIS member States used by members of and persons involved in terrorist and extremist organizations",
            "Выявление и перекрытие маршрутов транзита, в том числе каналов незаконной миграции, на территориях государств – участников СНГ, используемых членами террористических и экстремистских организаций и причастными к ним лицами",
        ),
    ],
}

# Legal instruments: status with its date (and precision), the signing or adopting body,
# the instrument amended.
INSTRUMENTS = [
    {
        "code": "agreement-interstate-tracing-2010",
        "kind": "agreement",
        "status": "signed",
        "date": ("2010-12-10", "day"),
        "signed_on": "2010-12-10",
        "title_en": "Agreement between the CIS Member States on Inter-State Tracing of Persons",
        "title_ru": "Соглашение о межгосударственном розыске лиц",
    },
    {
        "code": "protocol-interstate-tracing-2024",
        "kind": "protocol",
        "status": "signed",
        "date": ("2024-10-01", "month"),
        "body": "chs",
        "amends": "agreement-interstate-tracing-2010",
        "title_en": "Protocol on Amendments to the Agreement between the CIS Member States on Inter-State Tracing of Persons",
        "title_ru": "Протокол о внесении изменений в Соглашение о межгосударственном розыске лиц",
        "description_en": (
            "It is aimed at further enhancing the effectiveness of cooperation between special services and law "
            "enforcement agencies in combating terrorism and other cross-border crime. The amendments were "
            "prompted by the need to improve the mechanisms for the exchange of information between the bodies "
            "concerned with regard to persons wanted for committing crimes."
        ),
        "description_ru": (
            "Он направлен на дальнейшее повышение эффективности взаимодействия специальных служб и "
            "правоохранительных органов в борьбе с терроризмом и иной трансграничной преступностью. Изменения "
            "обусловлены необходимостью совершенствования механизмов обмена информацией между "
            "заинтересованными органами о лицах, разыскиваемых за совершение преступлений."
        ),
    },
    {
        "code": "recommendations-border-agencies-ct-2024",
        "kind": "recommendation",
        "status": "adopted",
        "date": ("2024-01-01", "year"),
        "title_en": "Recommendations to improve the legal regulation of the activities of the border agencies of CIS member States relating to counter-terrorism",
        "title_ru": "Рекомендации по совершенствованию правового регулирования деятельности пограничных ведомств государств – участников СНГ в сфере противодействия терроризму",
    },
    {
        "code": "model-law-autonomous-robotic-systems",
        "kind": "model_law",
        "status": "being_agreed",
        "date": ("2024-01-01", "year"),
        "title_en": "Model law on countering the use of autonomous and robotic systems for terrorist and extremist purposes",
        "title_ru": "Модельный закон о противодействии использованию автономных и роботизированных систем в террористических и экстремистских целях",
    },
    {
        "code": "model-law-public-security",
        "kind": "model_law",
        "status": "being_agreed",
        "date": ("2024-01-01", "year"),
        "title_en": "Model law on public security",
        "title_ru": "Модельный закон об общественной безопасности",
    },
    {
        "code": "model-law-counter-terrorism-amendments",
        "kind": "model_law_amendment",
        "status": "being_agreed",
        "date": ("2024-01-01", "year"),
        "title_en": "Amendments to the model law on counter-terrorism",
        "title_ru": "Изменения в модельный закон о противодействии терроризму",
    },
    # Seed 004: in force in the year before the 2019 statement.
    {
        "code": "agreement-information-sharing-ct",
        "kind": "agreement",
        "status": "in_force",
        "date": ("2018-01-01", "year"),
        "title_en": "Agreement on information-sharing within the CIS to counter terrorism and other forms of violent extremism",
        "title_ru": "Соглашение об обмене информацией в рамках СНГ в сфере борьбы с терроризмом и иными насильственными проявлениями экстремизма",
    },
    {
        "code": "agreement-it-crime",
        "kind": "agreement",
        "status": "in_force",
        "date": ("2018-01-01", "year"),
        "title_en": "Agreement on cooperation in combating criminal activity in the area of information technology",
        "title_ru": "Соглашение о сотрудничестве государств – участников СНГ в борьбе с преступлениями в сфере информационных технологий",
    },
    # Seed 002: the 2008 framework.
    {
        "code": "concept-ct-security",
        "kind": "concept",
        "status": "adopted",
        "date": None,
        "title_en": "Concept for the further development of the CIS in matters connected with combating terrorism and ensuring security",
        "title_ru": "Концепция дальнейшего развития СНГ в сфере борьбы с терроризмом и обеспечения безопасности",
    },
    {
        "code": "agreement-illegal-arms-trade-2008",
        "kind": "agreement",
        "status": "adopted",
        "date": ("2008-01-01", "year"),
        "title_en": "Agreement on Co-operation in Combating the Illegal Trade in Weapons, Ammunition, Explosives and Explosive Devices",
        "title_ru": "Соглашение о сотрудничестве в борьбе с незаконным оборотом оружия, боеприпасов, взрывчатых веществ и взрывных устройств",
    },
    {
        "code": "model-law-countering-thb-2008",
        "kind": "model_law",
        "status": "adopted",
        "date": ("2008-01-01", "year"),
        "body": "ipa",
        "title_en": 'Model law "On countering trafficking in human beings"',
        "title_ru": "Модельный закон «О противодействии торговле людьми»",
    },
    {
        "code": "model-law-thb-victims-2008",
        "kind": "model_law",
        "status": "adopted",
        "date": ("2008-01-01", "year"),
        "body": "ipa",
        "title_en": 'Model law "On providing assistance to victims of trafficking in human beings"',
        "title_ru": "Модельный закон «Об оказании помощи жертвам торговли людьми»",
    },
    {
        "code": "border-rapid-exchange-concept-2008",
        "kind": "concept",
        "status": "adopted",
        "date": ("2008-01-01", "year"),
        "body": "border-council",
        "title_en": "Concept, List of Information Types and Standard Forms for an Automated System for the Rapid Exchange of Information",
        "title_ru": "Концепция, Перечень видов информации и типовые формы автоматизированной системы оперативного обмена информацией",
    },
    {
        "code": "mvd-single-network-plan",
        "kind": "plan",
        "status": "adopted",
        "date": None,
        "body": "mvd-council",
        "title_en": "Plan of Organizational and Technical Measures to put into place a single network of automated databases and telecommunication systems linking the home affairs ministries of the CIS member States",
        "title_ru": "План организационно-технических мероприятий по созданию единой сети автоматизированных банков данных и телекоммуникационных систем министерств внутренних дел государств – участников СНГ",
    },
    {
        "code": "decision-belarus-academy-base-org-2008",
        "kind": "decision",
        "status": "adopted",
        "date": ("2008-01-01", "year"),
        "body": "chs",
        "title_en": "Decision to confer on the Academy of the Ministry of Internal Affairs of the Republic of Belarus the status of a base organization of the CIS member States for the training, advanced training and retraining of personnel dealing with migration and trafficking in human beings",
        "title_ru": "Решение о придании Академии Министерства внутренних дел Республики Беларусь статуса базовой организации государств – участников СНГ по подготовке, повышению квалификации и переподготовке кадров в сфере миграции и противодействия торговле людьми",
    },
]

# Operations and exercises. The seed's English spelling is the canonical name; the 2024
# preventive operations, which the seed does not name, get a descriptive one.
OPERATIONS = [
    {
        "name": "Tral – anti-terror",
        "name_ru": "Трал – Антитеррор",
        "year": 2024,
        "kind": "investigative",
        "programme": "ct-2023-2025",
        "objectives": [1, 2, 4],
    },
    {
        "name": "Identification",
        "name_ru": "Идентификация",
        "year": 2024,
        "kind": "investigative",
        "programme": "ct-2023-2025",
        "objectives": [3],
    },
    {
        "name": "Preventive operations against illicit arms trafficking 2024",
        "name_ru": "Профилактические операции против незаконного оборота оружия 2024",
        "year": 2024,
        "kind": "preventive",
        "programme": "ct-2023-2025",
        "objectives": [2],
        "description_en": (
            "to counter the illegal manufacture of and trafficking in weapons, ammunition, explosives and "
            "explosive devices, as well as dual-use products"
        ),
        "description_ru": (
            "по противодействию незаконному изготовлению и обороту оружия, боеприпасов, взрывчатых веществ и "
            "взрывных устройств, а также продукции двойного назначения"
        ),
    },
    {
        "name": "Barrier",
        "name_ru": "Барьер",
        "year": 2024,
        "kind": "international",
        "programme": "ct-2023-2025",
        "objectives": [2],
        "description_en": "to identify persons involved in the financing of terrorism",
        "description_ru": "по выявлению лиц, причастных к финансированию терроризма",
    },
    {
        "name": "West 2024",
        "name_ru": "Запад-2024",
        "year": 2024,
        "kind": "border",
        "programme": "ct-2023-2025",
        "objectives": [1, 4],
    },
    {
        "name": "Shekara 2024",
        "name_ru": "Шекара-2024",
        "year": 2024,
        "kind": "border",
        "programme": "ct-2023-2025",
        "objectives": [1, 4],
    },
    {
        "name": "East-Anti-terror 2024",
        "name_ru": "Восток-Антитеррор-2024",
        "year": 2024,
        "kind": "exercise",
        "programme": "ct-2023-2025",
        "coordinating_body": "atc",
        "host_state": "UZB",
        "description_en": (
            "was conducted by the competent authorities of the CIS member States; under it, new objectives were "
            "developed for the coordination of inter-State and interdepartmental cooperation to ensure the "
            "cybersecurity of critical facilities, counter the financing of terrorism and suppress the "
            "cross-border movement of terrorist fighters"
        ),
        "description_ru": (
            "проведено компетентными органами государств – участников СНГ; в его ходе отработаны новые задачи "
            "по координации межгосударственного и межведомственного взаимодействия в обеспечении "
            "кибербезопасности критически важных объектов, противодействии финансированию терроризма и "
            "пресечении трансграничного перемещения террористов-боевиков"
        ),
    },
    {
        "name": "Ashyk-Aspan 2024",
        "name_ru": "Ашык-Аспан-2024",
        "year": 2024,
        "kind": "exercise",
        "programme": "ct-2023-2025",
        "participating_states": ["KAZ", "UZB"],
        "description_en": (
            "a joint exercise for airspace protection with the participation of Air Force and air defence "
            "specialists of the Republic of Kazakhstan and the Republic of Uzbekistan, under which joint training "
            "sessions were developed on action to be taken by air defence duty officers of CIS member States when "
            "they receive information about the seizure (hijacking) of an aircraft"
        ),
        "description_ru": (
            "совместное учение по защите воздушного пространства с участием специалистов военно-воздушных сил и "
            "противовоздушной обороны Республики Казахстан и Республики Узбекистан, в ходе которого отработаны "
            "совместные действия дежурных сил противовоздушной обороны государств – участников СНГ при "
            "получении информации о захвате (угоне) воздушного судна"
        ),
    },
    {
        "name": "Commonwealth-Antiterror-2025",
        "name_ru": "Содружество-Антитеррор-2025",
        "year": 2025,
        "kind": "exercise",
        "programme": "ct-2023-2025",
        "coordinating_body": "atc",
        "host_state": "TJK",
        "start": ("2025-10-01", "month"),
        "description_en": "joint anti-terrorist exercise of the competent authorities of the CIS member States on the territory of the Republic of Tajikistan",
        "description_ru": "совместное антитеррористическое учение компетентных органов государств – участников СНГ на территории Республики Таджикистан",
    },
    # Seed 004: exercises of 2017-2019.
    {
        "name": "Comradeship-in-Arms-2017",
        "name_ru": "Боевое содружество-2017",
        "year": 2017,
        "kind": "exercise",
        "programme": "ct-2017-2019",
        "description_en": "joint military exercise developing joint measures of competent bodies to release hostages and prevent planned terrorist acts",
        "description_ru": "совместное военное учение по отработке совместных мер компетентных органов по освобождению заложников и предотвращению готовящихся террористических актов",
    },
    {
        "name": "Issyk Kul-Counter-Terror 2018",
        "name_ru": "Иссык-Куль-Антитеррор-2018",
        "year": 2018,
        "kind": "exercise",
        "programme": "ct-2017-2019",
        "host_state": "KGZ",
        "description_en": "joint military exercise including an operation to block and eliminate armed terrorist groups",
        "description_ru": "совместное военное учение, включавшее операцию по блокированию и уничтожению вооружённых террористических формирований",
    },
    {
        "name": "Ararat-Antiterror-2019",
        "name_ru": "Арарат-Антитеррор-2019",
        "year": 2019,
        "kind": "exercise",
        "programme": "ct-2017-2019",
        "coordinating_body": "atc",
        "host_state": "ARM",
        "description_en": "joint counter-terrorism exercise of the competent authorities of the CIS member States",
        "description_ru": "совместное антитеррористическое учение компетентных органов государств – участников СНГ",
    },
    # Seed 002: 2008.
    {
        "name": "Joint command staff exercise, Belarus 2008",
        "name_ru": "Совместное командно-штабное учение, Беларусь, 2008",
        "year": 2008,
        "kind": "exercise",
        "coordinating_body": "atc",
        "host_state": "BLR",
        "start": ("2008-09-01", "month"),
        "participating_bodies": ["csto", "sco-rats"],
        "observer_states": ["VNM", "DEU", "ISR", "LVA", "LTU", "NLD", "USA", "SWE"],
        "description_en": (
            'joint command staff exercise of an operational and strategic nature on the subject "Organization '
            "and execution of operational and investigatory measures and special operations to uncover and "
            'interdict the activities of members of international terrorist organizations", with representatives '
            "of the security agencies and intelligence services of most of the CIS countries"
        ),
        "description_ru": (
            "совместное оперативно-стратегическое командно-штабное учение на тему «Организация и проведение "
            "оперативно-розыскных мероприятий и специальных операций по выявлению и пресечению деятельности "
            "членов международных террористических организаций» с участием представителей органов "
            "безопасности и специальных служб большинства государств СНГ"
        ),
    },
]

CIS8 = ["AZE", "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB"]

# Events with participation as each source states it (counts), beside what it names.
EVENTS = [
    {
        "code": "cis-ct-conference-2",
        "kind": "conference",
        "ordinal_en": "second",
        "ordinal_ru": "вторая",
        "date": ("2024-01-01", "year"),
        "organizers": ["atc"],
        "programme": "ct-2023-2025",
        "title_en": "CIS conference on combating terrorism and extremism",
        "title_ru": "конференция СНГ по противодействию терроризму и экстремизму",
    },
    {
        "code": "sco-rats-conference-10",
        "kind": "conference",
        "ordinal_en": "tenth",
        "ordinal_ru": "десятая",
        "date": ("2024-01-01", "year"),
        "organizers": ["sco-rats"],
        "title_en": "international scientific and practical conference of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
        "title_ru": "международная научно-практическая конференция Региональной антитеррористической структуры Шанхайской организации сотрудничества",
    },
    {
        "code": "forum-2024",
        "kind": "forum",
        "ordinal_en": "first",
        "ordinal_ru": "первый",
        "date": ("2024-01-01", "year"),
        "organizers": ["atc", "sco-rats"],
        "programme": "ct-2023-2025",
        "combines": ["cis-ct-conference-2", "sco-rats-conference-10"],
        "title_en": "counter-terrorism forum",
        "title_ru": "антитеррористический форум",
        "scope_organizations": ["cis", "sco"],
        "participating_bodies": ["un"],
        "states_count": 20,
        "bodies_count": 11,
        "intl_org_bodies_count": 10,
        "intl_orgs_count": 6,
        "research_count": 22,
        "description_en": (
            "It contributed to the improvement of scientific support for counter-terrorism activities. The event "
            "demonstrated the ongoing process of strengthening Eurasian cooperation and promoted practical "
            "cooperation and consolidation of the counter-terrorism efforts of CIS and the Shanghai Cooperation "
            "Organization, creating unified capacity to promote common interests in the international arena."
        ),
        "description_ru": (
            "Он способствовал совершенствованию научного обеспечения антитеррористической деятельности. "
            "Мероприятие продемонстрировало продолжающийся процесс укрепления евразийского сотрудничества, "
            "содействовало практическому взаимодействию и консолидации антитеррористических усилий СНГ и "
            "Шанхайской организации сотрудничества, формируя единый потенциал для продвижения общих интересов "
            "на международной арене."
        ),
    },
    {
        "code": "cis-ct-conference-1",
        "kind": "conference",
        "ordinal_en": "first",
        "ordinal_ru": "первая",
        "date": ("2023-09-20", "day"),
        "place_en": "Bishkek",
        "place_ru": "Бишкек",
        "host_state": "KGZ",
        "organizers": ["kgz-gknb", "atc"],
        "programme": "ct-2023-2025",
        "title_en": "CIS conference on combating terrorism and extremism",
        "title_ru": "конференция СНГ по противодействию терроризму и экстремизму",
        "scope_organizations": ["cis"],
        "participating_states": [*CIS8, "IND", "IRN", "CHN", "PAK", "MNG"],
        "participating_bodies": ["eag"],
        "states_count": 8,
        "other_states_count": 5,
        "bodies_count": 10,
        "intl_orgs_count": 8,
        "research_count": 3,
        "description_en": (
            "Held under the auspices of the Kyrgyz Republic's presidency of the CIS and attended by the heads of "
            "competent authorities of 8 CIS member States, competent authorities of 4 SCO member States outside "
            "the CIS and an SCO observer State (Mongolia). The participants exchanged national best practices, "
            "reviewed trends of the terrorist threats in the CIS area and reiterated their support for "
            "multilateral counter-terrorism cooperation with the core role of the United Nations."
        ),
        "description_ru": (
            "Проведена в рамках председательства Кыргызской Республики в СНГ с участием руководителей "
            "компетентных органов 8 государств – участников СНГ, компетентных органов 4 государств – членов ШОС, "
            "не входящих в СНГ, и государства – наблюдателя ШОС (Монголии). Участники обменялись национальным "
            "опытом, рассмотрели тенденции террористических угроз на пространстве СНГ и подтвердили "
            "приверженность многостороннему антитеррористическому сотрудничеству при центральной роли ООН."
        ),
    },
    {
        "code": "heads-meeting-18",
        "kind": "meeting",
        "ordinal_en": "XVIII",
        "ordinal_ru": "XVIII",
        "date": ("2025-06-10", "day"),
        "place_en": "Moscow",
        "place_ru": "Москва",
        "host_state": "RUS",
        "organizers": ["atc"],
        "programme": "ct-2023-2025",
        "title_en": "Meeting of the Heads of the CIS Competent Authorities Lead Units in Charge of Countering Terrorism and the Heads of the CIS National Structures in Charge of Coordination of Counter-Terrorism and Counter-Extremism Activities",
        "title_ru": "совещание руководителей профильных подразделений компетентных органов государств – участников СНГ, осуществляющих борьбу с терроризмом, и руководителей национальных структур, координирующих антитеррористическую и антиэкстремистскую деятельность",
        "scope_organizations": ["cis"],
        "participating_states": CIS8,
        "participating_bodies": [
            "exec-committee",
            "ipa",
            "sorb",
            "mvd-council",
            "border-council",
            "defence-council",
            "prosecutors-council",
            "fiu-council",
            "customs-council",
            "migration-council",
            "transport-conference",
            "aviation-committee",
            "atc",
            "csto",
            "sco-rats",
            "eag",
        ],
        "states_count": 9,
        "bodies_count": 13,
        "basic_orgs_count": 4,
        "intl_orgs_count": 3,
        "description_en": (
            "A plenary session and 4 specialized sessions: national experience in countering terrorism and "
            "extremism; international counter-terrorism cooperation; the organization of the joint "
            'anti-terrorist exercise "Commonwealth-Antiterror - 2025" in October 2025 in the Republic of '
            "Tajikistan; counteracting radicalization of the population."
        ),
        "description_ru": (
            "Пленарное заседание и 4 специализированные секции: национальный опыт противодействия терроризму и "
            "экстремизму; международное антитеррористическое сотрудничество; организация совместного "
            "антитеррористического учения «Содружество-Антитеррор-2025» в октябре 2025 г. в Республике "
            "Таджикистан; противодействие радикализации населения."
        ),
    },
    {
        "code": "exercise-senior-staff-meeting-2008",
        "kind": "meeting",
        "date": ("2008-09-01", "month"),
        "place_en": "Republic of Belarus",
        "place_ru": "Республика Беларусь",
        "host_state": "BLR",
        "organizers": ["atc"],
        "title_en": "Meeting of the senior staff of the counter-terrorism units of the security agencies and intelligence services",
        "title_ru": "совещание руководителей антитеррористических подразделений органов безопасности и специальных служб",
        "description_en": "Held as part of the joint command staff exercise in Belarus.",
        "description_ru": "Проведено в рамках совместного командно-штабного учения в Беларуси.",
    },
    {
        "code": "un-regional-cooperation-meeting-2019",
        "kind": "meeting",
        "date": ("2019-01-01", "year"),
        "title_en": "United Nations meeting with regional organizations: statement on behalf of the CIS Executive Committee",
        "title_ru": "заседание ООН с участием региональных организаций: выступление от имени Исполнительного комитета СНГ",
        "participating_bodies": ["exec-committee", "un-oct", "osce", "csto", "eag"],
        "description_en": (
            "Mr. Ivanov spoke on behalf of the Executive Committee of the CIS on the normative and legal basis of "
            "counter-terrorism cooperation, the programmes for 2017-2019 and 2020-2022 and the joint exercises."
        ),
        "description_ru": (
            "Г-н Иванов выступил от имени Исполнительного комитета СНГ о нормативной правовой базе "
            "антитеррористического сотрудничества, программах на 2017–2019 и 2020–2022 годы и совместных учениях."
        ),
    },
]

SEIZED_EN = ("was seized from illicit trafficking", "were seized from illicit trafficking")
SEIZED_RU = (
    "изъято из незаконного оборота",
    "изъяты из незаконного оборота",
    "изъято из незаконного оборота",
)


def indicator(code, name_en, name_ru, unit, group, order, noun_en, noun_ru, verb_en, verb_ru, decimals=0):
    """noun_en/verb_en: (one, other); noun_ru/verb_ru: (one, few, many)."""
    return {
        "code": code,
        "name_en": name_en,
        "name_ru": name_ru,
        "unit": unit,
        "decimals": decimals,
        "sentence_group": group,
        "order": order,
        "noun_en_one": noun_en[0],
        "noun_en_other": noun_en[1],
        "noun_ru_one": noun_ru[0],
        "noun_ru_few": noun_ru[1],
        "noun_ru_many": noun_ru[2],
        "verb_en_one": verb_en[0],
        "verb_en_other": verb_en[1],
        "verb_ru_one": verb_ru[0],
        "verb_ru_few": verb_ru[1],
        "verb_ru_many": verb_ru[2],
    }


PERSON_RU = ("разыскиваемое лицо", "разыскиваемых лица", "разыскиваемых лиц")

INDICATORS = [
    indicator(
        "wanted_detained",
        "Wanted persons detained",
        "Задержано разыскиваемых лиц",
        "persons",
        1,
        1,
        ("wanted person", "wanted persons"),
        PERSON_RU,
        ("was detained", "were detained"),
        ("задержано", "задержаны", "задержано"),
    ),
    indicator(
        "wanted_imprisoned",
        "Wanted persons placed in prisons",
        "Помещено в места лишения свободы разыскиваемых лиц",
        "persons",
        1,
        2,
        ("wanted person", "wanted persons"),
        PERSON_RU,
        ("was placed in prison in CIS countries", "were placed in prisons in CIS countries"),
        (
            "помещено в места лишения свободы в государствах СНГ",
            "помещены в места лишения свободы в государствах СНГ",
            "помещено в места лишения свободы в государствах СНГ",
        ),
    ),
    indicator(
        "financing_identified",
        "Persons involved in the financing of terrorism identified",
        "Выявлено лиц, причастных к финансированию терроризма",
        "persons",
        1,
        3,
        ("person involved in the financing of terrorism", "persons involved in the financing of terrorism"),
        (
            "лицо, причастное к финансированию терроризма",
            "лица, причастных к финансированию терроризма",
            "лиц, причастных к финансированию терроризма",
        ),
        ("was identified", "were identified"),
        ("выявлено", "выявлены", "выявлено"),
    ),
    indicator(
        "crimes_suppressed",
        "Crimes of a terrorist or extremist nature suppressed",
        "Пресечено преступлений террористического и экстремистского характера",
        "crimes",
        2,
        1,
        ("crime of a terrorist or extremist nature", "crimes of a terrorist or extremist nature"),
        (
            "преступление террористического и экстремистского характера",
            "преступления террористического и экстремистского характера",
            "преступлений террористического и экстремистского характера",
        ),
        ("was suppressed", "were suppressed"),
        ("пресечено", "пресечены", "пресечено"),
    ),
    indicator(
        "firearms_seized",
        "Firearms seized",
        "Изъято единиц огнестрельного оружия",
        "items",
        3,
        1,
        ("firearm", "firearms"),
        ("единица огнестрельного оружия", "единицы огнестрельного оружия", "единиц огнестрельного оружия"),
        SEIZED_EN,
        SEIZED_RU,
    ),
    indicator(
        "ammunition_seized",
        "Rounds of ammunition seized",
        "Изъято боеприпасов",
        "rounds",
        3,
        2,
        ("round of ammunition", "rounds of ammunition"),
        ("боеприпас", "боеприпаса", "боеприпасов"),
        SEIZED_EN,
        SEIZED_RU,
    ),
    indicator(
        "explosives_seized_kg",
        "Explosives seized (kg)",
        "Изъято взрывчатых веществ (кг)",
        "kg",
        3,
        3,
        ("kilogram of explosives", "kilograms of explosives"),
        ("килограмм взрывчатых веществ", "килограмма взрывчатых веществ", "килограммов взрывчатых веществ"),
        SEIZED_EN,
        SEIZED_RU,
        decimals=1,
    ),
    indicator(
        "explosive_devices_seized",
        "Explosive devices seized",
        "Изъято взрывных устройств",
        "items",
        3,
        4,
        ("explosive device", "explosive devices"),
        ("взрывное устройство", "взрывных устройства", "взрывных устройств"),
        SEIZED_EN,
        SEIZED_RU,
    ),
    indicator(
        "narcotics_seized_t",
        "Narcotic substances seized (tons)",
        "Изъято наркотических веществ (т)",
        "t",
        3,
        5,
        ("ton of narcotic substances", "tons of narcotic substances"),
        ("тонна наркотических веществ", "тонны наркотических веществ", "тонн наркотических веществ"),
        SEIZED_EN,
        SEIZED_RU,
    ),
    # Seed 002 (2008).
    indicator(
        "interventions_conducted",
        "Simultaneous comprehensive interventions conducted",
        "Проведено одновременных комплексных оперативно-профилактических мероприятий",
        "actions",
        10,
        1,
        (
            "simultaneous comprehensive intervention of an operational and preventive nature",
            "simultaneous comprehensive interventions of an operational and preventive nature",
        ),
        (
            "одновременное комплексное оперативно-профилактическое мероприятие",
            "одновременных комплексных оперативно-профилактических мероприятия",
            "одновременных комплексных оперативно-профилактических мероприятий",
        ),
        ("was carried out", "were carried out"),
        ("проведено", "проведены", "проведено"),
    ),
    indicator(
        "special_operations_conducted",
        "Special operations conducted",
        "Проведено специальных операций",
        "actions",
        10,
        2,
        ("special operation", "special operations"),
        ("специальная операция", "специальные операции", "специальных операций"),
        ("was carried out", "were carried out"),
        ("проведена", "проведены", "проведено"),
    ),
    indicator(
        "crimes_uncovered",
        "Crimes uncovered",
        "Раскрыто преступлений",
        "crimes",
        11,
        1,
        ("crime", "crimes"),
        ("преступление", "преступления", "преступлений"),
        ("was uncovered", "were uncovered"),
        ("раскрыто", "раскрыты", "раскрыто"),
    ),
    indicator(
        "trafficking_cases_uncovered",
        "Cases of trafficking in human beings uncovered",
        "Выявлено случаев торговли людьми",
        "cases",
        11,
        2,
        ("case of trafficking in human beings", "cases of trafficking in human beings"),
        ("случай торговли людьми", "случая торговли людьми", "случаев торговли людьми"),
        ("was uncovered", "were uncovered"),
        ("выявлен", "выявлены", "выявлено"),
    ),
    indicator(
        "criminal_groups_interdicted",
        "Organized criminal associations and groups interdicted",
        "Пресечена деятельность организованных преступных сообществ и групп",
        "groups",
        12,
        1,
        ("organized criminal association or group", "organized criminal associations and groups"),
        (
            "организованное преступное сообщество (группа)",
            "организованных преступных сообщества (группы)",
            "организованных преступных сообществ (групп)",
        ),
        ("had its activities interdicted", "had their activities interdicted"),
        ("пресечена деятельность", "пресечена деятельность", "пресечена деятельность"),
    ),
    indicator(
        "drug_labs_closed",
        "Laboratories for illicit drug production shut down",
        "Ликвидировано нарколабораторий",
        "items",
        13,
        1,
        ("laboratory used for illicit drug production", "laboratories used for illicit drug production"),
        ("нарколаборатория", "нарколаборатории", "нарколабораторий"),
        ("was shut down", "were shut down"),
        ("ликвидирована", "ликвидированы", "ликвидировано"),
    ),
    indicator(
        "migration_channels_closed",
        "Illegal migration channels shut down",
        "Перекрыто каналов незаконной миграции",
        "items",
        13,
        2,
        ("illegal migration channel", "illegal migration channels"),
        ("канал незаконной миграции", "канала незаконной миграции", "каналов незаконной миграции"),
        ("was shut down", "were shut down"),
        ("перекрыт", "перекрыты", "перекрыто"),
    ),
    indicator(
        "personnel_trained",
        "Law enforcement employees trained",
        "Подготовлено сотрудников правоохранительных органов",
        "persons",
        14,
        1,
        ("employee of law enforcement agencies", "employees of law enforcement agencies"),
        (
            "сотрудник правоохранительных органов",
            "сотрудника правоохранительных органов",
            "сотрудников правоохранительных органов",
        ),
        ("was trained", "were trained"),
        ("подготовлен", "подготовлены", "подготовлено"),
    ),
    indicator(
        "officials_advanced_training",
        "Internal affairs officials given advanced training",
        "Прошли повышение квалификации сотрудников органов внутренних дел",
        "persons",
        14,
        2,
        ("internal affairs official", "internal affairs officials"),
        (
            "сотрудник органов внутренних дел",
            "сотрудника органов внутренних дел",
            "сотрудников органов внутренних дел",
        ),
        ("received advanced training", "received advanced training"),
        ("прошёл повышение квалификации", "прошли повышение квалификации", "прошли повышение квалификации"),
    ),
]

# Results: indicator, year, value, qualifier, programme, state. All verified in the demo.
RESULTS = [
    # Seed 000: the 2024 figures, CIS-wide totals under the 2023-2025 programme.
    ("wanted_detained", 2024, "69", "exact", "ct-2023-2025", None),
    ("wanted_imprisoned", 2024, "19", "exact", "ct-2023-2025", None),
    ("financing_identified", 2024, "96", "exact", "ct-2023-2025", None),
    ("crimes_suppressed", 2024, "388", "exact", "ct-2023-2025", None),
    ("firearms_seized", 2024, "590", "exact", "ct-2023-2025", None),
    ("ammunition_seized", 2024, "62364", "exact", "ct-2023-2025", None),
    ("explosives_seized_kg", 2024, "382.8", "exact", "ct-2023-2025", None),
    ("explosive_devices_seized", 2024, "378", "exact", "ct-2023-2025", None),
    # Seed 002: 2008, for the whole cooperation (no programme).
    ("interventions_conducted", 2008, "12", "exact", None, None),
    ("special_operations_conducted", 2008, "2", "exact", None, None),
    ("crimes_uncovered", 2008, "26200", "exact", None, None),
    ("wanted_detained", 2008, "8200", "more_than", None, None),
    ("criminal_groups_interdicted", 2008, "147", "exact", None, None),
    ("firearms_seized", 2008, "6500", "exact", None, None),
    ("narcotics_seized_t", 2008, "8300", "more_than", None, None),
    ("drug_labs_closed", 2008, "36", "exact", None, None),
    ("migration_channels_closed", 2008, "54", "exact", None, None),
    ("trafficking_cases_uncovered", 2008, "258", "exact", None, None),
    # Training by the educational establishments of the Russian Ministry of Internal Affairs.
    ("personnel_trained", 2008, "593", "exact", None, "RUS"),
    ("officials_advanced_training", 2008, "211", "exact", None, "RUS"),
]

# What the sources add to a figure (indicator, year): kept in the result's notes.
RESULT_NOTES = {
    ("personnel_trained", 2008): "Employees of law enforcement agencies from nine CIS countries, trained at "
    "educational establishments of the Ministry of Internal Affairs of the Russian Federation.",
    ("officials_advanced_training", 2008): "Internal affairs officials from Commonwealth countries, under "
    "supplementary vocational education programmes.",
}

# Measures of the 2023-2025 programme as seed 000 describes its implementation in 2024:
# code, objective number, text en/ru, responsible bodies, due (from, to), status, 2024 progress en/ru.
MEASURES = {
    "ct-2023-2025": [
        (
            "1.1",
            1,
            "Joint special border operations to prevent the entry of persons trained for terrorist activities or who took part in hostilities in third countries",
            "Совместные специальные пограничные операции по недопущению проникновения лиц, прошедших подготовку для террористической деятельности либо участвовавших в боевых действиях в третьих странах",
            ["border-council", "sorb"],
            (2023, 2025),
            "in_progress",
            'Joint special border operations "West 2024" and "Shekara 2024" were carried out.',
            "Проведены совместные специальные пограничные операции «Запад-2024» и «Шекара-2024».",
        ),
        (
            "2.1",
            2,
            "Coordinated investigative activities against terrorist and extremist organizations and the recruitment of CIS residents",
            "Согласованные оперативно-розыскные мероприятия в отношении террористических и экстремистских организаций и вербовки жителей государств СНГ",
            ["atc", "sorb"],
            (2023, 2025),
            "in_progress",
            'Coordinated investigative activities "Tral – anti-terror" and "Identification" were carried out.',
            "Проведены согласованные оперативно-розыскные мероприятия «Трал – Антитеррор» и «Идентификация».",
        ),
        (
            "2.2",
            2,
            "International operation to identify persons involved in the financing of terrorism",
            "Международная операция по выявлению лиц, причастных к финансированию терроризма",
            ["fiu-council", "atc"],
            (2023, 2025),
            "in_progress",
            'The international operation "Barrier" was carried out.',
            "Проведена международная операция «Барьер».",
        ),
        (
            "3.1",
            3,
            "Improvement of the legal framework and of information exchange for the inter-State tracing of persons wanted for terrorist and extremist crimes",
            "Совершенствование правовой базы и обмена информацией при межгосударственном розыске лиц, совершивших преступления террористического и экстремистского характера",
            ["mvd-council", "prosecutors-council"],
            (2023, 2024),
            "done",
            "The Protocol on Amendments to the Agreement on Inter-State Tracing of Persons was signed in October 2024.",
            "В октябре 2024 г. подписан Протокол о внесении изменений в Соглашение о межгосударственном розыске лиц.",
        ),
        (
            "4.1",
            4,
            "Detection and blocking of transit routes and illegal migration channels used by members of terrorist and extremist organizations",
            "Выявление и перекрытие маршрутов транзита и каналов незаконной миграции, используемых членами террористических и экстремистских организаций",
            ["migration-council", "border-council"],
            (2023, 2025),
            "in_progress",
            "",
            "",
        ),
        (
            "5.1",
            None,
            "Development and population of the specialized databank of the CIS Anti-Terrorism Centre",
            "Развитие и наполнение специализированного банка данных Антитеррористического центра СНГ",
            ["atc"],
            (2023, 2025),
            "in_progress",
            "The databank was further populated; its information is actively used by the special services of the CIS countries to prevent, detect, suppress and investigate unlawful terrorism-related acts.",
            "Продолжено наполнение банка данных; содержащаяся в нём информация активно используется специальными службами государств СНГ для предупреждения, выявления, пресечения и расследования противоправных деяний террористической направленности.",
        ),
        (
            "5.2",
            None,
            "Outreach with the print and electronic media on the results of joint counter-terrorism activities",
            "Информационно-пропагандистская работа во взаимодействии с печатными и электронными СМИ по освещению результатов совместной антитеррористической деятельности",
            ["atc", "sorb"],
            (2023, 2025),
            "in_progress",
            "The results of joint counter-terrorism activities were showcased in the media and the ideology of terrorism and extremism discredited.",
            "Результаты совместной антитеррористической деятельности освещены в СМИ, идеология терроризма и экстремизма развенчивалась.",
        ),
    ],
}

# Demo accounts (load_demo --with-users): username, group, state, first name, last name.
USERS = [
    ("analyst-kaz", "analyst", "KAZ", "Demo", "Analyst (Kazakhstan)"),
    ("secretariat", "secretariat", None, "Demo", "Secretariat"),
    ("reviewer", "reviewer", None, "Demo", "Reviewer"),
]
