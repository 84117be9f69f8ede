"""The report's sections in the seed's order, each a list of paragraphs in one language."""

from core.dates import DatePrecision, format_date
from measures.models import Operation

from ..types import EventData, InstrumentData, MandateData, OperationData, Paragraph, ProgrammeData, Text
from .numbers import format_number, genitive_category, plural_category
from .russian import genitive, instrumental
from .text import at_date, held_phrase, join_list, lcfirst, predicate_of, quote, sentence, strip_end, ucfirst

# Grammatical gender of each kind of instrument in Russian (m, f, n or plural), for agreement.
INSTRUMENT_GENDER_RU = {
    "agreement": "n",
    "protocol": "m",
    "model_law": "m",
    "model_law_amendment": "pl",
    "recommendation": "pl",
    "concept": "f",
    "plan": "m",
    "decision": "n",
}
INSTRUMENT_PLURAL_EN = {"model_law_amendment", "recommendation"}
# Kinds named by a generic noun ("recommendations to ...") rather than a proper title.
GENERIC_INSTRUMENTS = {"model_law", "model_law_amendment", "recommendation", "concept", "plan", "decision"}
MODEL_LEGISLATION = {"model_law", "model_law_amendment"}
ENACTED = {"signed", "adopted", "in_force"}

VERB_EN = {"signed": "signed", "adopted": "adopted", "in_force": "entered into force"}
PARTICIPLE_RU = {  # long form after the title: "Протокол ..., подписанный ..."
    "signed": {"m": "подписанный", "f": "подписанная", "n": "подписанное", "pl": "подписанные"},
    "adopted": {"m": "принятый", "f": "принятая", "n": "принятое", "pl": "принятые"},
    "in_force": {
        "m": "вступивший в силу",
        "f": "вступившая в силу",
        "n": "вступившее в силу",
        "pl": "вступившие в силу",
    },
}
SHORT_RU = {  # short form as a predicate: "приняты рекомендации ..."
    "signed": {"m": "подписан", "f": "подписана", "n": "подписано", "pl": "подписаны"},
    "adopted": {"m": "принят", "f": "принята", "n": "принято", "pl": "приняты"},
    "in_force": {
        "m": "вступил в силу",
        "f": "вступила в силу",
        "n": "вступило в силу",
        "pl": "вступили в силу",
    },
}
PREDICATE_STARTS_EN = ("is ", "are ", "was ", "were ", "has ", "have ", "will ")


def _body(text: Text | None, lang: str) -> str:
    return text.get(lang) if text else ""


# Printed where the resolution goes when none is recorded for the year: visible, never another year's.
MANDATE_PLACEHOLDER = {
    "en": "[resolution for {year} not recorded]",
    "ru": "[резолюция на {year} год не внесена]",
}


def mandate_paragraph(mandate: MandateData | None, lang: str, year: int | None = None) -> list[Paragraph]:
    if mandate is None:
        placeholder = MANDATE_PLACEHOLDER[lang].format(year=year or "")
        if lang == "ru":
            text = (
                f"Во исполнение {placeholder} Генеральной Ассамблеи Организации Объединенных Наций имеем "
                "честь представить информацию о мерах, принятых Содружеством Независимых Государств (СНГ) "
                "в целях предотвращения и ликвидации международного терроризма."
            )
        else:
            text = (
                f"Pursuant to United Nations General Assembly {placeholder}, we have the honour to provide "
                "information on the measures adopted by the Commonwealth of Independent States (CIS) to "
                "prevent and eliminate international terrorism."
            )
        return [Paragraph(text)]
    date = format_date(mandate.adopted_on, DatePrecision.DAY, lang)
    if lang == "ru":
        text = (
            f"Во исполнение пункта {mandate.paragraph} резолюции {mandate.resolution} Генеральной "
            f"Ассамблеи Организации Объединенных Наций от {date} имеем честь представить информацию "
            f"о {strip_end(mandate.subject.get(lang))}."
        )
    else:
        text = (
            f"Pursuant to paragraph {mandate.paragraph} of United Nations General Assembly resolution "
            f"{mandate.resolution} of {date}, we have the honour to provide information on "
            f"{strip_end(mandate.subject.get(lang))}."
        )
    return [Paragraph(text)]


