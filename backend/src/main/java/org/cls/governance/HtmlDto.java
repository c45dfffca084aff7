package org.cls.governance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Html", description = "Markdown rendered to sanitised HTML.")
public record HtmlDto(@Schema(required = true, description = "Sanitised HTML, safe to insert in a page.") String html) {
}
