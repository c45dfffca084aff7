"""A small client of the CLS API for the operations scripts (two instances, load): python3 stdlib only.

One Client is one keep-alive connection to one instance: not shared between threads.
"""
import http.client
import json
import time
import uuid

MERGE_PATCH = "application/merge-patch+json"


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status = status
        self.headers = headers  # lower-cased names
        self.body = body
        self.seconds = seconds

    def json(self):
        return json.loads(self.body) if self.body else None

    def header(self, name, default=None):
        return self.headers.get(name.lower(), default)

    def __repr__(self):
        return f"HTTP {self.status} {self.body[:300]!r}"


class Client:
    def __init__(self, port, token, host="127.0.0.1", timeout=30):
        self.host, self.port, self.token, self.timeout = host, port, token, timeout
        self.conn = None

    def _connect(self):
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    def request(self, method, path, body=None, content_type=None, headers=None):
        h = {"Authorization": "Bearer " + self.token, "Accept": "application/json, application/problem+json, */*"}
        if headers:
            h.update(headers)
        if body is not None and not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body).encode()
            content_type = content_type or "application/json"
        if content_type:
            h["Content-Type"] = content_type
        for attempt in (1, 2):
            if self.conn is None:
                self._connect()
            t0 = time.perf_counter()
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # the server closed an idle keep-alive connection: once more on a new one (never after an answer)
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise
                continue
            seconds = time.perf_counter() - t0
            headers_out = {k.lower(): v for k, v in r.getheaders()}
            if headers_out.get("connection", "").lower() == "close":
                self.conn.close()
                self.conn = None
            return Response(r.status, headers_out, data, seconds)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body, **kw):
        return self.request("POST", path, body=body, **kw)

    def patch(self, path, body, etag):
        return self.request("PATCH", path, body=json.dumps(body).encode(), content_type=MERGE_PATCH,
                            headers={"If-Match": etag})

    def upload(self, path, filename, content, content_type="application/pdf", title=None):
        boundary = "cls-" + uuid.uuid4().hex
        parts = []
        if title is not None:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n{title}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        return self.request("POST", path, body=b"".join(parts), content_type="multipart/form-data; boundary=" + boundary)

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def small_pdf(text="CLS two instances"):
    """A valid one-page PDF (with its cross-reference table), a few hundred bytes."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
