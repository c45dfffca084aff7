"""The mixed scenario of scripts/two-instances.sh, driven alternately against instances A and B (same database).

Environment: PORT_A, PORT_B, TOKEN (a demo coordinator), PROBE_TOKEN (another account, for the rate limit),
RATE_LIMIT (the account budget the apps were given). Prints one line per check; exit status 1 when one failed.
"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clsapi import Client, small_pdf  # noqa: E402

A = Client(int(os.environ["PORT_A"]), os.environ["TOKEN"])
B = Client(int(os.environ["PORT_B"]), os.environ["TOKEN"])
results = []


def report(name, ok, detail):
    results.append((name, ok))
    print(f"  {'passed' if ok is True else 'FAILED' if ok is False else 'skipped'}  {name}: {detail}", flush=True)


class CheckFailed(Exception):
    pass


def expect(resp, *statuses):
    if resp.status not in statuses:
        raise CheckFailed(f"expected {statuses}, got {resp}")
    return resp


def check(name):
    def wrap(fn):
        def run(*args):
            try:
                detail = fn(*args)
                if detail is None:
                    return
                ok, text = detail
                report(name, ok, text)
            except CheckFailed as e:
                report(name, False, str(e))
            except Exception as e:  # a broken connection, a bad body: a failure of this check, not of the script
                report(name, False, f"{type(e).__name__}: {e}")
        return run
    return wrap


def setup():
    for c in (A, B):  # claims the demo coordinator's seat (by verified email) on the first instance, nothing on the second
        expect(c.get("/api/v1/me"), 200)
    contracts = expect(B.get("/api/v1/contracts?size=200"), 200).json()["items"]
    demo = [c for c in contracts if c["name"] == "CLS 2 du Grand Quercy"]
    if len(demo) != 1:
        raise CheckFailed(f"the coordinator reads {len(demo)} demo contracts 'CLS 2 du Grand Quercy'")
    cid = demo[0]["id"]
    actions = expect(A.get(f"/api/v1/actions?contractId={cid}&size=200"), 200).json()["items"]
    sport = next(a for a in actions if a["title"] == "Sport santé sur ordonnance")
    return cid, sport


def axis_progress(dashboard, axis_id):
    return next(a["progress"] for a in dashboard["axes"] if a["axisId"] == axis_id)


@check("writes on A read on B at once (note, PATCH If-Match, measurement; dashboard cache)")
def writes_cross(cid, action):
    aid = action["id"]
    before = expect(B.get(f"/api/v1/contracts/{cid}/dashboard"), 200).json()  # B caches it at the current revision
    expect(B.get(f"/api/v1/contracts/{cid}/dashboard"), 200)
    problems = []

    text = f"Note written on A at {time.time():.3f}"
    expect(A.post(f"/api/v1/actions/{aid}/notes", {"text": text}), 201)
    if not any(n["text"] == text for n in expect(B.get(f"/api/v1/actions/{aid}/notes"), 200).json()):
        problems.append("the note written on A is not listed on B")

    ra = expect(A.get(f"/api/v1/actions/{aid}"), 200)
    target = 95 if ra.json()["progress"] != 95 else 5
    pa = expect(A.patch(f"/api/v1/actions/{aid}", {"progress": target}, ra.header("etag")), 200)
    rb = expect(B.get(f"/api/v1/actions/{aid}"), 200)
    if rb.json()["progress"] != target or rb.header("etag") != pa.header("etag"):
        problems.append(f"B reads progress {rb.json()['progress']} ETag {rb.header('etag')}, A answered {target} {pa.header('etag')}")

    indicators = expect(A.get(f"/api/v1/actions/{aid}/indicators"), 200).json()
    if not indicators:
        raise CheckFailed("the demo action has no indicator")
    iid = indicators[0]["id"]
    day = "2019-06-30"  # one value per indicator and date: a date the demo data leaves free (the database is new)
    m = expect(A.post(f"/api/v1/indicators/{iid}/measurements", {"date": day, "value": 123.5, "comment": "from A"}), 201).json()
    if not any(v["id"] == m["id"] for v in expect(B.get(f"/api/v1/indicators/{iid}/measurements"), 200).json()):
        problems.append("the value recorded on A is not listed on B")

    after = expect(B.get(f"/api/v1/contracts/{cid}/dashboard"), 200).json()
    fresh = expect(A.get(f"/api/v1/contracts/{cid}/dashboard"), 200).json()
    p0, p1, pf = (axis_progress(d, action["axisId"]) for d in (before, after, fresh))
    if p1 == p0 or p1 != pf or after != fresh:
        problems.append(f"dashboard on B: axis progress {p0} before, {p1} after; A computes {pf}"
                        + ("" if after == fresh else " (the two dashboards differ)"))
    if problems:
        return False, "; ".join(problems)
    return True, f"note, progress {target} (ETag {pa.header('etag')}), value on {day}; B's dashboard axis progress {p0} → {p1}"


@check("If-Match race across A and B: one 200, one 412")
def race(action):
    aid = action["id"]
    ea = expect(A.get(f"/api/v1/actions/{aid}"), 200).header("etag")
    eb = expect(B.get(f"/api/v1/actions/{aid}"), 200).header("etag")
    if ea != eb:
        return False, f"A and B send different ETags for one action: {ea} and {eb}"
    barrier = threading.Barrier(2)
    statuses = {}

    def send(name, client, progress):
        barrier.wait()
        statuses[name] = client.patch(f"/api/v1/actions/{aid}", {"progress": progress}, ea).status

    threads = [threading.Thread(target=send, args=("A", A, 41)), threading.Thread(target=send, args=("B", B, 42))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = expect(A.get(f"/api/v1/actions/{aid}"), 200).json()
    winner = [n for n, s in statuses.items() if s == 200]
    ok = sorted(statuses.values()) == [200, 412] and final["progress"] == (41 if winner == ["A"] else 42)
    return ok, f"A answered {statuses.get('A')}, B answered {statuses.get('B')}; the action keeps progress {final['progress']}"


@check("document uploaded on A downloads byte-identical on B")
def documents(cid):
    pdf = small_pdf("Uploaded on instance A")
    doc = expect(A.upload(f"/api/v1/contracts/{cid}/documents", "two-instances.pdf", pdf, title="Two instances"), 201).json()
    on_a = A.get(f"/api/v1/documents/{doc['id']}/content")
    on_b = B.get(f"/api/v1/documents/{doc['id']}/content")
    if on_b.status == 200 and on_b.body == pdf:
        return True, f"{len(pdf)} bytes, identical on B"
    where = "A reads it back" if on_a.status == 200 and on_a.body == pdf else f"A itself answers {on_a.status}"
    if on_b.status == 200:
        return False, f"B sends {len(on_b.body)} bytes that differ from the {len(pdf)} uploaded ({where})"
    return False, (f"B answers {on_b.status} ({where}): the file lives on A's local disk only; this passes once documents are "
                   "stored in the database")


@check("rate limits count across A and B")
def rate_limits():
    budget = int(os.environ.get("RATE_LIMIT", "200"))
    probe = [Client(A.port, os.environ["PROBE_TOKEN"]), Client(B.port, os.environ["PROBE_TOKEN"])]
    first = expect(probe[0].get("/api/v1/me"), 200)
    if not any(h.startswith("ratelimit") for h in first.headers):
        return None, "skipped: the app sends no RateLimit headers (rate limits not in this build)"
    served, refused = 1, None
    for i in range(1, 2 * budget + 10):
        r = probe[i % 2].get("/api/v1/me")
        if r.status == 429:
            refused = r
            break
        expect(r, 200)
        served += 1
    if refused is None:
        return False, f"{served} requests of one account served across A and B, no 429 (budget {budget})"
    headers = [h for h in refused.headers if h.startswith("ratelimit")]
    problems = []
    if not refused.header("retry-after"):
        problems.append("no Retry-After on the 429")
    if not headers:
        problems.append("no RateLimit header on the 429")
    if not refused.header("content-type", "").startswith("application/problem+json"):
        problems.append(f"the 429 is {refused.header('content-type')}, not problem+json")
    # shared: the budget is spent once across both (a little refill while probing allowed), not once per JVM
    if served > budget + budget // 10 + 1:
        problems.append(f"{served} served before the 429, for a budget of {budget}: counted per instance?")
    detail = (f"{served} of one account's requests served alternately on A and B, then 429 (budget {budget}, Retry-After "
              f"{refused.header('retry-after')}, {', '.join(headers)})")
    return (not problems), detail + ("; " + "; ".join(problems) if problems else "")


def main():
    try:
        cid, sport = setup()
    except Exception as e:
        report("scenario setup (demo contract and action read on both)", False, str(e))
        return 1
    writes_cross(cid, sport)
    race(sport)
    documents(cid)
    rate_limits()
    return 1 if any(ok is False for _, ok in results) else 0


if __name__ == "__main__":
    sys.exit(main())