def _instrument_title(item: InstrumentData, lang: str) -> str:
    title = item.title.get(lang)
    if item.amends_signed_on:
        date = format_date(item.amends_signed_on, DatePrecision.DAY, lang)
        title = f"{title} {'от' if lang == 'ru' else 'of'} {date}"
    return title


def _enacted_sentence(item: InstrumentData, lang: str, also: bool) -> str:
    when = at_date(item.status_date, item.status_date_precision, lang)
    # An instrument enters into force by itself; only signing and adopting have an actor.
    body = _body(item.body, lang) if item.status != "in_force" else ""
    predicate, rest = predicate_of(item.description.get(lang))
    title = _instrument_title(item, lang)
    if lang == "ru":
        gender = INSTRUMENT_GENDER_RU.get(item.kind, "m")
        by = f" {instrumental(body)}" if body else ""
        if predicate:
            text = f"{title}, {PARTICIPLE_RU[item.status][gender]} {when}{by}, {predicate}"
        elif item.kind in GENERIC_INSTRUMENTS and not body:
            during = f"В течение {item.status_date.year}\u00a0г." if item.status_date else ""
            text = (
                f"{during}{' также' if also else ''} {SHORT_RU[item.status][gender]} {lcfirst(title)}".strip()
            )
        else:
            text = f"{ucfirst(when)}{by} {SHORT_RU[item.status][gender]} {title}".strip()
        return " ".join(filter(None, [sentence(ucfirst(text)), rest]))
    plural = item.kind in INSTRUMENT_PLURAL_EN
    verb = VERB_EN[item.status]
    by = f" by the {body}" if body else ""
    if predicate:
        text = f"The {title}, {verb}{by} {when}, {predicate}"
    elif item.kind in GENERIC_INSTRUMENTS and not body:
        during = f"During {item.status_date.year}, " if item.status_date else ""
        be = "were" if plural else "was"
        text = f"{during}{lcfirst(title)} {be}{' also' if also else ''} {verb}"
    else:
        text = f"The {title} {'were' if plural else 'was'} {verb}{by} {when}".strip()
    return " ".join(filter(None, [sentence(ucfirst(text)), rest]))


def _drafts_sentence(items: list[InstrumentData], lang: str, model: bool) -> str:
    if lang == "ru":
        names = join_list(
            [
                lcfirst(genitive(i.title.get(lang), plural=INSTRUMENT_GENDER_RU.get(i.kind) == "pl"))
                for i in items
            ],
            lang,
        )
        if model:
            return (
                "Развитию и совершенствованию модельного законодательства СНГ способствует "
                "продолжающаяся работа органов и организаций СНГ по разработке и согласованию "
                f"проектов {names}."
            )
        return f"Органами СНГ продолжается разработка и согласование проектов {names}."
    names = join_list([f"draft {lcfirst(i.title.get(lang))}" for i in items], lang)
    if model:
        return (
            "The development and improvement of CIS model legislation is facilitated by the ongoing work "
            f"of CIS bodies and organizations to develop and agree on {names}."
        )
    return f"CIS bodies continue to develop and agree on {names}."


def instrument_paragraphs(items: tuple[InstrumentData, ...], lang: str) -> list[Paragraph]:
    enacted = [i for i in items if i.status in ENACTED]
    described = [i for i in enacted if i.description.get(lang)]
    plain = [i for i in enacted if not i.description.get(lang)]
    drafts = [i for i in items if i.status not in ENACTED]
    out = [Paragraph(_enacted_sentence(i, lang, also=False)) for i in described]
    out += [Paragraph(_enacted_sentence(i, lang, also=bool(described) or n > 0)) for n, i in enumerate(plain)]
    model = [i for i in drafts if i.kind in MODEL_LEGISLATION]
    other = [i for i in drafts if i.kind not in MODEL_LEGISLATION]
    if model:
        out.append(Paragraph(_drafts_sentence(model, lang, model=True)))
    if other:
        out.append(Paragraph(_drafts_sentence(other, lang, model=False)))
    return out


