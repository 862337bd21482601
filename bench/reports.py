"""
Performance figures of terms, targets, the Party pipeline and the term report
(issue "Congress terms, targets, the Party-development pipeline, emulation and
reports", section Performance), in one run.

    cd /work/main && .venv/bin/python bench/reports.py          # or: make bench
    .venv/bin/python bench/reports.py --db postgresql            # one database only
    .venv/bin/python bench/reports.py --regenerate               # add the bench's rows again

Options: --db sqlite|postgresql|both (default both), --runs N (timed runs of each
case, default 15), --pg-url (the PostgreSQL server, default $REGISTRY_PG_URL or
postgres://postgres@127.0.0.1:5432), --regenerate (remove and add again the rows
below; the registry itself is regenerated only by bench/registry.py --regenerate).

It prints figures and never fails on them: targets are shown next to the figures.
The report is also written to bench/results/reports-last-run.txt.

For each database, in a child process of its own (settings bench.registry_settings):

1. Database: the registry bench's generated database (bench/registry.py: PostgreSQL
   database `congdoan_bench_registry`, SQLite bench/results/registry.sqlite3; the
   developer's databases are never touched), generated first if it is not there
   (a few minutes), migrated forward otherwise. On it, once, bench/reports_generate.py
   adds 100,000 Party candidacies with stage dates and the term 2023–2028 of every
   province and grassroots union with targets, quotas and hand-entered results
   (recorded in the table bench_reports_meta; added again when its version changes).
2. The term report (congdoan.reports.selectors.term_report) of a province with about
   1,200 grassroots unions under it, on the data's last day: p50/p95. Target: p50
   <= 1 s on PostgreSQL. Its .docx (congdoan.reports.documents.docx.report_docx),
   the report computed and the document built: p50, target <= 3 s; and the
   document alone.
3. The achievement ranking of all grassroots unions of that province
   (congdoan.plans.selectors.achievement_ranking): p50, target <= 1 s.
4. SQL queries of one term report, for that province and for a much smaller one
   (they must be equal: queries do not grow with the number of units).
5. Baselines in the same run: congdoan.members.selectors.statistics_on for the same
   province and day (the report's member figures), and `SELECT count(*) FROM
   party_candidate` (100,000 rows).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import textwrap
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))

from bench import registry  # noqa: E402  (the cached database, child environment, timing helpers)

RESULTS_DIR = registry.RESULTS_DIR
LABELS = registry.LABELS
META_TABLE = "bench_reports_meta"
TARGET_REPORT_MS = 1000.0
TARGET_DOCX_MS = 3000.0
TARGET_RANKING_MS = 1000.0
WANTED_GRASSROOTS = 1_200


log = registry.log


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--regenerate", action="store_true", help="remove and add again the bench's rows")
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each case")
    parser.add_argument("--pg-url", default=registry.PG_SERVER, help="PostgreSQL server (without database name)")
    parser.add_argument("--child", choices=registry.DATABASES, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main():
    args = parse_args()
    if args.child:
        return child_main(args)
    started = time.perf_counter()
    RESULTS_DIR.mkdir(exist_ok=True)
    databases = registry.DATABASES if args.db == "both" else (args.db,)
    results = {}
    for db in databases:
        if db == "postgresql" and not registry.postgres_answers(args.pg_url):
            results[db] = {"skipped": f"no PostgreSQL server answers at {args.pg_url}"}
            log(f"PostgreSQL: SKIPPED — no server answers at {args.pg_url}")
            continue
        out = RESULTS_DIR / f"reports-{db}.json"
        out.unlink(missing_ok=True)
        command = [registry.PYTHON, str(Path(__file__).resolve()), "--child", db, "--runs", str(args.runs),
                   "--pg-url", args.pg_url] + (["--regenerate"] if args.regenerate else [])  # fmt: skip
        log(f"== {LABELS[db]} ==")
        completed = subprocess.run(command, cwd=PROJECT_DIR, env=registry.child_environment(db, args))
        if completed.returncode != 0 or not out.exists():
            results[db] = {"skipped": f"the {LABELS[db]} run failed (exit code {completed.returncode}); see above"}
            continue
        results[db] = json.loads(out.read_text())
    text = report(results, time.perf_counter() - started)
    print(text, flush=True)
    (RESULTS_DIR / "reports-last-run.txt").write_text(text + "\n")


# ===========================================================================
# Child: one database
# ===========================================================================


def child_main(args):
    os.chdir(PROJECT_DIR)
    import django

    django.setup()
    db = args.child
    # The registry's own preparation: reuse, migrate forward or generate (never --regenerate from here).
    registry_args = registry.parse_args(["--db", db, "--pg-url", args.pg_url])
    results = {"db": db, "started": datetime.datetime.now().isoformat(timespec="seconds")}
    results["registry"] = registry.prepare_database(db, registry_args)
    results["data"] = prepare_reports_data(args)
    results["environment"] = registry.describe_environment(db)
    from bench.portal import cpus_busy

    results["busy"] = [cpus_busy()]
    results["figures"] = measure(args)
    results["busy"].append(cpus_busy())
    (RESULTS_DIR / f"reports-{db}.json").write_text(json.dumps(results, indent=1, default=str))


def read_meta():
    from django.db import DatabaseError, connection

    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT version, generated_at, figures FROM {META_TABLE}")
            row = cursor.fetchone()
    except DatabaseError:
        connection.close()
        return None
    if row is None:
        return None
    return {"version": row[0], "generated_at": row[1], "figures": json.loads(row[2])}


def write_meta(version, figures):
    from django.db import connection, transaction

    generated_at = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (version integer NOT NULL,"
                       " generated_at varchar(32) NOT NULL, figures text NOT NULL)")  # fmt: skip
        cursor.execute(f"DELETE FROM {META_TABLE}")
        cursor.execute(f"INSERT INTO {META_TABLE} (version, generated_at, figures) VALUES (%s, %s, %s)",
                       [version, generated_at, json.dumps(figures)])  # fmt: skip


def prepare_reports_data(args):
    from django.db import connection

    from bench import registry_generate, reports_generate

    version = reports_generate.REPORTS_GENERATOR_VERSION
    meta = None if args.regenerate else read_meta()
    if meta is not None and meta["version"] == version:
        log(f"Reports data: reusing the candidates and terms added on {meta['generated_at']}.")
        return {"action": "reused", **meta}
    log("Reports data: adding 100,000 candidates and the terms of provinces and grassroots unions …")
    reports_generate.remove(log=log)
    figures = reports_generate.generate(registry_generate.AS_OF, log=log)
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    figures["analyse_seconds"] = time.perf_counter() - t0
    write_meta(version, figures)
    log(f"  added in {figures['total_seconds']:.0f} s")
    return {"action": "generated", **read_meta()}


def provinces_to_measure():
    """The active province whose grassroots unions number closest to WANTED_GRASSROOTS, and the smallest one."""
    from django.db.models import Count
    from django.db.models.functions import Substr

    from congdoan.unions.models import Organisation

    counts = (
        Organisation.objects.filter(level="grassroots", status="active")
        .annotate(province_path=Substr("path", 1, 2 * Organisation.steplen))
        .values("province_path")
        .annotate(grassroots=Count("id"))
        .order_by()
    )
    by_path = {row["province_path"]: row["grassroots"] for row in counts}
    provinces = [p for p in Organisation.objects.filter(level="province", status="active") if by_path.get(p.path)]
    main = min(provinces, key=lambda p: (abs(by_path[p.path] - WANTED_GRASSROOTS), p.path))
    small = min(provinces, key=lambda p: (by_path[p.path], p.path))
    return (main, by_path[main.path]), (small, by_path[small.path])


def measure(args):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench import registry_generate
    from congdoan.members.selectors import statistics_on
    from congdoan.plans.models import Term
    from congdoan.plans.selectors import achievement_ranking
    from congdoan.reports.documents.docx import report_docx
    from congdoan.reports.selectors import term_report

    day = registry_generate.AS_OF
    (province, grassroots), (small, small_grassroots) = provinces_to_measure()
    term = Term.objects.get(organisation=province, starts_on__lte=day, ends_on__gte=day)
    small_term = Term.objects.get(organisation=small, starts_on__lte=day, ends_on__gte=day)
    runs, budget = args.runs, 30
    figures = {
        "day": day.isoformat(), "province": province.name, "grassroots": grassroots,
        "small_province": small.name, "small_grassroots": small_grassroots,
    }  # fmt: skip
    log(
        f"Measuring on {day:%d/%m/%Y}: {province.name} ({grassroots:,} grassroots unions) and"
        f" {small.name} ({small_grassroots:,}) …"
    )

    def report():
        return term_report(province, term, day)

    sample = report()
    figures["report"] = registry.summary(registry.time_runs(report, runs, budget))
    figures["report_figures"] = {
        "members": sample.members, "party_members": sample.party_members, "units": len(sample.units),
        "targets": len(sample.targets), **{name: sample.pipeline[name] for name in ("identified", "introduced", "admitted", "in_procedure")},
        "introduced_target": next((f"{row.actual} / {row.goal} ({row.achieved_percent}%)" for row in sample.targets
                                   if row.target.indicator == "party_introduced"), "-"),
    }  # fmt: skip
    log(f"  term report: p50 {figures['report']['p50_ms']:.0f} ms")

    data, _name = report_docx(sample)
    figures["docx_bytes"] = len(data)
    figures["docx"] = registry.summary(registry.time_runs(lambda: report_docx(report()), max(5, runs // 2), budget))
    figures["docx_only"] = registry.summary(registry.time_runs(lambda: report_docx(sample), max(5, runs // 2), budget))
    log(f"  .docx (report + document): p50 {figures['docx']['p50_ms']:.0f} ms")

    ranking = achievement_ranking(province, day=day)
    figures["ranking_units"] = len(ranking)
    figures["ranking_ranked"] = sum(1 for entry in ranking if entry.rank is not None)
    figures["ranking"] = registry.summary(
        registry.time_runs(lambda: achievement_ranking(province, day=day), runs, budget)
    )
    with CaptureQueriesContext(connection) as queries:
        achievement_ranking(province, day=day)
    figures["ranking_queries"] = len(queries)
    log(f"  achievement ranking of {len(ranking):,} units: p50 {figures['ranking']['p50_ms']:.0f} ms")

    query_counts = {}
    for label, organisation, its_term in (("main", province, term), ("small", small, small_term)):
        term_report(organisation, its_term, day)  # warm: per-process caches (content types…) are not counted
        with CaptureQueriesContext(connection) as queries:
            term_report(organisation, its_term, day)
        query_counts[label] = {
            "queries": len(queries),
            "sql_ms": 1000 * sum(float(q["time"]) for q in queries.captured_queries),
        }
    figures["queries"] = query_counts
    term_report(province, term, day)
    with CaptureQueriesContext(connection) as queries:
        term_report(province, term, day)
    slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:6]
    figures["slowest_queries"] = [(1000 * float(q["time"]), q["sql"]) for q in slowest]
    figures["ranking_term_starts"] = (
        Term.objects.filter(organisation__path__startswith=province.path, organisation__level="grassroots")
        .values("starts_on")
        .distinct()
        .count()
    )
    figures["small_report"] = registry.summary(
        registry.time_runs(lambda: term_report(small, small_term, day), runs, budget)
    )

    figures["statistics"] = registry.summary(registry.time_runs(lambda: statistics_on(province, day), runs, budget))

    def count_candidates():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM party_candidate")
            return cursor.fetchone()[0]

    figures["candidates"] = count_candidates()
    figures["count_all"] = registry.summary(registry.time_runs(count_candidates, runs, 5))
    return figures


# ===========================================================================
# Report
# ===========================================================================


def verdict(ok):
    return "OK" if ok else "MISSED"


def report(results, total_seconds):
    return registry.framed_report(
        "congdoan reports benchmark — terms, targets, the Party pipeline and the term report",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}.",
        results,
        total_seconds,
        report_database,
        busy_sampled="sampled 1 s before and after the measurements",
    )


def report_database(out, db, result):
    registry_info = result["registry"]
    counts = registry_info["figures"]
    when = "this run" if registry_info["action"] == "generated" else f"on {registry_info['generated_at']}, reused"
    out(f"Registry database: generated {when} (generation {counts.get('total_seconds', 0):.0f} s).")
    data = result["data"]
    added = data["figures"]
    when = "this run" if data["action"] == "generated" else f"on {data['generated_at']}, reused"
    out(
        f"Reports data (added {when}, in {added['total_seconds']:.0f} s): {added['candidates']:,} candidates,"
        f" {added['terms']:,} terms, {added['targets']:,} targets, {added['quotas']:,} quotas,"
        f" {added['manual_results']:,} results entered by hand."
    )
    f = result["figures"]
    day = datetime.date.fromisoformat(f["day"])
    out("")
    out(f"Province measured: {f['province']} — {f['grassroots']:,} grassroots unions; day {day:%d/%m/%Y}.")
    rf = f["report_figures"]
    out(
        f"  its report: {rf['members']:,} members, {rf['party_members']:,} Party members, {rf['units']} unit rows,"
        f" {rf['targets']} targets; candidates identified {rf['identified']:,}, introduced {rf['introduced']:,},"
        f" admitted {rf['admitted']:,}, in procedure {rf['in_procedure']:,}; introduction target {rf['introduced_target']}."
    )
    on_pg = db == "postgresql"

    def line(label, summary, target_ms=None, note=""):
        target = (
            f"target <= {target_ms / 1000:.0f} s {verdict(summary['p50_ms'] <= target_ms)}"
            if target_ms and on_pg
            else ("(target on PostgreSQL)" if target_ms else "")
        )
        out(
            f"  {label:<58} p50 {summary['p50_ms']:9.2f} ms  p95 {summary['p95_ms']:9.2f} ms  ({summary['runs']:>2} runs)"
            f"  {target}{note}"
        )

    out("")
    line("term_report(province, term, day)", f["report"], TARGET_REPORT_MS)
    line(".docx: term_report + report_docx", f["docx"], TARGET_DOCX_MS, f"  [{f['docx_bytes'] / 1024:.0f} KB]")
    line("  of which report_docx alone", f["docx_only"])
    line(
        f"achievement_ranking(province): {f['ranking_units']:,} units",
        f["ranking"],
        TARGET_RANKING_MS,
        f"  [{f['ranking_ranked']:,} ranked, {f['ranking_queries']} queries]",
    )
    line(f"term_report of {f['small_province']} ({f['small_grassroots']:,} grassroots)", f["small_report"])
    out("  Baselines, same run:")
    ratio = f["report"]["p50_ms"] / f["statistics"]["p50_ms"] if f["statistics"]["p50_ms"] else float("nan")
    line("statistics_on(province, day)", f["statistics"], note=f"  report / statistics = {ratio:.1f}")
    ratio = f["report"]["p50_ms"] / f["count_all"]["p50_ms"] if f["count_all"]["p50_ms"] else float("nan")
    line(
        f"SELECT count(*) FROM party_candidate ({f['candidates']:,})",
        f["count_all"],
        note=f"  report / count(*) = {ratio:.1f}",
    )
    q = f["queries"]
    same = q["main"]["queries"] == q["small"]["queries"]
    out("")
    out(
        f"SQL queries of one term report: {f['province']} ({f['grassroots']:,} grassroots) {q['main']['queries']}"
        f" ({q['main']['sql_ms']:.0f} ms in SQL); {f['small_province']} ({f['small_grassroots']:,}) {q['small']['queries']}"
        f" ({q['small']['sql_ms']:.0f} ms) -> {'equal' if same else 'DIFFERENT'} (must not grow with the units)"
        f" {verdict(same)}"
    )
    out(f"  The slowest queries of the {f['province']} report (ms, SQL):")
    for ms, sql in f["slowest_queries"]:
        out(f"    {ms:8.1f}  {textwrap.shorten(sql, 160)}")
    out(
        f"Achievement ranking: {f['ranking_queries']} SQL queries for {f['ranking_units']:,} units; their terms start on"
        f" {f['ranking_term_starts']} different days (computed indicators are batched per indicator and term span)."
    )


if __name__ == "__main__":
    main()
