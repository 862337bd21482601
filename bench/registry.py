"""
Performance figures of the union tree and the member registry, in one run
(issue "The union tree and the member registry", section Performance).

    cd /work/main && .venv/bin/python bench/registry.py          # or: make bench
    .venv/bin/python bench/registry.py --db postgresql            # one database only
    .venv/bin/python bench/registry.py --regenerate               # rebuild the cached databases

Options: --db sqlite|postgresql|both (default both), --regenerate, --runs N (timed runs of
each statistics case, default 30), --import-rows N (default 100,000), --pg-url (the
PostgreSQL server, default $REGISTRY_PG_URL or postgres://postgres@127.0.0.1:5432),
--explain (print PostgreSQL's EXPLAIN ANALYZE of the statistics queries).

It prints figures and never fails on them: targets are shown next to the figures. The
report is also written to bench/results/registry-last-run.txt.

What it does, for each database (each in a child process of its own, with the
settings module bench.registry_settings):

1. Database. A generated registry (bench/registry_generate.py): 1 confederation, 63
   provinces of which 29 merged into others on 1/7/2025 (34 left), ~840 upper-level
   unions, 40,000 grassroots unions (some with branch unions), 1,000,000 members with
   ~1.1M membership periods and ~200k ancestry periods. PostgreSQL: the database
   `congdoan_bench_registry`; SQLite: bench/results/registry.sqlite3 (git-ignored; the
   developer's databases are never touched). A database is generated once and reused
   while GENERATOR_VERSION and the migrations it was built with are unchanged: new
   migrations are applied to it, a changed or removed one (or --regenerate) makes it be
   generated again. The generation time is printed (and remembered for later runs).
2. Import: 100,000 rows from an .xlsx built with the import template's own workbook
   writer and columns (congdoan.members.spreadsheets.template, columns; cached in
   bench/results/), imported end to end with
   congdoan.members.spreadsheets.importing.import_members into a new, empty grassroots union. The
   baseline, in the same run: merely reading the same file with openpyxl
   (load_workbook(read_only=True), iter_rows(values_only=True)), just before the import.
   The union, the members and everything the import wrote are
   rolled back afterwards (the import runs inside a transaction that is rolled back), so
   every run starts from the same state. Targets: >= 5,000 rows/s and >= 0.5 x read-only.
3. Statistics on a past date: congdoan.members.selectors.statistics_on(province, day)
   (member count, Party members, women/men, by ethnicity) for several provinces and
   dates, including a province merged away on 1/7/2025 on a date before the merger; p50
   and p95 of --runs runs after one warm-up (fewer when a timing passes its time budget).
   Baselines in the same run: `SELECT count(*) FROM members_membership` (1.1M rows), the
   same membership periods counted without the members' fields
   (memberships_on(province, day).count()), and the province's current members counted
   by tree path (selectors.current_member_count). Target: p50 <= 300 ms on PostgreSQL
   with 1M members. Then the largest case once more with the former query, which read
   the members' fields through a join (statistics_joined_to_members below), for the ratio.
4. The member list page (URL "members:list") of the largest grassroots union and of a
   small one, as a member-data clerk of that union: SQL queries of one request (after a
   warm-up request) and the median time of 10 requests, with django.test.Client and
   CaptureQueriesContext. Target: <= 10 queries whatever the union's size.
"""

import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
VENV_PYTHON = PROJECT_DIR / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable

SQLITE_PATH = RESULTS_DIR / "registry.sqlite3"
PG_DATABASE = "congdoan_bench_registry"
PG_SERVER = os.environ.get("REGISTRY_PG_URL", "postgres://postgres@127.0.0.1:5432")
META_TABLE = "bench_registry_meta"
DATABASES = ("postgresql", "sqlite")
LABELS = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}

# Targets, printed next to the figures.
TARGET_IMPORT_ROWS_PER_SECOND = 5_000
TARGET_IMPORT_RATIO = 0.5
TARGET_STATISTICS_P50_MS = 300.0
TARGET_LIST_QUERIES = 10


