"""The three roles, kept as auth groups, and the model permissions each one holds."""

SECRETARIAT = "secretariat"
ANALYST = "analyst"
REVIEWER = "reviewer"
ROLES = (SECRETARIAT, ANALYST, REVIEWER)

# The project's own apps; their models' permissions are what the roles are made of.
PROJECT_APPS = ("programmes", "measures", "reports", "accounts")
# Models an analyst may add and change, besides viewing everything (app label, model).
ANALYST_EDITABLE = (("measures", "result"), ("measures", "operation"))


def sync_role_groups(group_model, permission_model) -> None:
    """Create the role groups and give them their permissions; writes nothing when in step.

    Called by the data migration and after every migrate, so that models added later
    (and their permissions) join the roles without another hand-written migration.
    """
    project = permission_model.objects.filter(content_type__app_label__in=PROJECT_APPS)
    editable = permission_model.objects.none()
    for app_label, model in ANALYST_EDITABLE:
        editable |= permission_model.objects.filter(
            content_type__app_label=app_label, content_type__model=model
        ).exclude(codename__startswith="delete_")
    wanted = {
        SECRETARIAT: set(project.values_list("pk", flat=True)),
        ANALYST: set(project.filter(codename__startswith="view_").values_list("pk", flat=True))
        | set(editable.values_list("pk", flat=True)),
        REVIEWER: set(project.filter(codename__startswith="view_").values_list("pk", flat=True)),
    }
    for name, permission_ids in wanted.items():
        group, _ = group_model.objects.get_or_create(name=name)
        current = set(group.permissions.values_list("pk", flat=True))
        if current != permission_ids:
            group.permissions.set(permission_ids)
