package org.cls.common;

/** Entity versions on the wire: {@code ETag: "3"}, {@code If-Match: "3"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Checks an If-Match header against the current version: missing → 428, other → 412. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        if (!value.equals(Long.toString(currentVersion))) {
            throw ApiException.preconditionFailed();
        }
    }
}
