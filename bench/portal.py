"""
Performance figures of the congdoan portal, in one run.

Run it from the project directory (about two minutes; the first run also builds the
bench database, which took about 10 minutes on a 2-CPU machine):

    cd /work/main && .venv/bin/python bench/portal.py      # or: make bench

Options: --duration/--warmup (seconds of each wrk run, default 5 and 2), --connections
and --threads (wrk, default 8 and 2), --show-queries (list every page's SQL).

It prints figures and never fails on them: targets are shown next to the figures.

What it does
------------
1. Database. A bench-only SQLite database, bench/results/bench.sqlite3 (git-ignored;
   the developer's db.sqlite3 is never touched), with uploads in bench/results/media.
   `manage.py migrate` and `manage.py load_demo` run every time (no-ops when up to date);
   then 10,000 generated live articles are added (bench/seed.py) unless the database
   already holds them, so only the first run pays for seeding. Delete the file to rebuild.
2. SQL queries per page, measured in this process with django.test.Client and
   CaptureQueriesContext, page cache off, after one warm-up request (the site chrome is
   then in the cache, as on a server that has been up for a while). Also the median
   in-process time of one request (no HTTP server, no concurrency).
3. Throughput and latency over HTTP on 127.0.0.1, measured with wrk
   (`wrk -t2 -c8 -d5s --latency`, after a 2 s warm-up run) against:
     (a) "uncached"  - gunicorn, 2 sync workers, PORTAL_PAGE_CACHE=0: every request renders;
     (b) "cached"    - gunicorn, 2 sync workers, PORTAL_PAGE_CACHE=1: the anonymous page
                       cache answers (local-memory cache, so each worker fills its own);
     (c) "minimal"   - the (a) server answering /__bench__/<page>/: a trivial view returning
                       the very bytes of that page, through the same project and middleware
                       (bench/bench_urls.py). This is the baseline: what Django + gunicorn cost
                       with no page work at all;
     (d) "nginx"     - nginx (2 workers) serving the same bytes as a static file: what the
                       machine can do with no Python at all.
   Each figure is given as requests/s, p50 and p99 latency, and "x minimal": its
   requests/s divided by the minimal view's requests/s for the same bytes.
   All servers run side by side and each page's runs come back to back, in the order
   minimal, uncached, cached, nginx, minimal again; the baseline is the mean of the two
   minimal runs, and how far apart they were shows how noisy the machine was. The CPU
   use of other programs, sampled while the bench is idle, is printed too: other work on
   the machine (and wrk itself, on a small machine) takes CPU from the servers.
   With 8 connections on 2 sync workers a request mostly waits for a free worker, so the
   latencies under load include queueing; the search page is therefore also measured
   with 2 connections (one per worker), whose p50 is close to the time of one request.

Pages: the home page "/", the newest demo article, and the search "/tim-kiem/?q=dang+vien"
over the 10,000+ articles.

Targets (printed, not enforced): uncached article >= 0.15 x minimal; every cached page
>= 0.9 x minimal; search over 10,000 articles p50 <= 30 ms; article page <= 8 SQL queries.

Needs: wrk (apt install wrk); gunicorn (in the virtualenv); nginx is optional (skipped
with a message when absent). All traffic stays on 127.0.0.1; every wrk run has a fixed
duration; every process started here is stopped at the end, even after an error.
"""

import argparse
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
DB_PATH = RESULTS_DIR / "bench.sqlite3"
VENV_BIN = PROJECT_DIR / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
GUNICORN = str(VENV_BIN / "gunicorn")
WRK = shutil.which("wrk") or "/usr/bin/wrk"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

SEEDED_ARTICLES = 10_000  # generated articles the search runs over (plus the demo's)
SEARCH_PATH = "/tim-kiem/?q=dang+vien"
GUNICORN_WORKERS = 2

# Targets, printed next to the figures.
TARGET_UNCACHED_ARTICLE_RATIO = 0.15
TARGET_CACHED_RATIO = 0.9
TARGET_SEARCH_P50_MS = 30.0
TARGET_ARTICLE_QUERIES = 8

