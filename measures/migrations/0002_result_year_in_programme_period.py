"""Database triggers: a result's year must fall inside its programme's period, when known.

A check constraint cannot look at another table, so the rule is kept by triggers on both
tables: a result outside the period is refused, and so is a new period that would leave
existing results outside it.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE TRIGGER result_year_in_programme_insert BEFORE INSERT ON measures_result
    FOR EACH ROW WHEN NEW.programme_id IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'result year outside the programme period')
        WHERE EXISTS (
            SELECT 1 FROM programmes_programme p
            WHERE p.id = NEW.programme_id AND p.start_year IS NOT NULL
              AND (NEW.year < p.start_year OR NEW.year > p.end_year)
        );
    END
    """,
    """
    CREATE TRIGGER result_year_in_programme_update BEFORE UPDATE OF year, programme_id ON measures_result
    FOR EACH ROW WHEN NEW.programme_id IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'result year outside the programme period')
        WHERE EXISTS (
            SELECT 1 FROM programmes_programme p
            WHERE p.id = NEW.programme_id AND p.start_year IS NOT NULL
              AND (NEW.year < p.start_year OR NEW.year > p.end_year)
        );
    END
    """,
    """
    CREATE TRIGGER programme_period_keeps_results BEFORE UPDATE OF start_year, end_year
    ON programmes_programme
    FOR EACH ROW WHEN NEW.start_year IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'results of the programme fall outside the new period')
        WHERE EXISTS (
            SELECT 1 FROM measures_result r
            WHERE r.programme_id = NEW.id AND (r.year < NEW.start_year OR r.year > NEW.end_year)
        );
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS result_year_in_programme_insert",
    "DROP TRIGGER IF EXISTS result_year_in_programme_update",
    "DROP TRIGGER IF EXISTS programme_period_keeps_results",
]

POSTGRES_FORWARD = [
    """
    CREATE FUNCTION result_year_in_programme() RETURNS trigger AS $$
    BEGIN
        IF NEW.programme_id IS NOT NULL AND EXISTS (
            SELECT 1 FROM programmes_programme p
            WHERE p.id = NEW.programme_id AND p.start_year IS NOT NULL
              AND (NEW.year < p.start_year OR NEW.year > p.end_year)
        ) THEN
            RAISE EXCEPTION 'result year outside the programme period' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER result_year_in_programme BEFORE INSERT OR UPDATE OF year, programme_id
    ON measures_result FOR EACH ROW EXECUTE FUNCTION result_year_in_programme()
    """,
    """
    CREATE FUNCTION programme_period_keeps_results() RETURNS trigger AS $$
    BEGIN
        IF NEW.start_year IS NOT NULL AND EXISTS (
            SELECT 1 FROM measures_result r
            WHERE r.programme_id = NEW.id AND (r.year < NEW.start_year OR r.year > NEW.end_year)
        ) THEN
            RAISE EXCEPTION 'results of the programme fall outside the new period'
                USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END;
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER programme_period_keeps_results BEFORE UPDATE OF start_year, end_year
    ON programmes_programme FOR EACH ROW EXECUTE FUNCTION programme_period_keeps_results()
    """,
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS result_year_in_programme ON measures_result",
    "DROP FUNCTION IF EXISTS result_year_in_programme()",
    "DROP TRIGGER IF EXISTS programme_period_keeps_results ON programmes_programme",
    "DROP FUNCTION IF EXISTS programme_period_keeps_results()",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0001_initial"),
        ("programmes", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