def log(message=""):
    print(message, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--regenerate", action="store_true", help="generate the databases again")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each statistics case")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--pg-url", default=PG_SERVER, help="PostgreSQL server (without database name)")
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of the statistics queries")
    parser.add_argument("--child", choices=DATABASES, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def database_url(db, args):
    if db == "sqlite":
        return f"sqlite:///{SQLITE_PATH}"
    return f"{args.pg_url.rstrip('/')}/{PG_DATABASE}"


def child_environment(db, args):
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.registry_settings",
            "DATABASE_URL": database_url(db, args),
            "MEDIA_ROOT": str(RESULTS_DIR / "registry-media"),
            "STATIC_ROOT": str(RESULTS_DIR / "static"),
            "CONGDOAN_VAR_DIR": str(RESULTS_DIR / "registry-var"),
            "DEBUG": "0",
            "PORTAL_PAGE_CACHE": "0",
            "PYTHONPATH": str(PROJECT_DIR),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    env.pop("REDIS_URL", None)  # local-memory cache, whatever the shell says
    return env


# ===========================================================================
# Parent: one child process per database, then the report
# ===========================================================================


def main():
    sys.path.insert(0, str(PROJECT_DIR))
    args = parse_args()
    if args.child:
        return child_main(args)
    started = time.perf_counter()
    RESULTS_DIR.mkdir(exist_ok=True)
    databases = DATABASES if args.db == "both" else (args.db,)
    results = {}
    for db in databases:
        if db == "postgresql" and not postgres_answers(args.pg_url):
            results[db] = {"skipped": f"no PostgreSQL server answers at {args.pg_url}"}
            log(f"PostgreSQL: SKIPPED — no server answers at {args.pg_url}")
            continue
        out = RESULTS_DIR / f"registry-{db}.json"
        out.unlink(missing_ok=True)
        command = [PYTHON, str(Path(__file__).resolve()), "--child", db, "--runs", str(args.runs),
                   "--import-rows", str(args.import_rows), "--pg-url", args.pg_url]  # fmt: skip
        command += ["--regenerate"] if args.regenerate else []
        command += ["--explain"] if args.explain else []
        log(f"== {LABELS[db]} ==")
        completed = subprocess.run(command, cwd=PROJECT_DIR, env=child_environment(db, args))
        if completed.returncode != 0 or not out.exists():
            results[db] = {"skipped": f"the {LABELS[db]} run failed (exit code {completed.returncode}); see above"}
            continue
        results[db] = json.loads(out.read_text())
    text = report(results, args, time.perf_counter() - started)
    print(text, flush=True)
    (RESULTS_DIR / "registry-last-run.txt").write_text(text + "\n")


def postgres_answers(server_url):
    try:
        import psycopg

        with psycopg.connect(f"{server_url.rstrip('/')}/postgres", connect_timeout=5):
            return True
    except Exception:
        return False


# ===========================================================================
# Child: one database
# ===========================================================================


def child_main(args):
    os.chdir(PROJECT_DIR)
    import django

    django.setup()
    db = args.child
    results = {"db": db, "started": datetime.datetime.now().isoformat(timespec="seconds")}
    results["database"] = prepare_database(db, args)
    results["environment"] = describe_environment(db)
    from bench.portal import cpus_busy  # other work on the machine takes CPU from the figures

    results["busy"] = [cpus_busy()]
    log("Statistics on past dates …")
    results["statistics"] = measure_statistics(args)
    if args.explain and db == "postgresql":
        explain_statistics()
    results["busy"].append(cpus_busy())
    log("Member list page …")
    results["member_list"] = measure_member_list()
    log("Import …")
    results["import"] = measure_import(args)
    results["busy"].append(cpus_busy())
    (RESULTS_DIR / f"registry-{db}.json").write_text(json.dumps(results, indent=1, default=str))


# ---------------------------------------------------------------------------
# The cached database
# ---------------------------------------------------------------------------


def migration_state():
    """{"app.name": sha1 of the migration file} for every migration on disk."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    state = {}
    for (app_label, name), migration in loader.disk_migrations.items():
        path = sys.modules[migration.__module__].__file__
        state[f"{app_label}.{name}"] = hashlib.sha1(Path(path).read_bytes()).hexdigest()
    return state


def read_meta():
    """The generation record of the bench database, or None (no database, not generated, unfinished)."""
    from django.db import DatabaseError, connection

    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version, migrations, generated_at, figures FROM {META_TABLE}")
            row = cursor.fetchone()
    except DatabaseError:
        connection.close()
        return None
    if row is None:
        return None
    version, migrations, generated_at, figures = row
    return {"version": version, "migrations": json.loads(migrations), "generated_at": generated_at,
            "figures": json.loads(figures)}  # fmt: skip


def write_meta(version, migrations, figures, generated_at=None):
    from django.db import connection, transaction

    generated_at = generated_at or datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {META_TABLE} (version integer NOT NULL, migrations text NOT NULL,"
            " generated_at varchar(32) NOT NULL, figures text NOT NULL)"
        )
        cursor.execute(f"DELETE FROM {META_TABLE}")
        cursor.execute(
            f"INSERT INTO {META_TABLE} (version, migrations, generated_at, figures) VALUES (%s, %s, %s, %s)",
            [version, json.dumps(migrations), generated_at, json.dumps(figures)],
        )


def recreate_database(db):
    """Drop the bench database (only it) and create it empty."""
    from django.conf import settings
    from django.db import connection

    connection.close()
    if db == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    params = settings.DATABASES["default"]
    name = params["NAME"]
    assert name == PG_DATABASE, name
    server = {
        key: value
        for key, value in (
            ("host", params.get("HOST")),
            ("port", params.get("PORT")),
            ("user", params.get("USER")),
            ("password", params.get("PASSWORD")),
        )
        if value
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")


def ensure_pg_database_exists(db):
    if db != "postgresql":
        return
    import psycopg
    from django.conf import settings

    params = settings.DATABASES["default"]
    server = {
        key: value
        for key, value in (
            ("host", params.get("HOST")),
            ("port", params.get("PORT")),
            ("user", params.get("USER")),
            ("password", params.get("PASSWORD")),
        )
        if value
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [PG_DATABASE]).fetchone():
            admin.execute(f"CREATE DATABASE \"{PG_DATABASE}\" ENCODING 'UTF8' TEMPLATE template0")


def prepare_database(db, args):
    """Reuse, migrate forward or generate the bench database. Returns what was done and the generation figures."""
    from django.core.management import call_command

    from bench import registry_generate

    version = registry_generate.GENERATOR_VERSION
    on_disk = migration_state()
    ensure_pg_database_exists(db)
    meta = None if args.regenerate else read_meta()
    reason = "--regenerate" if args.regenerate else "no generated database yet"
    if meta is not None:
        changed = [name for name, digest in meta["migrations"].items() if on_disk.get(name) != digest]
        if meta["version"] != version:
            reason = f"generator version {meta['version']} -> {version}"
        elif changed:
            reason = f"migrations changed or removed since generation: {', '.join(sorted(changed)[:5])}"
        else:
            new = sorted(set(on_disk) - set(meta["migrations"]))
            info = {"action": "reused", "generated_at": meta["generated_at"], "figures": meta["figures"]}
            if new:
                log(f"Database: applying {len(new)} new migration(s) to the generated database: {', '.join(new[:5])}")
                t0 = time.perf_counter()
                call_command("migrate", interactive=False, verbosity=0)
                info.update(action="migrated", new_migrations=new, migrate_seconds=time.perf_counter() - t0)
                write_meta(version, on_disk, meta["figures"], meta["generated_at"])
            log(f"Database: reusing the {LABELS[db]} registry generated on {meta['generated_at']}.")
            return info
    log(f"Database: generating the {LABELS[db]} registry ({reason}) …")
    started = time.perf_counter()
    recreate_database(db)
    call_command("migrate", interactive=False, verbosity=0)
    migrate_seconds = time.perf_counter() - started
    log(f"  migrated in {migrate_seconds:.0f} s")
    from django.db import connection

    figures = registry_generate.generate(connection, log=log)
    connection.close()  # the measurements get a fresh connection, without the load's settings
    figures["migrate_seconds"] = migrate_seconds
    figures["total_seconds"] = time.perf_counter() - started
    check_generated_tree()
    figures["database_bytes"] = database_size(db)
    write_meta(version, on_disk, figures)
    log(f"  generated in {figures['total_seconds']:.0f} s")
    meta = read_meta()
    return {"action": "generated", "generated_at": meta["generated_at"], "figures": figures, "reason": reason}


def check_generated_tree():
    """treebeard's own consistency check of paths, depth and numchild (nothing may be wrong)."""
    from congdoan.unions.models import Organisation

    problems = Organisation.find_problems()
    if any(problems):
        names = ("evil characters", "bad step length", "orphans", "wrong depth", "wrong numchild")
        found = {name: len(ids) for name, ids in zip(names, problems, strict=True) if ids}
        raise RuntimeError(f"the generated tree has problems: {found}")


def database_size(db):
    from django.db import connection

    if db == "sqlite":
        return SQLITE_PATH.stat().st_size
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0]


