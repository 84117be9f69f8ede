"""Upgrading keeps a report's text: its narrative fields become passages, in the printed order."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("reports", "0004_passages")]
AFTER = [("reports", "0005_drop_narrative_fields")]


@pytest.mark.django_db(transaction=True)
def test_narrative_fields_become_written_passages_around_the_composed_ones():
    """Context first, then the composed parts, the measures note before the operations, the rest last."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    mandate = apps.get_model("reports", "Mandate").objects.create(
        resolution="78/115", adopted_on="2023-12-07", paragraph=23, subject_en="s", subject_ru="с"
    )
    apps.get_model("reports", "AnnualReport").objects.create(
        year=2024,
        mandate=mandate,
        context_en="First.\n\nSecond.",
        context_ru="Первый.\n\nВторой.",
        measures_note_en="Note.",
        measures_note_ru="Примечание.",
        conclusion_en="End.",
        conclusion_ru="Конец.",
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    apps = executor.loader.project_state(AFTER).apps
    rows = list(
        apps.get_model("reports", "Passage")
        .objects.order_by("position")
        .values_list("key", "text_en", "text_ru")
    )
    try:
        assert rows[:3] == [("", "First.", "Первый."), ("", "Second.", "Второй."), ("instrument", "", "")]
        keys = [key or text for key, text, _ in rows]
        assert keys.index("Note.") == keys.index("operations") - 1
        assert keys[-1] == "End." and "databank" not in keys
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
