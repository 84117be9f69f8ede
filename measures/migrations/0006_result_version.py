"""Results carry a version, raised by every write, so that a write based on an older one is refused.

SQLite adds a NOT NULL column by rebuilding the table, which drops the triggers of
0002_result_year_in_programme_period on it (and breaks the one on programmes that reads
it): they are dropped before and created again after.
"""

import importlib

from django.db import migrations, models

triggers = importlib.import_module("measures.migrations.0002_result_year_in_programme_period")


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0005_years_in_range"),
    ]

    operations = [
        migrations.RunPython(
            triggers.run({"sqlite": triggers.SQLITE_BACKWARD}),
            triggers.run({"sqlite": triggers.SQLITE_FORWARD}),
        ),
        migrations.AddField(
            model_name="historicalresult",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
        ),
        migrations.AddField(
            model_name="result",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
        ),
        migrations.RunPython(
            triggers.run({"sqlite": triggers.SQLITE_FORWARD}),
            triggers.run({"sqlite": triggers.SQLITE_BACKWARD}),
        ),
    ]
