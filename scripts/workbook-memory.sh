#!/usr/bin/env bash
# Memory proof of the workbook import (issue 15): a hostile workbook (scripts/hostile-workbook.py: under 1 MiB, four
# sheets of 15 MiB of cells) read in a 256 MB heap, as the import reads it (streaming) and as a DOM (XSSFWorkbook, the
# import before), each in its own JVM; prints the outcome and the heap peak of each.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${TMPDIR:-/tmp}/cls-hostile-workbook.xlsx
python3 scripts/hostile-workbook.py "$out"
(cd backend && ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/probe-classpath.txt \
  -Dmdep.includeScope=test)
cp="backend/target/test-classes:backend/target/classes:$(cat backend/target/probe-classpath.txt)"
for mode in streaming dom; do
  java ${PROBE_JAVA_OPTS:--Xmx256m} -cp "$cp" org.cls.reporting.WorkbookMemoryProbe "$out" "$mode" || echo "$mode: JVM exited with $?"
done