def _programme_title(programme: ProgrammeData, lang: str) -> str:
    """The title, with its period when the title does not already say it."""
    title = programme.title.get(lang)
    if programme.start_year and str(programme.start_year) not in title:
        period = f"{programme.start_year}–{programme.end_year}"
        title += f" на {period} годы" if lang == "ru" else f" for the period {period}"
    return title


def _programme_description(programme: ProgrammeData, lang: str) -> str:
    text = " ".join(programme.description.get(lang).split())
    if text and text[0].islower():
        text = f"{'Программа' if lang == 'ru' else 'The programme'} {text}"
    return sentence(text)


def approved_programme_paragraphs(items: tuple[ProgrammeData, ...], lang: str) -> list[Paragraph]:
    out = []
    for programme in items:
        title = _programme_title(programme, lang)
        when = at_date(programme.approved_on, programme.approved_on_precision, lang)
        body = _body(programme.approved_by, lang)
        if lang == "ru":
            by = f" решением {genitive(body)}" if body else ""
            text = f"{ucfirst(when)}{by} утверждена {title}."
        else:
            by = f" by the {body}" if body else ""
            text = f"The {lcfirst(title)} was approved{by} {when}."
        out.append(Paragraph(" ".join(filter(None, [text, _programme_description(programme, lang)]))))
    return out


DRAFT_PROGRAMME = {
    "en": {
        "for_signing": "A draft of the {title} has been prepared for signing.",
        "being_agreed": "The draft {title} is being agreed upon.",
        "draft": "A draft of the {title} is being prepared.",
    },
    "ru": {
        "for_signing": "Подготовлен к подписанию проект {title}.",
        "being_agreed": "Согласовывается проект {title}.",
        "draft": "Разрабатывается проект {title}.",
    },
}


def drafted_programme_paragraphs(items: tuple[ProgrammeData, ...], lang: str) -> list[Paragraph]:
    out = []
    for programme in items:
        title = _programme_title(programme, lang)
        title = genitive(title) if lang == "ru" else lcfirst(title)
        text = DRAFT_PROGRAMME[lang][programme.status].format(title=title)
        out.append(Paragraph(" ".join(filter(None, [text, _programme_description(programme, lang)]))))
    return out


def current_programme_paragraphs(items: tuple[ProgrammeData, ...], year: int, lang: str) -> list[Paragraph]:
    out = []
    for programme in items:
        title = _programme_title(programme, lang)
        body = _body(programme.approved_by, lang)
        date = format_date(programme.approved_on, programme.approved_on_precision, lang)
        objectives = [strip_end(o.get(lang)) for o in programme.objectives if o.get(lang)]
        if lang == "ru":
            approved = ""
            if body or date:
                approved = ", утвержденной" + (f" решением {genitive(body)}" if body else "")
                approved += f" от {date}," if programme.approved_on_precision == "day" and date else ","
            lead = (
                f"В ходе реализации {genitive(title)}{approved} в {year}\u00a0г. осуществлялись "
                "организационные и практические мероприятия"
            )
            lead += " по следующим направлениям:" if objectives else "."
            objectives = [lcfirst(o) for o in objectives]
        else:
            approved = ""
            if body or date:
                approved = ", which was approved" + (f" by a decision of the {body}" if body else "")
                approved += f" {at_date(programme.approved_on, programme.approved_on_precision, lang)},"
            lead = (
                f"In the course of implementing the {lcfirst(title)}{approved} organizational and "
                f"practical measures were taken in {year}"
            )
            lead += " for the following purposes:" if objectives else "."
        out.append(Paragraph(lead))
        out += [
            Paragraph(text + (";" if n < len(objectives) - 1 else "."), "item")
            for n, text in enumerate(objectives)
        ]
    return out