def describe_environment(db):
    from django.db import connection

    with connection.cursor() as cursor:
        if db == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            version = f"SQLite {cursor.fetchone()[0]}"
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            analysed = bool(cursor.fetchone()[0])
            return {
                "version": version,
                "details": "ANALYZE statistics: " + ("yes" if analysed else "none (as deployed)"),
            }
        cursor.execute("SHOW server_version")
        version = f"PostgreSQL {cursor.fetchone()[0]}"
        settings = []
        for name in ("shared_buffers", "work_mem", "effective_cache_size", "max_parallel_workers_per_gather", "jit"):
            cursor.execute(f"SHOW {name}")
            settings.append(f"{name}={cursor.fetchone()[0]}")
        return {"version": version, "details": ", ".join(settings)}


def registry_counts():
    from django.db import connection

    counts = {}
    with connection.cursor() as cursor:
        for table in ("members_member", "members_membership", "unions_organisation", "unions_ancestryperiod"):
            cursor.execute(f"SELECT count(*) FROM {table}")
            counts[table] = cursor.fetchone()[0]
    return counts


# ---------------------------------------------------------------------------
# Timing helpers
# ---------------------------------------------------------------------------


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def time_runs(function, runs, budget_seconds=None, min_runs=5):
    """Seconds of each of ``runs`` calls of ``function`` after one warm-up call (fewer if over budget)."""
    function()
    times = []
    started = time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        function()
        times.append(time.perf_counter() - t0)
        if budget_seconds and len(times) >= min_runs and time.perf_counter() - started > budget_seconds:
            break
    return times


