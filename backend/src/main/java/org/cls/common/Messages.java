package org.cls.common;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.ext.web.RoutingContext;

/**
 * Messages of checks made by the services (not by Bean Validation), from the same ValidationMessages bundles, in the
 * language asked by Accept-Language (French by default).
 */
@RequestScoped
public class Messages {

    private static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Inject
    RoutingContext request;

    public String get(String key) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The language asked among the supported ones; French when none matches. */
    Locale locale() {
        String header = request == null ? null : request.request().getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header falls back to French
            }
        }
        return Locale.FRENCH;
    }
}