# The environment of every Django process of the bench (this one, manage.py, gunicorn).
BENCH_ENV = {
    "DJANGO_SETTINGS_MODULE": "bench.bench_settings",
    "DATABASE_URL": f"sqlite:///{DB_PATH}",
    "MEDIA_ROOT": str(RESULTS_DIR / "media"),
    "STATIC_ROOT": str(RESULTS_DIR / "static"),
    "CONGDOAN_VAR_DIR": str(RESULTS_DIR / "var"),
    "DEBUG": "0",
    "PORTAL_PAGE_CACHE": "0",  # this process measures uncached pages; the cached server sets 1
    "PYTHONPATH": str(PROJECT_DIR),
    "PYTHONDONTWRITEBYTECODE": "1",
}
# Local-memory cache, whatever the shell says: the figures must not depend on a Redis server.
UNSET_ENV = ("REDIS_URL",)


def log(message=""):
    print(message, flush=True)


# ---------------------------------------------------------------------------
# Database
# ---------------------------------------------------------------------------


def manage(*args):
    """Run `manage.py <args>` with the bench environment; returns its output."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=PROJECT_DIR, env=os.environ.copy(), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def count_live_articles():
    """Live articles in the bench database (0 if it is missing or not migrated), read with sqlite3."""
    if not DB_PATH.exists():
        return 0
    try:
        with sqlite3.connect(DB_PATH) as connection:
            return connection.execute(
                "SELECT count(*) FROM portal_articlepage a JOIN wagtailcore_page p ON p.id = a.page_ptr_id WHERE p.live"
            ).fetchone()[0]
    except sqlite3.Error:
        return 0


def prepare_database():
    """Migrate, load the demo and seed if needed. Returns a dict describing what was done."""
    RESULTS_DIR.mkdir(exist_ok=True)
    info = {"reused": False}
    started = time.perf_counter()
    manage("migrate", "--noinput", "-v", "0")
    manage("load_demo")
    info["migrate_load_seconds"] = time.perf_counter() - started

    import django

    django.setup()
    from bench import seed

    have = seed.seeded_count()
    if have >= SEEDED_ARTICLES:
        info["reused"] = True
        log(f"Database: reusing {DB_PATH} ({have} generated articles already there).")
    else:
        missing = SEEDED_ARTICLES - have
        log(f"Database: seeding {missing} articles into {DB_PATH} (once; later runs reuse it) …")
        info["seed"] = seed.seed_articles(missing, progress=log)
        from django.db import connection

        connection.close()
        with sqlite3.connect(DB_PATH) as db:  # fold the WAL back into the file
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    info["live_articles"] = count_live_articles()
    return info


# ---------------------------------------------------------------------------
# In-process measurements: which URLs, how many queries
# ---------------------------------------------------------------------------


def pick_pages():
    """The pages to measure: name -> path."""
    from bench.seed import SLUG_PREFIX
    from congdoan.portal.models import ArticlePage

    article = (
        ArticlePage.objects.live().exclude(slug__startswith=SLUG_PREFIX).order_by("-first_published_at").first()
        or ArticlePage.objects.live().first()
    )
    return {"home": "/", "article": article.url, "search": SEARCH_PATH}


def search_match_count():
    from congdoan.portal import article_search

    return article_search.count(article_search.query_words("dang vien"))


def measure_in_process(pages, repeats=20):
    """
    For each page: SQL queries of one uncached request (after a warm-up request) and the
    median time of `repeats` requests, all in this process with django.test.Client.
    """
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    assert not settings.PORTAL_PAGE_CACHE_ENABLED, "the in-process figures must be uncached"
    client = Client(HTTP_HOST="127.0.0.1")
    figures = {}
    for name, path in pages.items():
        response = client.get(path)  # warm-up: fills the site and chrome caches
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code} in process")
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        # Copied now: captured_queries reads the connection's log, which later requests reset.
        queries = [(query["sql"], float(query["time"])) for query in captured.captured_queries]
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            client.get(path)
            times.append(time.perf_counter() - t0)
        figures[name] = {
            "queries": queries,  # (sql, seconds)
            "median_ms": 1000 * statistics.median(times),
            "bytes": len(response.content),
        }
    connection.close()
    return figures


# ---------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------


def cpus_busy(seconds=1.0):
    """
    How many CPUs' worth of work the machine did over `seconds`, from /proc/stat (None if
    unavailable). Called while the bench itself is idle, it measures everybody else.
    """

    def sample():
        with open("/proc/stat") as stat:
            values = [int(value) for value in stat.readline().split()[1:]]
        idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
        return sum(values[:8]), idle

    try:
        total_before, idle_before = sample()
        time.sleep(seconds)
        total_after, idle_after = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = total_after - total_before
    return (os.cpu_count() or 1) * (1 - (idle_after - idle_before) / total) if total else None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(url, timeout=30):
    """(status, headers, body) of a GET, also for error statuses."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class Server:
    """A process started by the bench, stopped by its own id (and its own group) at the end."""

    def __init__(self, name, command, env, log_path, cwd=PROJECT_DIR):
        self.name = name
        self.log_path = log_path
        self.log_file = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self.log_file, stderr=subprocess.STDOUT, start_new_session=True
        )

    def wait_until_answering(self, url, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                status, _headers, _body = http_get(url, timeout=5)
                if status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer {url} within {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines=30):
        self.log_file.flush()
        return "\n".join(Path(self.log_path).read_text(errors="replace").splitlines()[-lines:])

    def stop(self):
        """SIGTERM (graceful for gunicorn and nginx masters), then SIGKILL to our group if needed."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.process.pid, signal.SIGKILL)  # the group this Popen created
                except ProcessLookupError:
                    pass
                self.process.wait(timeout=5)
        self.log_file.close()


def start_gunicorn(port, page_cache, pages_dir, log_dir):
    """gunicorn with the bench settings on 127.0.0.1:port; page cache on or off."""
    env = os.environ.copy()
    env.update({"PORTAL_PAGE_CACHE": "1" if page_cache else "0", "BENCH_PAGES_DIR": str(pages_dir)})
    name = f"gunicorn (page cache {'on' if page_cache else 'off'})"
    server = Server(
        name,
        [
            GUNICORN,
            "bench.bench_wsgi:application",
            "--workers",
            str(GUNICORN_WORKERS),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        env,
        log_dir / f"gunicorn-cache-{'on' if page_cache else 'off'}.log",
    )
    server.port = port
    return server


NGINX_CONF = """\
daemon off;
master_process on;
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/client_body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    types {{ text/html html; }}
    default_type application/octet-stream;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri =404; }}
    }}
}}
"""


def start_nginx(port, root, tmp):
    conf = tmp / "nginx.conf"
    conf.write_text(NGINX_CONF.format(tmp=tmp, port=port, root=root))
    command = [NGINX, "-p", f"{tmp}/", "-c", str(conf), "-e", str(tmp / "nginx-error.log")]
    server = Server("nginx", command, os.environ.copy(), tmp / "nginx-stdout.log", cwd=tmp)
    server.port = port
    return server


# ---------------------------------------------------------------------------
# wrk
# ---------------------------------------------------------------------------


@dataclass
class LoadFigures:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: str  # "" when every response was 2xx/3xx and no socket errors


def average(first, second):
    """The mean of two runs of the same thing."""
    return LoadFigures(
        (first.rps + second.rps) / 2,
        (first.p50_ms + second.p50_ms) / 2,
        (first.p99_ms + second.p99_ms) / 2,
        first.requests + second.requests,
        ", ".join(errors for errors in (first.errors, second.errors) if errors),
    )


_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _latency_ms(output, percent):
    # wrk --latency prints "    50%    1.23ms"; wrk2 prints " 50.000%    1.23ms": accept both.
    match = re.search(rf"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    if not match:
        raise RuntimeError(f"no {percent}% latency in wrk output:\n{output}")
    return float(match.group(1)) * _UNIT_MS[match.group(2)]


def drain(url):
    """
    Wait until the server has finished what the last wrk run left queued: a sync worker
    still renders the requests of connections wrk closed when its time was up, and those
    must not eat into the next run. Two probes in a row answered means the queue is empty.
    """
    for _ in range(2):
        http_get(url, timeout=120)


def run_wrk(url, args):
    """Warm up, then one measured wrk run; returns LoadFigures."""
    common = [f"-t{args.threads}", "--timeout", "10s"]
    subprocess.run(
        [WRK, *common, f"-c{args.connections}", f"-d{args.warmup}s", url],
        capture_output=True,
        timeout=args.warmup + 60,
        check=True,
    )
    drain(url)
    return measure_wrk(url, args, args.connections)


def measure_wrk(url, args, connections):
    result = subprocess.run(
        [
            WRK,
            f"-t{min(args.threads, connections)}",
            f"-c{connections}",
            f"-d{args.duration}s",
            "--timeout",
            "10s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=args.duration + 60,
    )
    output = result.stdout + result.stderr
    drain(url)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed on {url}:\n{output}")
    rps = float(re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE).group(1))
    requests = int(re.search(r"^\s*(\d+) requests in", output, re.MULTILINE).group(1))
    problems = []
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        problems.append(f"{match.group(1)} non-2xx")
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        kinds = zip(("connect", "read", "write", "timeout"), map(int, match.groups()), strict=True)
        problems += [f"{count} {kind} err" for kind, count in kinds if count]
    return LoadFigures(rps, _latency_ms(output, 50), _latency_ms(output, 99), requests, ", ".join(problems))


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def ratio(figures, baseline):
    return figures.rps / baseline.rps if figures and baseline and baseline.rps else None


def verdict(ok):
    return "OK" if ok else "MISSED"


def report(pages, in_process, load, db_info, nginx_note, args, total_seconds):
    lines = []
    out = lines.append
    out("")
    out("=" * 100)
    out("congdoan portal benchmark")
    out("=" * 100)
    out(
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; wrk -t{args.threads} "
        f"-c{args.connections} -d{args.duration}s --latency (after a {args.warmup} s warm-up); "
        f"gunicorn {GUNICORN_WORKERS} sync workers; local-memory cache; SQLite."
    )
    busy = [value for value in (load.get("busy-before"), load.get("busy-after")) if value is not None]
    if busy:
        out(
            f"Other work on the machine (measured while the bench was idle, just before and after the HTTP runs):"
            f" {' and '.join(f'{value:.2f}' for value in busy)} of {os.cpu_count()} CPUs busy"
            + (" — figures are noisy." if max(busy) > 0.3 else ".")
        )
    out(
        f'Database: {db_info["live_articles"]} live articles; search for "dang vien" matches '
        f"{db_info['search_matches']} of them."
    )
    if "seed" in db_info:
        seed = db_info["seed"]
        out(
            f"Seeding (this run): {seed['count']} articles in {seed['total_seconds']:.0f} s — add_child "
            f"{1000 * seed['add_child_seconds'] / seed['count']:.1f} ms, index_article "
            f"{1000 * seed['index_seconds'] / seed['count']:.1f} ms per article."
        )
    else:
        out("Seeding: none this run (reused bench/results/bench.sqlite3).")
    out("Pages: " + ", ".join(f"{name} = {path} ({in_process[name]['bytes']:,} bytes)" for name, path in pages.items()))
    out("")
    header = (
        f"{'page':<8} {'server':<34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'x minimal':>10}  {'target':<24} notes"
    )
    out(header)
    out("-" * len(header))
    kinds = [
        ("uncached", "(a) gunicorn, page cache off"),
        ("cached", "(b) gunicorn, page cache on"),
        ("minimal", "(c) minimal Django view, same bytes"),
        ("nginx", "(d) nginx static file, same bytes"),
    ]
    for name in pages:
        baseline = load.get((name, "minimal"))
        for kind, label in kinds:
            figures = load.get((name, kind))
            if figures is None:
                out(f"{name:<8} {label:<34} {'skipped':>9}")
                continue
            r = ratio(figures, baseline)
            notes = figures.errors or "-"
            if kind == "minimal":
                notes = f"mean of 2 runs, {100 * load[(name, 'minimal-spread')]:.0f}% apart" + (
                    f"; {figures.errors}" if figures.errors else ""
                )
            target = ""
            if kind == "uncached" and name == "article":
                target = f">= {TARGET_UNCACHED_ARTICLE_RATIO} {verdict(r >= TARGET_UNCACHED_ARTICLE_RATIO)}"
            elif kind == "cached":
                target = f">= {TARGET_CACHED_RATIO} {verdict(r >= TARGET_CACHED_RATIO)}"
            out(
                f"{name:<8} {label:<34} {figures.rps:>9.1f} {figures.p50_ms:>8.2f} {figures.p99_ms:>8.2f}"
                f" {r:>10.3f}  {target:<24} {notes}"
            )
        out("")
    search_c2 = load.get(("search", "uncached-c2"))
    if search_c2:
        out(
            f"search   (a) with 2 connections (1 per worker): {search_c2.rps:.1f} req/s, p50 {search_c2.p50_ms:.2f} ms,"
            f" p99 {search_c2.p99_ms:.2f} ms {'(' + search_c2.errors + ')' if search_c2.errors else ''}"
        )
    out("")
    out("Targets")
    uncached_search = load[("search", "uncached")]
    out(
        f"  search over {db_info['live_articles']} articles, uncached p50 <= {TARGET_SEARCH_P50_MS:.0f} ms:"
        f" {search_c2.p50_ms:.2f} ms with 1 connection per worker -> {verdict(search_c2.p50_ms <= TARGET_SEARCH_P50_MS)};"
        f" {uncached_search.p50_ms:.2f} ms with {args.connections} connections (includes queueing)"
        f" -> {verdict(uncached_search.p50_ms <= TARGET_SEARCH_P50_MS)}"
    )
    article_queries = len(in_process["article"]["queries"])
    out(
        f"  article page SQL queries <= {TARGET_ARTICLE_QUERIES}: {article_queries}"
        f" -> {verdict(article_queries <= TARGET_ARTICLE_QUERIES)}"
    )
    out("")
    out("In process (django.test.Client, page cache off, after one warm-up request):")
    for name in pages:
        figures = in_process[name]
        sql_ms = 1000 * sum(seconds for _sql, seconds in figures["queries"])
        out(
            f"  {name:<8} {len(figures['queries']):>3} SQL queries ({sql_ms:.1f} ms in SQL),"
            f" median {figures['median_ms']:.2f} ms per request"
        )
    for name in pages:
        queries = in_process[name]["queries"]
        if args.show_queries or (name == "article" and len(queries) > TARGET_ARTICLE_QUERIES):
            out(f"  {name} page queries (ms, SQL):")
            for number, (sql, seconds) in enumerate(queries, 1):
                out(f"    {number:>2}. {1000 * seconds:6.1f}  {textwrap.shorten(sql, 140)}")
    if nginx_note:
        out(nginx_note)
    out("")
    out(f"Whole run: {total_seconds:.0f} s.")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of each measured wrk run (default 5)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of the warm-up run before each (default 2)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--show-queries", action="store_true", help="list the SQL of every page, not only above target")
    return parser.parse_args()


def stop_on_signal(signum, _frame):
    """SIGTERM or SIGHUP: unwind like Ctrl+C, so the `finally` below stops the servers."""
    raise KeyboardInterrupt(f"signal {signum}")


def main():
    args = parse_args()
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop_on_signal)
    started = time.perf_counter()
    if not Path(WRK).exists():
        sys.exit("wrk is not installed (apt install wrk): no figures.")
    if not Path(GUNICORN).exists():
        sys.exit(f"gunicorn is not installed in the virtualenv ({GUNICORN}): no figures.")

    # Every Django process of the bench (this one included) uses the bench settings and database.
    os.chdir(PROJECT_DIR)
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.update(BENCH_ENV)
    for name in UNSET_ENV:
        os.environ.pop(name, None)

    db_info = prepare_database()
    db_info["search_matches"] = search_match_count()
    pages = pick_pages()
    log(f"Pages: {pages}")
    log("Counting queries in process …")
    in_process = measure_in_process(pages)

    load = {}
    servers = []
    nginx_note = ""
    tmp = Path(tempfile.mkdtemp(prefix="congdoan-bench-"))
    try:
        pages_dir = tmp / "www"  # the page bytes: read by the minimal view and served by nginx
        pages_dir.mkdir()
        # nginx workers may run as another user (nobody): let them read the pages.
        tmp.chmod(0o755)
        pages_dir.chmod(0o755)

        # All servers run side by side (an idle one costs no CPU), so that each page's
        # figures can be taken back to back: this machine may be busy with other work,
        # and a baseline measured minutes apart from its page would not be comparable.
        uncached = start_gunicorn(free_port(), page_cache=False, pages_dir=pages_dir, log_dir=tmp)
        servers.append(uncached)
        cached = start_gunicorn(free_port(), page_cache=True, pages_dir=pages_dir, log_dir=tmp)
        servers.append(cached)
        nginx = None
        if NGINX is None:
            nginx_note = "nginx: SKIPPED — not installed"
            log(nginx_note)
        else:
            nginx = start_nginx(free_port(), pages_dir, tmp)
            servers.append(nginx)
        uncached_base = f"http://127.0.0.1:{uncached.port}"
        cached_base = f"http://127.0.0.1:{cached.port}"
        uncached.wait_until_answering(uncached_base + "/robots.txt")
        cached.wait_until_answering(cached_base + "/robots.txt")

        # The bytes of each page, as the uncached server renders them: the minimal view
        # and nginx serve exactly these.
        for name, path in pages.items():
            status, headers, body = http_get(uncached_base + path)
            if status != 200 or headers.get("X-Page-Cache"):
                raise RuntimeError(f"{path}: status {status}, X-Page-Cache {headers.get('X-Page-Cache')}")
            (pages_dir / f"{name}.html").write_bytes(body)
            (pages_dir / f"{name}.html").chmod(0o644)
            status, _headers, minimal = http_get(f"{uncached_base}/__bench__/{name}/")
            if status != 200 or minimal != body:
                raise RuntimeError(f"the minimal view for {name} did not return the page's bytes ({status})")
        if nginx:
            nginx_base = f"http://127.0.0.1:{nginx.port}"
            nginx.wait_until_answering(nginx_base + "/home.html")
            for name in pages:
                status, _headers, body = http_get(f"{nginx_base}/{name}.html")
                if status != 200 or body != (pages_dir / f"{name}.html").read_bytes():
                    raise RuntimeError(f"nginx did not serve {name}.html ({status})")

        load["busy-before"] = cpus_busy()  # other work on the machine skews the figures
        for name, path in pages.items():
            minimal_url = f"{uncached_base}/__bench__/{name}/"
            # The baseline is measured before and after the page's own runs; the report
            # uses their mean and shows how far apart they were (a sign of noise).
            log(f"wrk: {name}: minimal view …")
            first_minimal = run_wrk(minimal_url, args)
            log(f"wrk: {name}: uncached …")
            load[(name, "uncached")] = run_wrk(uncached_base + path, args)
            log(f"wrk: {name}: cached …")
            # Each worker has its own local-memory cache: a short run makes both store the page.
            subprocess.run([WRK, "-t2", "-c4", "-d1s", cached_base + path], capture_output=True, timeout=60, check=True)
            drain(cached_base + path)
            status, headers, _body = http_get(cached_base + path)
            if status != 200 or headers.get("X-Page-Cache") != "hit":
                raise RuntimeError(
                    f"{path} was not served from the page cache (X-Page-Cache {headers.get('X-Page-Cache')})"
                )
            load[(name, "cached")] = run_wrk(cached_base + path, args)
            if nginx:
                log(f"wrk: {name}: nginx …")
                load[(name, "nginx")] = run_wrk(f"{nginx_base}/{name}.html", args)
            log(f"wrk: {name}: minimal view again …")
            second_minimal = run_wrk(minimal_url, args)
            load[(name, "minimal")] = average(first_minimal, second_minimal)
            load[(name, "minimal-spread")] = abs(first_minimal.rps - second_minimal.rps) / load[(name, "minimal")].rps
        log("wrk: search uncached, one connection per worker …")
        load[("search", "uncached-c2")] = measure_wrk(uncached_base + pages["search"], args, GUNICORN_WORKERS)
        drain(uncached_base + pages["search"])
        load["busy-after"] = cpus_busy()
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    text = report(pages, in_process, load, db_info, nginx_note, args, time.perf_counter() - started)
    print(text, flush=True)
    (RESULTS_DIR / "last-run.txt").write_text(text + "\n")


if __name__ == "__main__":
    main()
