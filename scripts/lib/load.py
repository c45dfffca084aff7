"""The load of scripts/load.sh: concurrent writers, each on its own action, and dashboard readers, then a read-back.

Environment: PORTS (one or two ports, space-separated: requests alternate between them), TOKEN (a demo coordinator),
WRITERS (50), READERS (4), DURATION (60 s). Prints the figures; exit status 1 when a request failed or a write is missing.
"""
import datetime
import os
import sys
import threading
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clsapi import Client  # noqa: E402

PORTS = [int(p) for p in os.environ["PORTS"].split()]
TOKEN = os.environ["TOKEN"]
WRITERS = int(os.environ.get("WRITERS", "50"))
READERS = int(os.environ.get("READERS", "4"))
DURATION = float(os.environ.get("DURATION", "60"))
EXPECTED = {"note": 201, "progress": 200, "value": 201, "dashboard": 200}

lock = threading.Lock()
latencies = defaultdict(list)  # kind → seconds of the answered requests
errors = Counter()  # (kind, status or exception) → count


def clients():
    return [Client(p, TOKEN, timeout=60) for p in PORTS]


def timed(kind, call):
    try:
        r = call()
    except Exception as e:  # a timeout, a reset: an error of that kind, the loop goes on
        with lock:
            errors[(kind, type(e).__name__)] += 1
        return None
    with lock:
        latencies[kind].append(r.seconds)
        if r.status != EXPECTED[kind]:
            errors[(kind, r.status)] += 1
    return r


def expect(r, status, what):
    if r.status != status:
        raise SystemExit(f"setup: {what}: {r}")
    return r


class Writer:
    def __init__(self, n, action, etag, indicator):
        self.n, self.action, self.etag, self.indicator = n, action, etag, indicator
        self.version0 = int(etag.strip('W/"'))
        self.notes = self.values = self.patches = 0
        self.progress = None  # the last progress acknowledged
        self.day = datetime.date(2000, 1, 1)

    def run(self, deadline):
        cs = clients()
        i = 0
        while time.monotonic() < deadline:
            c = cs[i % len(cs)]  # alternately on each instance: the ETag of one is sent to the other
            op = i % 3
            i += 1
            if op == 0:
                text = f"Load note {self.n}-{self.notes + 1}"
                r = timed("note", lambda: c.post(f"/api/v1/actions/{self.action}/notes", {"text": text}))
                if r is not None and r.status == 201:
                    self.notes += 1
            elif op == 1:
                progress = (self.patches % 99) + 1
                r = timed("progress", lambda: c.patch(f"/api/v1/actions/{self.action}", {"progress": progress}, self.etag))
                if r is not None and r.status == 200:
                    self.patches += 1
                    self.progress = progress
                    self.etag = r.header("etag")
                elif r is not None:  # refresh, so that one failure does not make every later PATCH fail
                    g = c.get(f"/api/v1/actions/{self.action}")
                    if g.status == 200:
                        self.etag = g.header("etag")
            else:
                day = self.day.isoformat()
                r = timed("value", lambda: c.post(f"/api/v1/indicators/{self.indicator}/measurements",
                                                  {"date": day, "value": self.values + 1}))
                if r is not None and r.status == 201:
                    self.values += 1
                    self.day += datetime.timedelta(days=1)
                elif r is not None and r.status == 409:
                    self.day += datetime.timedelta(days=1)
        for c in cs:
            c.close()


def reader(cid, deadline, n):
    cs = clients()
    i = n
    while time.monotonic() < deadline:
        c = cs[i % len(cs)]
        i += 1
        timed("dashboard", lambda: c.get(f"/api/v1/contracts/{cid}/dashboard"))
    for c in cs:
        c.close()


def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else 0.0


