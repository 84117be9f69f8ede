"""Load the demonstration data of demo/data.py into the database, idempotently."""

import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import Group, User

from accounts.models import Profile
from measures.models import Event, Indicator, Measure, MeasureProgress, Operation, Result
from measures.names import name_key
from programmes.models import Body, LegalInstrument, MemberState, Objective, Programme

from . import data
from .reports import load_reports
from .upsert import upsert


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_states() -> dict[str, MemberState]:
    return {
        code: upsert(
            MemberState,
            {"code": code},
            {
                "name_en": en,
                "name_ru": ru,
                "short_name_en": short_en,
                "short_name_ru": short_ru,
                "status": status,
            },
        )
        for code, en, ru, short_en, short_ru, status in data.STATES
    }


def load_bodies(states: dict[str, MemberState]) -> dict[str, Body]:
    return {
        code: upsert(
            Body,
            {"code": code},
            {
                "name_en": en,
                "name_ru": ru,
                "abbr_en": abbr_en,
                "abbr_ru": abbr_ru,
                "kind": kind,
                "state": states[state] if state else None,
            },
        )
        for code, en, ru, abbr_en, abbr_ru, kind, state in data.BODIES
    }


def load_programmes(bodies: dict[str, Body]) -> dict[str, Programme]:
    programmes: dict[str, Programme] = {}
    # Predecessors are listed before their successors, except where a series starts in 2008.
    pending = sorted(data.PROGRAMMES, key=lambda p: p.get("predecessor") is not None)
    for spec in pending:
        start, end = spec.get("period") or (None, None)
        approved_by, approved_on, precision = spec.get("approved") or (None, None, "day")
        programmes[spec["slug"]] = upsert(
            Programme,
            {"slug": spec["slug"]},
            {
                "theme": spec["theme"],
                "status": spec["status"],
                "title_en": spec["title_en"],
                "title_ru": spec["title_ru"],
                "description_en": spec.get("description_en", ""),
                "description_ru": spec.get("description_ru", ""),
                "start_year": start,
                "end_year": end,
                "in_force_year": spec.get("in_force_year"),
                "approved_by": bodies[approved_by] if approved_by else None,
                "approved_on": _date(approved_on),
                "approved_on_precision": precision,
                "predecessor": programmes[spec["predecessor"]] if spec.get("predecessor") else None,
            },
        )
    return programmes


def load_objectives(programmes: dict[str, Programme]) -> dict[tuple[str, int], Objective]:
    objectives = {}
    for slug, texts in data.OBJECTIVES.items():
        for number, (en, ru) in enumerate(texts, start=1):
            objectives[slug, number] = upsert(
                Objective, {"programme": programmes[slug], "number": number}, {"text_en": en, "text_ru": ru}
            )
    return objectives


def load_instruments(bodies: dict[str, Body], programmes: dict[str, Programme]) -> int:
    instruments: dict[str, LegalInstrument] = {}
    for spec in sorted(data.INSTRUMENTS, key=lambda s: "amends" in s):
        status_date, precision = spec["date"] or (None, "day")
        instruments[spec["code"]] = upsert(
            LegalInstrument,
            {"code": spec["code"]},
            {
                "kind": spec["kind"],
                "status": spec["status"],
                "title_en": spec["title_en"],
                "title_ru": spec["title_ru"],
                "description_en": spec.get("description_en", ""),
                "description_ru": spec.get("description_ru", ""),
                "status_date": _date(status_date),
                "status_date_precision": precision,
                "signed_on": _date(spec.get("signed_on")),
                "body": bodies[spec["body"]] if spec.get("body") else None,
                "amends": instruments[spec["amends"]] if spec.get("amends") else None,
            },
        )
    return len(instruments)


def load_operations(
    states: dict[str, MemberState],
    bodies: dict[str, Body],
    programmes: dict[str, Programme],
    objectives: dict[tuple[str, int], Objective],
) -> dict[tuple[str, int], Operation]:
    operations = {}
    for spec in data.OPERATIONS:
        start, precision = spec.get("start") or (None, "day")
        programme = programmes.get(spec.get("programme"))
        operations[spec["name"], spec["year"]] = upsert(
            Operation,
            {"name_key": name_key(spec["name"]), "year": spec["year"]},
            {
                "name": spec["name"],
                "name_ru": spec.get("name_ru", ""),
                "kind": spec["kind"],
                "programme": programme,
                "coordinating_body": bodies.get(spec.get("coordinating_body")),
                "host_state": states.get(spec.get("host_state")),
                "start_date": _date(start),
                "start_precision": precision,
                "description_en": spec.get("description_en", ""),
                "description_ru": spec.get("description_ru", ""),
            },
            m2m={
                "participating_states": [states[c] for c in spec.get("participating_states", [])],
                "participating_bodies": [bodies[c] for c in spec.get("participating_bodies", [])],
                "observer_states": [states[c] for c in spec.get("observer_states", [])],
                "objectives": [objectives[programme.slug, n] for n in spec.get("objectives", [])],
            },
        )
    return operations


