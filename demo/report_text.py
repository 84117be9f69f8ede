"""The text of the 2024 report: seed 000's passages in English, the team's Russian, figures as references.

Each entry: the part of the data the passage describes (empty for a passage no record can
say), the Russian original and the English translation. Figures are `{{ indicator }}`
references, so the text states whatever the verified data hold.
"""

PASSAGES_2024 = [
    (
        "",
        "В государствах – участниках СНГ работа на этом направлении ведется с учетом ведущей роли "
        "Организации Объединенных Наций и развития взаимодействия с другими международными институтами и "
        "специализированными органами.",
        "In the CIS member States, work in this area is carried out with due consideration for the leading "
        "role of the United Nations and the development of cooperation with other international institutions "
        "and specialized bodies.",
    ),
    (
        "",
        "Сформированная в Содружестве нормативная правовая база последовательно совершенствуется с учетом "
        "изменения оперативной обстановки, обусловленного угрозами со стороны международных "
        "террористических организаций.",
        "The regulatory and legal system established in CIS is being steadily improved to take into account "
        "the changing operational environment owing to the threats posed by international terrorist "
        "organizations.",
    ),
    (
        "instrument:protocol-interstate-tracing-2024",
        "Протокол о внесении изменений в Соглашение о межгосударственном розыске лиц от 10 декабря 2010 г., "
        "подписанный Советом глав государств СНГ в октябре 2024 г., направлен на дальнейшее повышение "
        "эффективности взаимодействия специальных служб и правоохранительных органов в борьбе с терроризмом "
        "и иной трансграничной преступностью. Изменения обусловлены необходимостью совершенствования "
        "механизмов обмена информацией между заинтересованными органами о лицах, разыскиваемых за "
        "совершение преступлений.",
        "The Protocol on Amendments to the Agreement between the CIS Member States on Inter-State Tracing of "
        "Persons of 10 December 2010, signed by the CIS Council of Heads of State in October 2024, is aimed at "
        "further enhancing the effectiveness of cooperation between special services and law enforcement "
        "agencies in combating terrorism and other cross-border crime. The amendments were prompted by the "
        "need to improve the mechanisms for the exchange of information between the bodies concerned with "
        "regard to persons wanted for committing crimes.",
    ),
    (
        "programme_approved:derad-2025-2027",
        "Утверждение главами государств в {{ year }} г. Программы сотрудничества государств – участников "
        "Содружества Независимых Государств в сфере дерадикализации на 2025–2027 годы стало важным шагом в "
        "укреплении взаимодействия компетентных органов по устранению причин и условий, способствующих "
        "возникновению и развитию радикализма. Программа направлена прежде всего на ограничение влияния на "
        "население радикальных взглядов и концепций, ведущих к оправданию экстремизма и его радикальных "
        "форм, а также на исправление и ресоциализацию радикализированных лиц.",
        "The approval in {{ year }}, by the Heads of State, of the programme of cooperation on "
        "deradicalization of the States members of the Commonwealth of Independent States for 2025–2027 was "
        "an important step towards strengthening cooperation between the competent authorities to eradicate "
        "the causes of and conditions conducive to the emergence and development of radicalism. The programme "
        "is primarily aimed at limiting the influence on the population of radical views and concepts that "
        "lead to the justification of extremism and its radical forms, and at reforming and resocializing "
        "individuals who have been radicalized.",
    ),
    (
        "instrument:recommendations-border-agencies-ct-2024",
        "В течение {{ year }} г. также приняты рекомендации по совершенствованию правового регулирования "
        "деятельности пограничных ведомств государств – участников СНГ в сфере противодействия терроризму.",
        "During {{ year }}, recommendations were also adopted to improve the legal regulation of the "
        "activities of the border agencies of CIS member states relating to counter-terrorism.",
    ),
    (
        "instrument_drafts",
        "Развитию и совершенствованию модельного законодательства СНГ способствует продолжающаяся работа "
        "органов и организаций СНГ по разработке и согласованию проектов модельных законов о противодействии "
        "использованию автономных и роботизированных систем в террористических и экстремистских целях и об "
        "общественной безопасности, а также проекта изменений в модельный закон о противодействии "
        "терроризму.",
        "The development and improvement of CIS model legislation is facilitated by the ongoing work of CIS "
        "bodies and organizations to develop and agree on draft model laws on countering the use of "
        "autonomous and robotic systems for terrorist and extremist purposes and on public security, and "
        "draft amendments to the model law on counter-terrorism.",
    ),
    (
        "programme_drafted:border-2026-2030",
        "Подготовлен к подписанию проект очередной Программы сотрудничества государств – участников СНГ в "
        "укреплении пограничной безопасности на внешних границах на 2026–2030 годы. Программа включает "
        "мероприятия, учитывающие возможные риски международных осложнений и активизацию попыток "
        "перемещения иностранных террористов-боевиков через границы государств Содружества.",
        "A draft of the next programme of cooperation among the CIS member States on strengthening border "
        "security at external borders for the period 2026–2030 has been prepared for signing. The programme "
        "includes measures that take into account possible risks of international complications and "
        "intensified attempts to move foreign terrorist fighters across the borders of CIS countries.",
    ),
    (
        "programme_drafted:ct-2026-2028",
        "Согласовывается проект Программы сотрудничества государств – участников СНГ в борьбе с терроризмом "
        "и экстремизмом на 2026–2028 годы.",
        "The draft programme of cooperation among the CIS member States on combating terrorism and extremism "
        "for the period 2026–2028 is being agreed upon.",
    ),
    (
        "programme_current:ct-2023-2025",
        "В ходе реализации Программы сотрудничества государств – участников СНГ в борьбе с терроризмом и "
        "экстремизмом на 2023–2025 годы, утвержденной решением Совета глав государств СНГ от 14 октября "
        "2022 г., в {{ year }} г. осуществлялись организационные и практические мероприятия по следующим "
        "направлениям:\n\n"
        "предупреждение, выявление и пресечение попыток проникновения на территории государств – участников "
        "СНГ групп и лиц, прошедших подготовку для осуществления террористической и экстремистской "
        "деятельности либо участвовавших в боевых действиях в составе террористических формирований в "
        "третьих странах;\n\n"
        "предупреждение, выявление и пресечение деятельности террористических и экстремистских организаций, "
        "направленной на подготовку и совершение преступлений террористического и экстремистского "
        "характера; вербовки лиц, проживающих в государствах – участниках СНГ, для террористической и "
        "экстремистской деятельности, в том числе для участия в боевых действиях в третьих странах в "
        "составе террористических или экстремистских организаций либо незаконных вооруженных "
        "формирований;\n\n"
        "розыск, задержание и выдача лиц, находящихся в межгосударственном розыске за совершение "
        "преступлений террористического и экстремистского характера, в том числе в составе террористических "
        "или экстремистских организаций либо незаконных вооруженных формирований в третьих государствах, и "
        "находящихся на территориях государств – участников СНГ;\n\n"
        "выявление и перекрытие маршрутов транзита, в том числе каналов незаконной миграции, на территориях "
        "государств – участников СНГ, используемых членами террористических и экстремистских организаций и "
        "причастными к ним лицами.",
        "In the course of implementing the programme of cooperation among the CIS member States on combating "
        "terrorism and extremism for the period 2023–2025, which was approved by a decision of the CIS Council "
        "of Heads of State on 14 October 2022, organizational and practical measures were taken in {{ year }} "
        "for the following purposes:\n\n"
        "Prevention, detection and suppression of attempts to enter CIS member States by groups and "
        "individuals who have been trained to carry out terrorist and extremist activities or who have taken "
        "part in hostilities as part of terrorist groups in third countries;\n\n"
        "Prevention, detection and suppression of the activities of terrorist and extremist organizations "
        "aimed at preparing and committing terrorist and extremist crimes; recruitment of persons residing in "
        "CIS member States for terrorist and extremist activities, including participation in hostilities in "
        "third countries as part of terrorist or extremist organizations or illegal armed groups;\n\n"
        "Search for and detention and extradition of persons who are on inter-State wanted lists for "
        "committing terrorist and extremist crimes, including as part of terrorist or extremist "
        "organizations or illegal armed groups in third States and who are in CIS member States;\n\n"
        "Detection and blocking of transit routes, including illegal migration channels, in the CIS member "
        "States used by members of and persons involved in terrorist and extremist organizations.",
    ),
    (
        "",
        "Реализация этих мер продолжается органами безопасности и специальными службами государств – "
        "участников СНГ, а также осуществляется в рамках согласованных и комплексных специальных "
        "профилактических мероприятий и операций.",
        "These measures continue to be implemented by the security agencies and special services of the CIS "
        "member States, and are also carried out as part of coordinated and comprehensive special preventive "
        "activities and operations.",
    ),
    (
        "operations",
        "Так, в течение {{ year }} г. органами СНГ во взаимодействии с компетентными органами государств – "
        "участников СНГ проведены:\n\n"
        "комплекс согласованных оперативно-розыскных мероприятий «Трал – Антитеррор» и «Идентификация»;\n\n"
        "комплекс профилактических операций по противодействию незаконному изготовлению и обороту оружия, "
        "боеприпасов, взрывчатых веществ и взрывных устройств, а также продукции двойного назначения;\n\n"
        "международная операция «Барьер» по выявлению лиц, причастных к финансированию терроризма;\n\n"
        "совместные специальные пограничные операции «Запад-2024» и «Шекара-2024».",
        "For example, during {{ year }}, CIS bodies, in cooperation with the competent authorities of the CIS "
        "member States, implemented:\n\n"
        'A set of coordinated investigative activities entitled "Tral – anti-terror" and "Identification";\n\n'
        "A set of preventive operations to counter the illegal manufacture of and trafficking in weapons, "
        "ammunition, explosives and explosive devices, as well as dual-use products;\n\n"
        'The international "Barrier" operation to identify persons involved in the financing of terrorism;\n\n'
        'The joint special border operations "West 2024" and "Shekara 2024".',
    ),
    (
        "results",
        "В результате проведенной работы {{ wanted_detained.verb }} {{ wanted_detained.number }} и "
        "{{ wanted_imprisoned.verb }} {{ wanted_imprisoned }}, {{ financing_identified.verb }} "
        "{{ financing_identified }}. Всего {{ crimes_suppressed.verb }} {{ crimes_suppressed }}. Всего из "
        "незаконного оборота изъято {{ firearms_seized }}, {{ ammunition_seized }}, {{ explosives_seized_kg }} "
        "и {{ explosive_devices_seized }}.",
        "As a result of this work, {{ wanted_detained }} {{ wanted_detained.verb }} and "
        "{{ wanted_imprisoned.number }} {{ wanted_imprisoned.verb }}, and {{ financing_identified }} "
        "{{ financing_identified.verb }}. A total of {{ crimes_suppressed }} {{ crimes_suppressed.verb }}. "
        "A total of {{ firearms_seized }}, {{ ammunition_seized }}, {{ explosives_seized_kg }} and "
        "{{ explosive_devices_seized }} were seized from illicit trafficking.",
    ),
    (
        "exercise:0",
        "Антитеррористический центр государств – участников СНГ координировал совместное "
        "антитеррористическое учение «Восток-Антитеррор-2024», проведенное компетентными органами государств "
        "– участников СНГ, в ходе которого отработаны новые задачи по координации межгосударственного и "
        "межведомственного взаимодействия в обеспечении кибербезопасности критически важных объектов, "
        "противодействии финансированию терроризма и пресечении трансграничного перемещения "
        "террористов-боевиков.",
        'The CIS Anti-Terrorism Centre coordinated the joint counter-terrorism exercise entitled "East-Anti-'
        'terror 2024", which was conducted by the competent authorities of the CIS member States and under '
        "which new objectives were developed for the coordination of inter-State and interdepartmental "
        "cooperation to ensure the cybersecurity of critical facilities, counter the financing of terrorism "
        "and suppress the cross-border movement of terrorist fighters.",
    ),
    (
        "exercise:1",
        "Кроме того, в ходе совместного учения по защите воздушного пространства «Ашык-Аспан-2024» с участием "
        "специалистов военно-воздушных сил и противовоздушной обороны Республики Казахстан и Республики "
        "Узбекистан отработаны совместные действия дежурных сил противовоздушной обороны государств – "
        "участников СНГ при получении информации о захвате (угоне) воздушного судна.",
        'In addition, as part of the "Ashyk-Aspan 2024" joint exercise for airspace protection with the '
        "participation of Air Force and air defence specialists of the Republic of Kazakhstan and the Republic "
        "of Uzbekistan, joint training sessions were developed on action to be taken by air defence duty "
        "officers of CIS member States when they receive information about the seizure (hijacking) of an "
        "aircraft.",
    ),
    (
        "event:forum-2024",
        "Первый антитеррористический форум, в рамках которого прошли вторая конференция СНГ по "
        "противодействию терроризму и экстремизму и десятая международная научно-практическая конференция "
        "Региональной антитеррористической структуры Шанхайской организации сотрудничества, способствовал "
        "совершенствованию научного обеспечения антитеррористической деятельности. В этом мероприятии "
        "высокого уровня приняли участие руководители компетентных органов 20 государств – участников СНГ и "
        "членов ШОС, представители 11 органов СНГ и ШОС, 10 органов 6 международных организаций, в том числе "
        "ООН, а также 22 научных и образовательных организаций, среди которых были руководители вузов и "
        "компетентных органов. Мероприятие продемонстрировало продолжающийся процесс укрепления евразийского "
        "сотрудничества, содействовало практическому взаимодействию и консолидации антитеррористических "
        "усилий СНГ и Шанхайской организации сотрудничества, формируя единый потенциал для продвижения общих "
        "интересов на международной арене.",
        "The first counter-terrorism forum, which combined the second CIS conference on combating terrorism "
        "and extremism and the tenth international scientific and practical conference of the Regional "
        "Anti-Terrorist Structure of the Shanghai Cooperation Organization, contributed to the improvement of "
        "scientific support for counter-terrorism activities. The participants in this high-level event "
        "included the leadership of the competent authorities of 20 States members of CIS and the Shanghai "
        "Cooperation Organization, 11 bodies of CIS and the Shanghai Cooperation Organization, 10 bodies of 6 "
        "international organizations, including the United Nations, and 22 research and educational "
        "organizations, including the leadership of universities and of competent authorities. The event "
        "demonstrated the ongoing process of strengthening Eurasian cooperation and promoted practical "
        "cooperation and consolidation of the counter-terrorism efforts of CIS and the Shanghai Cooperation "
        "Organization, creating unified capacity to promote common interests in the international arena.",
    ),
    (
        "",
        "Продолжается системная работа по развитию и наполнению специализированного банка данных "
        "Антитеррористического центра государств – участников СНГ. Содержащаяся в нем информация активно "
        "используется специальными службами государств Содружества для предупреждения, выявления, "
        "пресечения и расследования противоправных деяний террористической направленности.",
        "Systematic efforts continue to be made to develop and populate the specialized databank of the CIS "
        "Anti-Terrorism Centre. The information contained in the databank is actively used by the special "
        "services of the CIS countries to prevent, detect, suppress and investigate unlawful terrorism-related "
        "acts.",
    ),
    (
        "",
        "Осуществлялось информационное сопровождение антитеррористического сотрудничества органов "
        "безопасности и специальных служб государств – участников СНГ. Во взаимодействии с печатными и "
        "электронными средствами массовой информации освещались результаты совместной антитеррористической "
        "деятельности компетентных органов государств Содружества, развенчивалась идеология терроризма и "
        "экстремизма, консолидировались конструктивные силы общества для комплексного противодействия этим "
        "явлениям.",
        "Outreach activities have been carried out to ensure counter-terrorism cooperation among the security "
        "agencies and special services of the CIS member States. In cooperation with the print and electronic "
        "media, the results of joint counter-terrorism activities implemented by the competent authorities of "
        "CIS States have been showcased, the ideology of terrorism and extremism has been discredited, and "
        "constructive forces in society have been consolidated to comprehensively combat these phenomena.",
    ),
    (
        "",
        "Органы СНГ продолжают принимать меры по предотвращению и ликвидации международной террористической "
        "деятельности.",
        "CIS bodies continue to take measures to prevent and eliminate international terrorist activity.",
    ),
]