def main():
    setup = clients()
    for c in setup:
        expect(c.get("/api/v1/me"), 200, "me")
    main_c = setup[0]
    contracts = expect(main_c.get("/api/v1/contracts?size=200"), 200, "contracts").json()["items"]
    cid = next(c["id"] for c in contracts if c["name"] == "CLS 2 du Grand Quercy")
    demo = expect(main_c.get(f"/api/v1/actions?contractId={cid}&size=200"), 200, "actions").json()["items"]
    objective = demo[0]["objectiveId"]
    t0 = time.monotonic()
    writers = []
    for n in range(1, WRITERS + 1):  # each writer its own new action (no demo notes nor values: counts start at 0)
        a = expect(main_c.post("/api/v1/actions", {"objectiveId": objective, "title": f"Load writer {n}", "status": "IN_PROGRESS",
                                                   "progress": 0}), 201, "create an action")
        ind = expect(main_c.post(f"/api/v1/actions/{a.json()['id']}/indicators", {
            "name": f"Load values {n}", "kind": "PROCESS", "unit": "u", "direction": "INCREASE",
            "target": {"value": 1000000, "date": "2099-12-31"}, "frequency": "MONTHLY"}), 201, "create an indicator").json()
        etag = expect(main_c.get(f"/api/v1/actions/{a.json()['id']}"), 200, "read the action").header("etag")
        writers.append(Writer(n, a.json()["id"], etag, ind["id"]))
    print(f"setup: {WRITERS} actions with an indicator created in {time.monotonic() - t0:.1f} s; "
          f"{WRITERS} writers and {READERS} dashboard readers for {DURATION:.0f} s on port(s) {' '.join(map(str, PORTS))}",
          flush=True)

    deadline = time.monotonic() + DURATION
    threads = [threading.Thread(target=w.run, args=(deadline,)) for w in writers]
    threads += [threading.Thread(target=reader, args=(cid, deadline, n)) for n in range(READERS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - start

    print(f"\nRequests served in {elapsed:.1f} s (latency of answered requests):")
    print(f"  {'kind':<10} {'answered':>9} {'per s':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    total = 0
    for kind in ("note", "progress", "value", "dashboard"):
        v = latencies[kind]
        total += len(v)
        print(f"  {kind:<10} {len(v):>9} {len(v) / elapsed:>7.1f} {pct(v, 50) * 1000:>8.1f} {pct(v, 99) * 1000:>8.1f} "
              f"{(max(v) if v else 0) * 1000:>8.1f}")
    print(f"  {'all':<10} {total:>9} {total / elapsed:>7.1f}")
    print("Errors by kind and status: " + (", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(errors.items(), key=str))
                                           if errors else "none"))

    # read back, on every instance: each acknowledged write is there, nothing else
    notes = sum(w.notes for w in writers)
    values = sum(w.values for w in writers)
    patches = sum(w.patches for w in writers)
    acked = notes + values + patches
    found_by_port = []
    missing = []
    for c in clients():
        found = 0
        for w in writers:
            got_notes = len(expect(c.get(f"/api/v1/actions/{w.action}/notes"), 200, "read back notes").json())
            got_values = len(expect(c.get(f"/api/v1/indicators/{w.indicator}/measurements"), 200, "read back values").json())
            a = expect(c.get(f"/api/v1/actions/{w.action}"), 200, "read back the action")
            # the PATCHes are all there when the action shows the last one acknowledged and one version more per PATCH
            progress_ok = w.progress is None or (a.json()["progress"] == w.progress and a.header("etag") == w.etag)
            version_ok = a.json()["version"] == w.version0 + w.patches
            found += got_notes + got_values + (w.patches if progress_ok and version_ok else 0)
            if got_notes != w.notes or got_values != w.values or not (progress_ok and version_ok):
                missing.append(f"writer {w.n} on port {c.port}: notes {got_notes}/{w.notes}, values {got_values}/{w.values}, "
                               f"progress {a.json()['progress']} v{a.json()['version']} / acknowledged {w.progress} "
                               f"after {w.patches} PATCHes from v{w.version0}")
        found_by_port.append(f"{found} on port {c.port}")
        c.close()
    print(f"Writes acknowledged: {acked} ({notes} notes, {patches} progress PATCHes, {values} values); found by reading back: "
          + ", ".join(found_by_port))
    for m in missing[:10]:
        print("  MISSING " + m)
    return 1 if errors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
