package org.cls.governance;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/** How calendar files leave. */
final class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private CalendarResource() {
    }

    static RestResponse<String> ics(String body, String fileName) {
        return RestResponse.ResponseBuilder.ok(body, TEXT_CALENDAR + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"").build();
    }
}
