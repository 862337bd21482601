"""
Union codes become unique ignoring case. Codes that already differ only by case cannot
be merged automatically (each may have users and members): the migration stops before
changing anything and names them, so that someone renames one of each pair first.
"""

import django.db.models.functions.text
from django.db import migrations, models
from django.db.models import Count
from django.db.models.functions import Lower


def refuse_codes_that_differ_only_by_case(apps, schema_editor):
    Organisation = apps.get_model("unions", "Organisation")
    clashes = (
        Organisation.objects.annotate(code_lower=Lower("code"))
        .values("code_lower")
        .annotate(count=Count("pk"))
        .filter(count__gt=1)
        .values_list("code_lower", flat=True)
    )
    if clashes:
        codes = sorted(
            Organisation.objects.annotate(code_lower=Lower("code"))
            .filter(code_lower__in=list(clashes))
            .values_list("code", flat=True)
        )
        raise RuntimeError(
            "These union codes differ only by case; rename one of each pair in the back office, "
            "then migrate again: " + ", ".join(codes)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("unions", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(refuse_codes_that_differ_only_by_case, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="organisation",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("code"),
                name="unions_organisation_code_unique_ignoring_case",
                violation_error_code="code_taken",
                violation_error_message="Another union already has this code (codes are compared ignoring case).",
            ),
        ),
    ]
