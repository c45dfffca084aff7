#!/usr/bin/env python3
"""Writes a hostile plan workbook: under the import's 1 MiB, every part under POI's 100x inflate ratio and the
16 MiB entry limit, yet four sheets of about 15 MiB of cells each (60 MiB of XML). Usage: hostile-workbook.py OUT.xlsx"""
import random
import sys
import zipfile

SHEETS = ["axes_objectives", "actions", "partners", "fundings", "steps"]
ENTRY = 15 * 1024 * 1024


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def sheet(rnd, limit):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    size, row = len(parts[0]), 0
    while size < limit:
        row += 1
        cells = []
        for c in range(20):
            text = "".join("b" if rnd.randrange(1500) == 0 else "a" for _ in range(200))
            cells.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (column(c), row, text))
        line = '<row r="%d">%s</row>' % (row, "".join(cells))
        parts.append(line)
        size += len(line)
    parts.append("</sheetData></worksheet>")
    return "".join(parts)


def main(out):
    rnd = random.Random(15)
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                             for i in range(len(SHEETS))) + "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % ns)
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s"><sheets>' % ns
                   + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1) for i, n in enumerate(SHEETS))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, ns, i + 1)
                             for i in range(len(SHEETS))) + "</Relationships>")
        for i in range(len(SHEETS)):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), sheet(rnd, ENTRY if i < 4 else 1))
    with zipfile.ZipFile(out) as z:
        for info in z.infolist():
            print("%-28s %10d -> %9d  (x%.0f)" % (info.filename, info.file_size, info.compress_size,
                                                 info.file_size / max(1, info.compress_size)))


if __name__ == "__main__":
    main(sys.argv[1])
