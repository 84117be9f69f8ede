"""Results carry a version, raised by every write, so that a write based on an older one is refused.

SQLite adds a NOT NULL column by rebuilding the table, which drops the triggers on it and
breaks those of other tables that read it (0002_result_year_in_programme_period, the stored
figures of measures.figure_store): they are dropped before and created again after.
"""

import importlib

from django.db import migrations, models

triggers = importlib.import_module("measures.migrations.0002_result_year_in_programme_period")


def drop_figure_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from measures.figure_store import drop_triggers

        drop_triggers(schema_editor.connection)


def install_figure_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        from measures.figure_store import install_triggers

        install_triggers(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0007_reporting_round"),
    ]

    operations = [
        migrations.RunPython(
            triggers.run({"sqlite": triggers.SQLITE_BACKWARD}),
            triggers.run({"sqlite": triggers.SQLITE_FORWARD}),
        ),
        migrations.RunPython(drop_figure_triggers, install_figure_triggers),
        migrations.AddField(
            model_name="historicalresult",
            name="version",
            field=models.PositiveIntegerField(
                db_default=1, default=1, editable=False, verbose_name="version"
            ),
        ),
        migrations.AddField(
            model_name="result",
            name="version",
            field=models.PositiveIntegerField(
                db_default=1, default=1, editable=False, verbose_name="version"
            ),
        ),
        migrations.RunPython(
            triggers.run({"sqlite": triggers.SQLITE_FORWARD}),
            triggers.run({"sqlite": triggers.SQLITE_BACKWARD}),
        ),
        migrations.RunPython(install_figure_triggers, drop_figure_triggers),
    ]
