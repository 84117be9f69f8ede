"""factory_boy factories for the domain models, keyed by the stable identifiers."""

import factory
from django.contrib.auth.models import Group, User

from accounts.models import Profile
from measures.models import Event, Indicator, Measure, Operation, Result
from programmes.models import Body, LegalInstrument, MemberState, Objective, Programme


class MemberStateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberState
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: "".join(chr(65 + (n // 26**i) % 26) for i in (2, 1, 0)))
    name_en = factory.LazyAttribute(lambda o: f"State {o.code}")
    name_ru = factory.LazyAttribute(lambda o: f"Государство {o.code}")


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"body-{n}")
    name_en = factory.LazyAttribute(lambda o: f"Body {o.code}")
    name_ru = factory.LazyAttribute(lambda o: f"Орган {o.code}")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        django_get_or_create = ["slug"]

    theme = Programme.Theme.TERRORISM
    start_year = 2023
    end_year = 2025
    slug = factory.LazyAttribute(lambda o: f"ct-{o.start_year}-{o.end_year}" if o.start_year else "ct-x")
    title_en = factory.LazyAttribute(lambda o: f"Programme {o.slug}")
    title_ru = factory.LazyAttribute(lambda o: f"Программа {o.slug}")
    status = Programme.Status.APPROVED


class ObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Objective

    programme = factory.SubFactory(ProgrammeFactory)
    number = factory.Sequence(lambda n: n + 1)
    text_en = "Prevention of something"
    text_ru = "Предупреждение чего-либо"


class LegalInstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalInstrument

    code = factory.Sequence(lambda n: f"instrument-{n}")
    kind = LegalInstrument.Kind.AGREEMENT
    title_en = factory.LazyAttribute(lambda o: f"Agreement {o.code}")
    title_ru = factory.LazyAttribute(lambda o: f"Соглашение {o.code}")


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"indicator_{n}")
    name_en = factory.LazyAttribute(lambda o: o.code.replace("_", " "))
    name_ru = factory.LazyAttribute(lambda o: o.code)
    unit = Indicator.Unit.ITEMS
    noun_en_one = "item"
    noun_en_other = "items"
    noun_ru_one = "единица"
    noun_ru_few = "единицы"
    noun_ru_many = "единиц"
    verb_en_one = "was seized"
    verb_en_other = "were seized"
    verb_ru_one = "изъята"
    verb_ru_few = "изъяты"
    verb_ru_many = "изъято"


class OperationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Operation

    name = factory.Sequence(lambda n: f"Operation {n}")
    year = 2024
    kind = Operation.Kind.INTERNATIONAL


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    code = factory.Sequence(lambda n: f"event-{n}")
    kind = Event.Kind.CONFERENCE
    title_en = factory.LazyAttribute(lambda o: f"Conference {o.code}")
    title_ru = factory.LazyAttribute(lambda o: f"Конференция {o.code}")
    date = factory.Faker(
        "date_between_dates",
        date_start=__import__("datetime").date(2024, 1, 1),
        date_end=__import__("datetime").date(2024, 12, 31),
    )


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    programme = factory.SubFactory(ProgrammeFactory)
    code = factory.Sequence(lambda n: f"1.{n}")
    text_en = "A measure"
    text_ru = "Мероприятие"


class ResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Result

    indicator = factory.SubFactory(IndicatorFactory)
    year = 2024
    value = 10
    status = Result.Status.VERIFIED


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "pw")
    is_staff = True

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        """`UserFactory(role="analyst", state=kaz)` puts the user in the group and profile."""
        if not extracted:
            return
        self.groups.add(Group.objects.get(name=extracted))
        Profile.objects.update_or_create(
            user=self, defaults={"state": kwargs.get("state"), "body": kwargs.get("body")}
        )
        self.save()