# The order of the kinds in the report; exercises have paragraphs of their own.
OPERATION_KINDS = [kind for kind in Operation.Kind if kind != Operation.Kind.EXERCISE]
OPERATION_PHRASES = {
    "en": {
        "investigative": ("A set of coordinated investigative activities entitled {names}",) * 2,
        "preventive": ("A set of preventive operations entitled {names}",) * 2,
        "international": ("The international {names} operation", "The international operations {names}"),
        "border": (
            "The joint special border operation {names}",
            "The joint special border operations {names}",
        ),
        "intervention": ("The comprehensive intervention {names}", "The comprehensive interventions {names}"),
    },
    "ru": {
        "investigative": ("комплекс согласованных оперативно-розыскных мероприятий {names}",) * 2,
        "preventive": ("комплекс профилактических операций {names}",) * 2,
        "international": ("международная операция {names}", "международные операции {names}"),
        "border": (
            "совместная специальная пограничная операция {names}",
            "совместные специальные пограничные операции {names}",
        ),
        "intervention": ("комплексное мероприятие {names}", "комплексные мероприятия {names}"),
    },
}
# Preventive operations are a series known by their aim: where it is recorded, it names them.
NAMED_BY_AIM = {
    "preventive": {"en": "A set of preventive operations", "ru": "комплекс профилактических операций"}
}


def _operation_item(kind: str, group: list[OperationData], lang: str) -> str:
    descriptions = {" ".join(op.description.get(lang).split()) for op in group}
    description = strip_end(descriptions.pop()) if len(descriptions) == 1 else ""
    if kind in NAMED_BY_AIM and description:
        return f"{NAMED_BY_AIM[kind][lang]} {description}"
    names = join_list([quote(op.name.get(lang), lang) for op in group], lang)
    template = OPERATION_PHRASES[lang][kind][0 if len(group) == 1 else 1]
    text = template.format(names=names)
    return f"{text} {description}" if description else text


def operation_paragraphs(
    items: tuple[OperationData, ...], year: int, lang: str, after_note: bool
) -> list[Paragraph]:
    groups = [(kind, [op for op in items if op.kind == kind]) for kind in OPERATION_KINDS]
    lines = [_operation_item(kind, group, lang) for kind, group in groups if group]
    if not lines:
        return []
    if lang == "ru":
        lead = (
            f"{'Так, в' if after_note else 'В'} течение {year}\u00a0г. органами СНГ во взаимодействии с "
            "компетентными органами государств – участников СНГ проведены:"
        )
        lines = [lcfirst(line) for line in lines]
    else:
        lead = (
            f"{'For example, during' if after_note else 'During'} {year}, CIS bodies, "
            "in cooperation with the "
            "competent authorities of the CIS member States, implemented:"
        )
        lines = [ucfirst(line) for line in lines]
    last = len(lines) - 1
    return [Paragraph(lead)] + [
        Paragraph(line + (";" if n < last else "."), "item") for n, line in enumerate(lines)
    ]


def _state_en(name: str) -> str:
    return f"the {name}" if " " in name else name


APPOSITIVE_STARTS_EN = ("a ", "an ", "the ")


EXERCISE_WORD = {"en": "exercise", "ru": "учение"}
PURPOSE_STARTS_EN = ("for ", "on ", "to ", "in ", "with ")
PURPOSE_STARTS_RU = ("по ", "на ", "в ", "во ", "с ", "для ")


