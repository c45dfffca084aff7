package org.cls.common;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The embedded H2 file database ({@code cls.h2.*}, see {@link H2Storage}). */
@ConfigMapping(prefix = "cls.h2")
public interface H2Config {

    /** How often the file's partly live chunks are re-written when commits are written at once (WRITE_DELAY=0); 0 never. */
    @WithDefault("1M")
    Duration compactInterval();
}