def summary(times):
    return {"runs": len(times), "p50_ms": 1000 * statistics.median(times), "p95_ms": 1000 * percentile(times, 0.95)}


# ---------------------------------------------------------------------------
# 3. Statistics on past dates
# ---------------------------------------------------------------------------


def statistics_cases():
    from bench import registry_generate as generated
    from congdoan.unions.models import Organisation

    def province(code):
        return Organisation.objects.get(code=f"P{code}")

    merger = generated.MERGER_DAY
    before = merger - datetime.timedelta(days=1)
    largest, absorbed = province(generated.LARGEST_PROVINCE), province(generated.ABSORBED_PROVINCE)
    middle, small = province(generated.MIDDLE_PROVINCE), province(generated.SMALL_PROVINCE)
    return [
        (f"{largest.short_name} (absorbed 2 provinces on 1/7/2025)", largest, generated.AS_OF),
        (f"{largest.short_name}, before the merger", largest, before),
        (f"{absorbed.short_name} (merged away 1/7/2025), before", absorbed, before),
        (f"{middle.short_name} (unchanged)", middle, datetime.date(2022, 12, 19)),
        (f"{small.short_name} (small, unchanged)", small, datetime.date(2024, 1, 1)),
    ]


def statistics_joined_to_members(organisation, day):
    """
    The former statistics_on, kept here as the comparison: the same figures read from the
    members' own fields through a join, where statistics_on reads the copies each
    membership period carries (members.models.Membership). Checked to give the same result.
    """
    from django.db.models import Count, Q

    from congdoan.members.selectors import MemberStatistics, memberships_on
    from congdoan.members.vocabularies import ETHNIC_GROUP_NAMES, Sex

    rows = list(
        memberships_on(organisation, day)
        .values("member__ethnicity")
        .annotate(
            members=Count("id"),
            party_members=Count(
                "id",
                filter=Q(member__party_admitted_on__lte=day)
                & (Q(member__party_left_on__isnull=True) | Q(member__party_left_on__gt=day)),
            ),
            women=Count("id", filter=Q(member__sex=Sex.FEMALE)),
            men=Count("id", filter=Q(member__sex=Sex.MALE)),
        )
        .order_by()
    )
    totals = {key: sum(row[key] for row in rows) for key in ("members", "party_members", "women", "men")}
    groups = sorted(((row["member__ethnicity"], row["members"]) for row in rows), key=lambda item: (-item[1], item[0]))
    return MemberStatistics(
        day=day, by_ethnicity=[(ETHNIC_GROUP_NAMES.get(code, "?"), count) for code, count in groups], **totals
    )


