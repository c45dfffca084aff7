package org.cls.governance;

import jakarta.enterprise.context.ApplicationScoped;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/** Renders minutes written in Markdown to HTML that is safe to insert in a page: raw HTML is dropped, then sanitised. */
@ApplicationScoped
public class Minutes {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.BLOCKS.and(Sanitizers.FORMATTING).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "del", "s")
                    .toFactory());

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return markdown == null ? null : "";
        }
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }
}
