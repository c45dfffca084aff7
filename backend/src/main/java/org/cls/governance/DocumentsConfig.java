package org.cls.governance;

import java.nio.file.Path;
import java.util.List;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What documents are accepted ({@code cls.documents.*}); their content is kept in the database. */
@ConfigMapping(prefix = "cls.documents")
public interface DocumentsConfig {

    /**
     * Only where earlier versions kept the files: those still there are moved into the database at start
     * ({@link LegacyDocumentFiles}), then deleted. Nothing is written there any more.
     */
    @WithDefault("data/documents")
    Path directory();

    /** Largest file accepted; keep it below quarkus.http.limits.max-body-size. */
    @WithDefault("20M")
    MemorySize maxSize();

    /** Content types accepted, as detected from the bytes (PDF, office documents, images). */
    @WithDefault("application/pdf,"
            + "application/msword,application/vnd.ms-excel,application/vnd.ms-powerpoint,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
            + "application/vnd.oasis.opendocument.presentation,"
            + "image/png,image/jpeg,image/gif,image/webp")
    List<String> allowedTypes();
}