def _exercise_sentence(exercise: OperationData, lang: str) -> str:
    """Predicate descriptions ("was conducted by ...") follow the exercise; appositive ones ("a joint
    exercise for ...") say what it was, their noun written once ("the joint exercise “X” ... for ...").
    A name that is itself a description ("Joint command staff exercise, Belarus 2008") gives way to
    the description. States the description names are not repeated."""
    name = quote(exercise.name.get(lang), lang)
    description = strip_end(" ".join(exercise.description.get(lang).split()))
    appositive = not exercise.description.en.lstrip().startswith(PREDICATE_STARTS_EN)
    if lang == "en" and description.startswith(APPOSITIVE_STARTS_EN):
        description = description.split(" ", 1)[1]
    word = EXERCISE_WORD[lang]
    body = _body(exercise.coordinating_body, lang)
    host = _body(exercise.host_state, lang)
    states = [s.get(lang) for s in exercise.participating_states]
    if any(
        s.get(lang) in description or genitive(s.ru) in description for s in exercise.participating_states
    ):
        states = []
    words = description.split(" ")
    head_end = next((n for n, w in enumerate(words[:6]) if w.strip(",").lower() == word), None)
    descriptive_name = word in exercise.name.get(lang).lower()
    if lang == "ru":
        with_states = f" с участием {join_list([genitive(s) for s in states], lang)}" if states else ""
        if description and appositive and descriptive_name:
            where = f" на территории {genitive(host)}" if host else ""
            by = (
                f"Под координацией {genitive(body)}{where} проведено"
                if body
                else f"{ucfirst(where.strip())} проведено"
            )
            return sentence(f"{by.strip()} {description}{with_states}")
        circumstances = (f" под координацией {genitive(body)}" if body else "") + with_states
        if description and appositive and head_end is not None:
            # "совместное учение «X» по защите ...": the noun once, the name where it belongs.
            head, rest = " ".join(words[: head_end + 1]), " ".join(words[head_end + 1 :])
            lead = f"Под координацией {genitive(body)}" if body else ""
            where = f" на территории {genitive(host)}" if host else ""
            held = "проведено" if lead or where else "Проведено"
            if not rest.startswith(PURPOSE_STARTS_RU):
                head, rest = description, ""  # a genitive complement stays with its noun
            return sentence(" ".join(filter(None, [f"{lead}{where}", held, head, name, rest])) + with_states)
        if description and appositive:
            return sentence(f"Проведено учение {name}{circumstances} – {description}")
        if description:
            during = f", проходившее{circumstances}," if circumstances else ""
            return sentence(f"Совместное учение {name}{during} {description}")
        return sentence(f"Проведено совместное учение {name}{circumstances}")
    coordinated = f" coordinated by the {body}" if body else ""
    with_states = (
        f" with the participation of {join_list([_state_en(s) for s in states], lang)}" if states else ""
    )
    if description and appositive and descriptive_name:
        if host:
            by = f"Under the coordination of the {body}, " if body else ""
            return sentence(ucfirst(f"{by}{_state_en(host)} hosted a {description}{with_states}"))
        if body:
            return sentence(f"The {body} coordinated a {description}{with_states}")
        return sentence(f"A {description}{with_states} was conducted")
    circumstances = ",".join(filter(None, [coordinated, with_states]))
    if description and appositive and head_end is not None:
        # "the joint exercise “X” ... for airspace protection": the noun once, the name where it belongs.
        head, rest = " ".join(words[: head_end + 1]), " ".join(words[head_end + 1 :])
        lead = f"Under the coordination of the {body}, the" if body else "The"
        where = f" in {_state_en(host)}" if host else ""
        if rest.startswith(PURPOSE_STARTS_EN):
            return sentence(f"{lead} {head} {name} was conducted{where}{with_states} {rest}")
        return sentence(f"{lead} {description} {name} was conducted{where}{with_states}")
    if description and appositive:
        return sentence(
            f"{name}{',' + circumstances + ',' if circumstances else ''} was conducted as a {description}"
        )
    if description:
        return sentence(
            f"The joint exercise {name}{',' + circumstances + ',' if circumstances else ''} {description}"
        )
    return sentence(f"The joint exercise {name} was conducted{circumstances}")


def exercise_paragraphs(items: tuple[OperationData, ...], lang: str) -> list[Paragraph]:
    out = []
    for n, exercise in enumerate(items):
        text = _exercise_sentence(exercise, lang)
        if n:
            text = f"{'Кроме того, ' if lang == 'ru' else 'In addition, '}{lcfirst(text)}"
        out.append(Paragraph(text))
    return out


EVENT_GENDER_RU = {"forum": "m", "conference": "f", "meeting": "n", "session": "f"}
HELD_RU = {"f": "проведена", "m": "проведен", "n": "проведено"}
PARTICIPANT_NOUNS = {
    # (singular, plural); Russian in the genitive after "представители".
    "en": {
        "states": ("State member", "States members"),
        "states_plain": ("State", "States"),
        "bodies": ("body", "bodies"),
        "orgs": ("international organization", "international organizations"),
        "research": ("research and educational organization", "research and educational organizations"),
    },
    "ru": {
        "states": ("государства – члена", "государств – членов"),
        "states_plain": ("государства", "государств"),
        "bodies": ("органа", "органов"),
        "orgs": ("международной организации", "международных организаций"),
        "research": ("научной и образовательной организации", "научных и образовательных организаций"),
    },
}