def measure_statistics(args):
    from django.db import connection

    from bench import registry_generate as generated
    from congdoan.members import selectors
    from congdoan.unions.models import Organisation

    figures = {"counts": registry_counts(), "cases": []}

    def count_memberships():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM members_membership")
            return cursor.fetchone()[0]

    budget = 20  # seconds per timing (at least 5 runs): keeps the whole run to a few minutes
    small_budget = 4
    cases = statistics_cases()
    for label, province, day in cases:
        times = time_runs(lambda p=province, d=day: selectors.statistics_on(p, d), args.runs, budget)
        result = selectors.statistics_on(province, day)
        periods_times = time_runs(
            lambda p=province, d=day: selectors.memberships_on(p, d).count(), args.runs, small_budget
        )
        current_times = None
        if province.is_active:  # a province merged away has no current members to count
            current_times = time_runs(lambda p=province: selectors.current_member_count(p), args.runs, small_budget)
        count_times = time_runs(count_memberships, args.runs, small_budget)
        case = {
            "label": label, "day": day.isoformat(), **summary(times),
            "periods_only": summary(periods_times), "count_all": summary(count_times),
            "current_count": summary(current_times) if current_times else None,
            "members": result.members, "party_members": result.party_members, "women": result.women,
            "men": result.men, "ethnic_groups": len(result.by_ethnicity),
            "top_ethnicities": result.by_ethnicity[:3],
        }  # fmt: skip
        figures["cases"].append(case)
        log(
            f"  {label} on {day:%d/%m/%Y}: {result.members:,} members — p50 {case['p50_ms']:.0f} ms,"
            f" p95 {case['p95_ms']:.0f} ms ({case['runs']} runs)"
        )

    # The former query (a join to the members), on the largest case, as the comparison.
    label, province, day = cases[0]
    if statistics_joined_to_members(province, day) != selectors.statistics_on(province, day):
        raise RuntimeError(f"statistics_joined_to_members differs from statistics_on for {label}")
    times = time_runs(lambda p=province, d=day: statistics_joined_to_members(p, d), max(5, args.runs // 2), budget)
    figures["cases"][0]["joined"] = summary(times)
    log(f"  {label}, joined to the members (the former query): p50 {figures['cases'][0]['joined']['p50_ms']:.0f} ms")

    # A consistency check of the generated history: today's figures from the membership
    # periods must equal the current members counted by tree path.
    largest = Organisation.objects.get(code=f"P{generated.LARGEST_PROVINCE}")
    figures["consistency"] = {
        "statistics_members": selectors.statistics_on(largest, generated.AS_OF).members,
        "current_members": selectors.current_member_count(largest),
    }
    confederation = Organisation.objects.get(depth=1)
    times = time_runs(lambda: selectors.statistics_on(confederation, generated.AS_OF), 3)
    figures["whole_country"] = {
        **summary(times),
        "members": selectors.statistics_on(confederation, generated.AS_OF).members,
    }
    return figures


def explain_statistics():
    """EXPLAIN (ANALYZE, BUFFERS) of the queries statistics_on runs, for the largest province before the merger."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench import registry_generate as generated
    from congdoan.members import selectors
    from congdoan.unions.models import Organisation

    province = Organisation.objects.get(code=f"P{generated.LARGEST_PROVINCE}")
    day = generated.MERGER_DAY - datetime.timedelta(days=1)
    with CaptureQueriesContext(connection) as captured:
        selectors.statistics_on(province, day)
    for number, query in enumerate(captured.captured_queries, 1):
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
        log(f"\nEXPLAIN ANALYZE of query {number} of statistics_on({province.short_name}, {day:%d/%m/%Y}):")
        log(query["sql"])
        log(plan)


# ---------------------------------------------------------------------------
# 4. The member list page
# ---------------------------------------------------------------------------


def bench_user(username, organisation, role="clerk"):
    from django.contrib.auth import get_user_model

    user, _created = get_user_model().objects.update_or_create(
        username=username, defaults={"organisation": organisation, "union_role": role, "is_active": True}
    )
    return user


def list_unions():
    """The largest grassroots union (members of its branches included) and a small one, from the generation."""
    from bench import registry_generate as generated
    from congdoan.unions.models import Organisation

    largest = Organisation.objects.get(code=generated.largest_union_code())
    small = Organisation.objects.get(code=generated.small_union_code())
    return largest, small


def measure_member_list():
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import NoReverseMatch, reverse

    from congdoan.members import selectors

    try:
        reverse("members:list", kwargs={"organisation_pk": 1})
    except NoReverseMatch:
        return {"skipped": "the URL members:list does not exist yet"}
    largest, small = list_unions()
    figures = {"pages": []}
    pages = [
        ("largest union, page 1", largest, ""),
        ("largest union, last page", largest, "?trang=999999"),
        ("small union", small, ""),
    ]
    for label, union, query in pages:
        user = bench_user(f"bench-registry-clerk-{union.pk}", union)
        client = Client()
        client.force_login(user)
        url = reverse("members:list", kwargs={"organisation_pk": union.pk}) + query
        try:
            response = client.get(url)
        except Exception as error:  # the view is someone else's work in progress
            figures["pages"].append({"label": label, "error": f"{type(error).__name__}: {error}"})
            continue
        if response.status_code != 200:
            figures["pages"].append({"label": label, "error": f"status {response.status_code}"})
            continue
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries = [(query["sql"], float(query["time"])) for query in captured.captured_queries]
        times = time_runs(lambda client=client, url=url: client.get(url), 10)
        figures["pages"].append({
            "label": label, "union": union.name, "url": url,
            "members": selectors.current_member_count(union), "queries": queries,
            "median_ms": 1000 * statistics.median(times), "bytes": len(response.content),
        })  # fmt: skip
        log(f"  {label}: {len(queries)} queries, median {1000 * statistics.median(times):.0f} ms")
    figures["subtree_filters"] = measure_subtree_filters([("largest union", largest), ("small union", small)])
    return figures


def measure_subtree_filters(unions):
    """
    The list's two member queries (count, first page) with the union's subtree expressed as
    a join on the tree path (as member_list does) or as a subquery of organisation ids.
    """
    from congdoan.members.models import Member
    from congdoan.members.vocabularies import MemberStatus
    from congdoan.unions.models import Organisation

    results = []
    for label, union in unions:
        forms = {
            "join on path": Member.objects.filter(organisation__path__startswith=union.path),
            "id subquery": Member.objects.filter(
                organisation_id__in=Organisation.objects.filter(path__startswith=union.path).values("pk")
            ),
        }
        row = {"label": label}
        for name, queryset in forms.items():
            queryset = queryset.filter(status=MemberStatus.ACTIVE)
            count = summary(time_runs(queryset.count, 10))
            page = summary(time_runs(lambda q=queryset: list(q.order_by("name_key", "pk")[:50]), 10))
            row[name] = {"count": count, "page": page}
        results.append(row)
    return results


# ---------------------------------------------------------------------------
# 2. Import
# ---------------------------------------------------------------------------


def import_file(rows):
    """The .xlsx of ``rows`` generated members, built with the import template's writer (cached)."""
    from bench import registry_generate as generated

    try:
        from congdoan.members.spreadsheets import columns as member_columns
        from congdoan.members.spreadsheets import template as import_template
    except ImportError as error:
        return None, {"skipped": f"the import template is not there yet ({error})"}
    sources = b"".join(Path(module.__file__).read_bytes() for module in (import_template, member_columns))
    key = hashlib.sha1(sources + f"{generated.GENERATOR_VERSION}/{rows}".encode()).hexdigest()[:12]
    path = RESULTS_DIR / f"registry-import-{rows}-{key}.xlsx"
    if path.exists():
        return path, {"built": False}
    for old in RESULTS_DIR.glob(f"registry-import-{rows}-*.xlsx"):
        old.unlink()
    started = time.perf_counter()
    shown = member_columns.columns(include_sensitive=True)
    records = generated.import_records(rows)
    data = import_template.member_workbook(([record.get(column.key) for column in shown] for record in records), shown)
    path.write_bytes(data)
    return path, {"built": True, "build_seconds": time.perf_counter() - started}


def read_only_speed(path):
    """Rows per second of merely reading ``path`` with openpyxl's read-only mode."""
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    count = 0
    for _values in workbook.worksheets[0].iter_rows(values_only=True):
        count += 1
    workbook.close()
    seconds = time.perf_counter() - started
    return count - 1, seconds  # without the header row


class _RollBack(Exception):
    pass


def measure_import(args):
    from django.db import transaction

    try:
        from congdoan.members.spreadsheets.importing import import_members
    except ImportError as error:
        return {"skipped": f"congdoan.members.spreadsheets.importing.import_members is not there yet ({error})"}
    from bench import registry_generate as generated
    from congdoan.unions import services as union_services
    from congdoan.unions.models import Organisation

    path, info = import_file(args.import_rows)
    if path is None:
        return info
    info["file_bytes"] = path.stat().st_size
    log(
        f"  file: {path.name} ({info['file_bytes'] / 2**20:.1f} MB"
        + (f", built in {info['build_seconds']:.0f} s)" if info["built"] else ", cached)")
    )
    rows_read, first_read = read_only_speed(path)
    province = Organisation.objects.get(code=f"P{generated.LARGEST_PROVINCE}")
    parent = province.get_children().filter(level="upper", status="active").order_by("path").first()
    user = bench_user("bench-registry-importer", province)
    outcome = None
    try:
        with transaction.atomic():
            union = union_services.found_organisation(
                parent=parent, name="Công đoàn cơ sở Công ty TNHH Bench Nhập khẩu", level="grassroots",
                code=f"BENCH-IMPORT-{os.getpid()}", founded_on=datetime.date(2010, 1, 1),
            )  # fmt: skip
            with path.open("rb") as file:
                t0 = time.perf_counter()
                outcome = import_members(organisation=union, file=file, filename=path.name, user=user)
                seconds = time.perf_counter() - t0
            imported_in_db = union.members.count()
            raise _RollBack
    except _RollBack:
        pass
    read_seconds = first_read
    errors = [f"row {error.row}, {error.column}: {error.value!r} — {error.reason}" for error in outcome.errors[:5]]
    figures = {
        **info, "rows": args.import_rows, "imported": outcome.imported, "in_database": imported_in_db,
        "errors": errors, "error_count": len(outcome.errors), "seconds": seconds,
        "rows_per_second": outcome.imported / seconds if outcome.imported else 0.0,
        "read_only_rows": rows_read, "read_only_seconds": first_read,
        "read_only_rows_per_second": rows_read / read_seconds,
        "rolled_back": not Organisation.objects.filter(code__startswith="BENCH-IMPORT-").exists(),
    }  # fmt: skip
    log(
        f"  imported {outcome.imported:,} rows in {seconds:.1f} s; openpyxl read-only {rows_read:,} rows in"
        f" {read_seconds:.1f} s"
    )
    return figures


# ===========================================================================
# Report
# ===========================================================================


def verdict(ok):
    return "OK" if ok else "MISSED"


def report(results, args, total_seconds):
    from bench import registry_generate as generated

    return framed_report(
        "congdoan registry benchmark — the union tree and the member registry",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}. Data as of"
        f" {generated.AS_OF:%d/%m/%Y} (generator version {generated.GENERATOR_VERSION}).",
        results,
        total_seconds,
        report_database,
        busy_sampled="sampled 1 s while this bench was idle, before, between and after the measurements",
    )


def framed_report(title, machine, results, total_seconds, report_database, *, busy_sampled):
    """
    The frame of a bench's printed report (this one's and bench/reports.py's): the title,
    the machine, then for each database its server, how busy the machine was
    (``busy_sampled`` says when that was sampled) and ``report_database(out, db, result)``.
    """
    lines = []
    out = lines.append
    out("")
    out("=" * 100)
    out(title)
    out("=" * 100)
    out(machine)
    for db, result in results.items():
        out("")
        out("-" * 100)
        if "skipped" in result:
            out(f"{LABELS[db]}: SKIPPED — {result['skipped']}")
            continue
        environment = result["environment"]
        out(f"{environment['version']} ({environment['details']})")
        busy = [value for value in result.get("busy", []) if value is not None]
        if busy:
            out(
                f"Other work on the machine ({busy_sampled}): {', '.join(f'{value:.2f}' for value in busy)}"
                f" of {os.cpu_count()} CPUs busy" + (" — figures are noisy." if max(busy) > 0.3 else ".")
            )
        out("-" * 100)
        report_database(out, db, result)
    out("")
    out(f"Whole run: {total_seconds:.0f} s.")
    return "\n".join(lines)


def report_database(out, db, result):
    database = result["database"]
    figures = database["figures"]
    counts = result["statistics"]["counts"]
    out(
        f"Data: {counts['members_member']:,} members, {counts['members_membership']:,} membership periods,"
        f" {counts['unions_organisation']:,} organisations, {counts['unions_ancestryperiod']:,} ancestry periods;"
        f" database {figures.get('database_bytes', 0) / 2**30:.2f} GB."
    )
    when = "this run" if database["action"] == "generated" else f"on {database['generated_at']}, reused"
    out(
        f"Generation ({when}): {figures['total_seconds']:.0f} s in all — migrate {figures['migrate_seconds']:.0f} s,"
        f" tree {figures['tree_seconds']:.0f} s, generating rows {figures['make_seconds']:.0f} s, writing"
        f" {figures['write_seconds']:.0f} s, rebuilding indexes {figures['indexes']:.0f} s and constraints"
        f" {figures['constraints']:.0f} s, analyse {figures['vacuum']:.0f} s."
    )
    if database["action"] == "migrated":
        out(
            f"  (new migrations applied this run in {database['migrate_seconds']:.0f} s: {', '.join(database['new_migrations'])})"
        )

    # Import.
    out("")
    imported = result["import"]
    if "skipped" in imported:
        out(f"Import: SKIPPED — {imported['skipped']}")
    else:
        speed = imported["rows_per_second"]
        read = imported["read_only_rows_per_second"]
        ratio = speed / read if read else 0
        out(
            f"Import of {imported['rows']:,} rows from .xlsx ({imported['file_bytes'] / 2**20:.1f} MB"
            + (f", built this run in {imported['build_seconds']:.0f} s" if imported.get("built") else "")
            + "):"
        )
        out(
            f"  import_members        {speed:>9,.0f} rows/s  ({imported['imported']:,} imported in {imported['seconds']:.1f} s)"
            f"   target >= {TARGET_IMPORT_ROWS_PER_SECOND:,} {verdict(speed >= TARGET_IMPORT_ROWS_PER_SECOND)}"
        )
        out(
            f"  openpyxl read-only    {read:>9,.0f} rows/s  ({imported['read_only_rows']:,} rows in"
            f" {imported['read_only_seconds']:.1f} s, just before the import)"
        )
        out(
            f"  import / read-only    {ratio:>9.2f}            target >= {TARGET_IMPORT_RATIO} {verdict(ratio >= TARGET_IMPORT_RATIO)}"
        )
        if imported["error_count"]:
            out(f"  {imported['error_count']} ERRORS, first ones: " + "; ".join(imported["errors"]))
        out(
            f"  rolled back afterwards: {'yes' if imported['rolled_back'] else 'NO'}"
            f" ({imported['in_database']:,} members were in the union before the rollback)"
        )

    # Statistics.
    out("")
    stats = result["statistics"]
    out(
        "statistics_on(province, day) — members, Party members, women/men and ethnic groups of the subtree on that day:"
    )
    out(
        f"  {'province (short name)':<45} {'day':<10} {'members':>8} {'party':>7} {'women':>7} {'p50 ms':>7} {'p95 ms':>7}"
        f" {'runs':>4}  {'x count(*)':>10} {'x periods':>9} {'x current':>9}  target"
    )
    for case in stats["cases"]:
        day = datetime.date.fromisoformat(case["day"])
        ratio_all = case["p50_ms"] / case["count_all"]["p50_ms"]
        ratio_periods = case["p50_ms"] / case["periods_only"]["p50_ms"]
        current = case["current_count"]
        ratio_current = f"{case['p50_ms'] / current['p50_ms']:>9.2f}" if current else f"{'-':>9}"
        target = (
            f"<= {TARGET_STATISTICS_P50_MS:.0f} ms {verdict(case['p50_ms'] <= TARGET_STATISTICS_P50_MS)}"
            if db == "postgresql"
            else "-"
        )
        out(
            f"  {case['label']:<45} {day:%d/%m/%Y} {case['members']:>8,} {case['party_members']:>7,}"
            f" {case['women']:>7,} {case['p50_ms']:>7.1f} {case['p95_ms']:>7.1f} {case['runs']:>4}"
            f"  {ratio_all:>10.2f} {ratio_periods:>9.2f} {ratio_current}  {target}"
        )
    out(
        "  Baselines, timed in the same run (p50 ms): count(*) = SELECT count(*) FROM members_membership (all"
        f" {stats['counts']['members_membership']:,} periods);"
    )
    out(
        "  periods = the same membership periods counted without the members' fields"
        " (memberships_on(province, day).count());"
    )
    out(
        "  current = the province's current members counted by tree path (selectors.current_member_count;"
        " none for a merged-away province)."
    )
    for case in stats["cases"]:
        current = case["current_count"]
        out(
            f"    {case['label']:<45} count(*) {case['count_all']['p50_ms']:7.1f}   periods {case['periods_only']['p50_ms']:7.1f}"
            f"   current {current['p50_ms'] if current else float('nan'):7.1f}"
        )
    whole = stats["whole_country"]
    out(
        f"  Whole country (the confederation, {whole['members']:,} members today): p50 {whole['p50_ms']:.0f} ms"
        f" ({whole['runs']} runs; no target)."
    )
    consistency = stats["consistency"]
    same = consistency["statistics_members"] == consistency["current_members"]
    out(
        f"  Check: today's members of the largest province from the history = {consistency['statistics_members']:,},"
        f" by tree path = {consistency['current_members']:,} -> {'consistent' if same else 'INCONSISTENT'}."
    )
    joined = stats["cases"][0].get("joined")
    if joined:
        case = stats["cases"][0]
        out(
            f"  The former query (joined to members_member for sex, ethnicity and Party date), {case['label']}:"
            f" p50 {joined['p50_ms']:.1f} ms vs {case['p50_ms']:.1f} ms now (ratio {joined['p50_ms'] / case['p50_ms']:.2f})."
        )

    # Member list.
    out("")
    member_list = result["member_list"]
    if "skipped" in member_list:
        out(f"Member list page: SKIPPED — {member_list['skipped']}")
        return
    out(f"Member list page (members:list, as a member-data clerk; target <= {TARGET_LIST_QUERIES} SQL queries):")
    for page in member_list["pages"]:
        if "error" in page:
            out(f"  {page['label']:<26} ERROR: {page['error']}")
            continue
        queries = page["queries"]
        sql_ms = 1000 * sum(seconds for _sql, seconds in queries)
        out(
            f"  {page['label']:<26} {page['members']:>6,} members  {len(queries):>3} queries ({sql_ms:6.1f} ms in SQL),"
            f" median {page['median_ms']:6.1f} ms  -> {verdict(len(queries) <= TARGET_LIST_QUERIES)}"
        )
    filters = member_list.get("subtree_filters", [])
    if filters:
        out(
            "  What if the union's subtree were a subquery of organisation ids"
            ' (organisation_id__in=Organisation.objects.filter(path__startswith=…).values("pk"))'
        )
        out(
            "  instead of a join on the path (organisation__path__startswith=…)? p50 ms of the list's two member queries:"
        )
        for row in filters:
            join, sub = row["join on path"], row["id subquery"]
            out(
                f"    {row['label']:<14} count {join['count']['p50_ms']:6.1f} -> {sub['count']['p50_ms']:6.1f},"
                f"  first page {join['page']['p50_ms']:6.1f} -> {sub['page']['p50_ms']:6.1f}"
            )
    shown_counts = set()
    for page in member_list["pages"]:
        if "queries" not in page or len(page["queries"]) in shown_counts:
            continue
        shown_counts.add(len(page["queries"]))
        out(f"  {page['label']}: its queries (ms, SQL):")
        for number, (sql, seconds) in enumerate(page["queries"], 1):
            out(f"    {number:>2}. {1000 * seconds:7.1f}  {textwrap.shorten(sql, 150)}")


if __name__ == "__main__":
    main()