def load_events(
    states: dict[str, MemberState], bodies: dict[str, Body], programmes: dict[str, Programme]
) -> int:
    events: dict[str, Event] = {}
    count_fields = (
        "states_count",
        "other_states_count",
        "bodies_count",
        "intl_org_bodies_count",
        "intl_orgs_count",
        "research_count",
        "basic_orgs_count",
    )
    # Events that combine others come after them.
    for spec in sorted(data.EVENTS, key=lambda s: "combines" in s):
        date, precision = spec["date"]
        events[spec["code"]] = upsert(
            Event,
            {"code": spec["code"]},
            {
                "kind": spec["kind"],
                "ordinal_en": spec.get("ordinal_en", ""),
                "ordinal_ru": spec.get("ordinal_ru", ""),
                "title_en": spec["title_en"],
                "title_ru": spec["title_ru"],
                "date": _date(date),
                "date_precision": precision,
                "place_en": spec.get("place_en", ""),
                "place_ru": spec.get("place_ru", ""),
                "host_state": states.get(spec.get("host_state")),
                "programme": programmes.get(spec.get("programme")),
                "description_en": spec.get("description_en", ""),
                "description_ru": spec.get("description_ru", ""),
                **{field: spec.get(field) for field in count_fields},
            },
            m2m={
                "organizers": [bodies[c] for c in spec.get("organizers", [])],
                "combines": [events[c] for c in spec.get("combines", [])],
                "participating_states": [states[c] for c in spec.get("participating_states", [])],
                "participating_bodies": [bodies[c] for c in spec.get("participating_bodies", [])],
                "scope_organizations": [bodies[c] for c in spec.get("scope_organizations", [])],
            },
        )
    return len(events)


def load_indicators() -> dict[str, Indicator]:
    return {
        spec["code"]: upsert(
            Indicator, {"code": spec["code"]}, {k: v for k, v in spec.items() if k != "code"}
        )
        for spec in data.INDICATORS
    }


def load_results(
    indicators: dict[str, Indicator], programmes: dict[str, Programme], states: dict[str, MemberState]
) -> int:
    for code, year, value, qualifier, programme, state in data.RESULTS:
        upsert(
            Result,
            {
                "indicator": indicators[code],
                "year": year,
                "programme": programmes.get(programme),
                "operation": None,
                "state": states.get(state),
                "body": None,
            },
            {
                "value": Decimal(value),
                "qualifier": qualifier,
                "status": Result.Status.VERIFIED,
                "notes": data.RESULT_NOTES.get((code, year), ""),
            },
        )
    return len(data.RESULTS)


def load_measures(
    bodies: dict[str, Body], programmes: dict[str, Programme], objectives: dict[tuple[str, int], Objective]
) -> int:
    count = 0
    for slug, rows in data.MEASURES.items():
        for code, objective, text_en, text_ru, responsible, (
            due_from,
            due_to,
        ), status, note_en, note_ru in rows:
            measure = upsert(
                Measure,
                {"programme": programmes[slug], "code": code},
                {
                    "objective": objectives[slug, objective] if objective else None,
                    "text_en": text_en,
                    "text_ru": text_ru,
                    "due_from": due_from,
                    "due_to": due_to,
                    "status": status,
                },
                m2m={"responsible_bodies": [bodies[c] for c in responsible]},
            )
            if note_en:
                upsert(
                    MeasureProgress,
                    {"measure": measure, "year": 2024},
                    {"note_en": note_en, "note_ru": note_ru},
                )
            count += 1
    return count


def load_users(states: dict[str, MemberState]) -> int:
    password = settings.DEMO_PASSWORD
    for username, role, state, first_name, last_name in data.USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, password=password)
        elif not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        upsert(
            User,
            {"pk": user.pk},
            {"first_name": first_name, "last_name": last_name, "is_staff": True, "is_active": True},
            m2m={"groups": [Group.objects.get(name=role)]},
        )
        upsert(Profile, {"user": user}, {"state": states.get(state), "body": None})
    return len(data.USERS)


def load_all(*, with_users: bool = False) -> dict[str, int]:
    """Load everything; returns the number of records of each kind the demo holds."""
    states = load_states()
    bodies = load_bodies(states)
    programmes = load_programmes(bodies)
    objectives = load_objectives(programmes)
    counts = {
        "states": len(states),
        "bodies": len(bodies),
        "programmes": len(programmes),
        "objectives": len(objectives),
        "legal instruments": load_instruments(bodies, programmes),
    }
    counts["operations"] = len(load_operations(states, bodies, programmes, objectives))
    counts["events"] = load_events(states, bodies, programmes)
    indicators = load_indicators()
    counts["indicators"] = len(indicators)
    counts["results"] = load_results(indicators, programmes, states)
    counts["measures"] = load_measures(bodies, programmes, objectives)
    counts["annual reports"] = load_reports()
    if with_users:
        counts["demo accounts"] = load_users(states)
    return counts