def _count(value: int, noun: str, lang: str) -> str:
    singular, plural = PARTICIPANT_NOUNS[lang][noun]
    if lang == "ru":
        word = singular if genitive_category(value) == "one" else plural
    else:
        word = singular if plural_category(value, 0, lang) == "one" else plural
    return f"{format_number(value, 0, lang)} {word}"


CIS_RU = ("СНГ", "Содружество Независимых Государств")


def _states_of_ru(event: EventData) -> str:
    """«– участников СНГ»: the states of the CIS are its participants; those of the SCO, its members."""
    names = [o.ru for o in event.scope_organizations]
    cis = [n for n in names if n in CIS_RU]
    others = [n for n in names if n not in CIS_RU]
    parts = []
    one = genitive_category(event.states_count or 0) == "one"
    if cis:
        parts.append(f"– {'участника' if one else 'участников'} {cis[0]}")
    if others:
        members = "члена" if one else "членов"
        parts.append(f"{members if cis else '– ' + members} {join_list(others, 'ru')}")
    return " и ".join(parts)


def _participation(event: EventData, lang: str) -> str:
    orgs = join_list([o.get(lang) for o in event.scope_organizations], lang)
    of_orgs = f" {orgs}" if lang == "ru" else f" of {orgs}"
    parts = []
    if event.states_count:
        noun = "states" if orgs else "states_plain"
        lead = "компетентных органов" if lang == "ru" else "the competent authorities of"
        states = f"{lead} {_count(event.states_count, noun, lang)}{of_orgs if orgs else ''}"
        if lang == "ru" and event.scope_organizations:
            states = f"{lead} {_count(event.states_count, 'states_plain', lang)} {_states_of_ru(event)}"
        parts.append(states)
    if event.bodies_count:
        parts.append(_count(event.bodies_count, "bodies", lang) + (of_orgs if orgs else ""))
    if event.intl_org_bodies_count and event.intl_orgs_count:
        of = " " if lang == "ru" else " of "
        text = (
            _count(event.intl_org_bodies_count, "bodies", lang)
            + of
            + _count(event.intl_orgs_count, "orgs", lang)
        )
        named = join_list([b.get(lang) for b in event.international_bodies], lang)
        if named:
            text += f", в том числе {named}" if lang == "ru" else f", including the {named}"
            # Close the apposition when the list goes on.
            text += "," if event.research_count else ""
        parts.append(text)
    elif event.intl_orgs_count:
        parts.append(_count(event.intl_orgs_count, "orgs", lang))
    if event.research_count:
        parts.append(_count(event.research_count, "research", lang))
    if not parts:
        return ""
    listed = join_list(parts, lang)
    if lang == "ru":
        return f"В мероприятии приняли участие представители {listed}."
    return f"The participants in this event included {listed}."


def event_paragraphs(items: tuple[EventData, ...], lang: str) -> list[Paragraph]:
    out = []
    for event in items:
        ordinal = event.ordinal.get(lang)
        title = lcfirst(event.title.get(lang))
        subject = f"{ordinal} {title}" if ordinal else title
        combined = [f"{o.get(lang)} {lcfirst(t.get(lang))}".strip() for o, t in event.combines]
        held, description = held_phrase(event.description.get(lang), lang)
        predicate, rest = ("", description) if held else predicate_of(description)
        held = f" {held}" if held else ""
        if lang == "ru":
            gender = EVENT_GENDER_RU.get(event.kind, "n")
            which = {"f": "которой", "m": "которого", "n": "которого"}[gender]
            text = ucfirst(subject)
            if combined:
                text += f", в рамках {which} прошли {join_list(combined, lang)},"
            text += (
                f" {predicate}"
                if predicate
                else f" {HELD_RU[gender]} {at_date(event.date, event.date_precision, lang)}{held}"
            )
        else:
            text = f"The {subject}"
            if combined:
                text += f", which combined {join_list([f'the {c}' for c in combined], lang)},"
            text += (
                f" {predicate}"
                if predicate
                else f" was held {at_date(event.date, event.date_precision, lang)}{held}"
            )
        sentences = [sentence(text), _participation(event, lang), rest]
        out.append(Paragraph(" ".join(filter(None, sentences))))
    return out
