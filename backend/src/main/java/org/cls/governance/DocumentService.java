package org.cls.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.tika.Tika;
import org.cls.action.Action;
import org.cls.common.ApiException;
import org.cls.common.ChunkStore;
import org.cls.common.ETags;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Documents attached to a contract, an action or a meeting. The content type is detected from the bytes (and the name),
 * never taken from the client; only the configured types are kept, up to the configured size. The bytes are kept in the
 * database ({@code document_chunk}) with the row, in its transaction: a rollback leaves neither, a delete (or the cascade of a
 * contract, an action or a meeting) removes both.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    private static final Tika TIKA = new Tika();
    static final ChunkStore.Table CHUNKS = new ChunkStore.Table("document_chunk", "document_id");

    @Inject
    DocumentsConfig config;

    @Inject
    Policy policy;

    @Inject
    Governance governance;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Inject
    ChunkStore chunks;

    /** The bytes of a document, streamed from the database once the response is written, with what to send along. */
    public record Content(StreamingOutput body, String fileName, String contentType, long size, String sha256) {
    }

    @Transactional(TxType.SUPPORTS)
    public List<DocumentDto> ofContract(UUID contractId) {
        Contract contract = policy.readable(Contract.class, contractId);
        return Document.<Document>find("contract = ?1 order by createdAt desc, id", contract).list().stream()
                .map(DocumentService::toDto).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<DocumentDto> ofAction(UUID actionId) {
        Action action = governance.readableAction(actionId);
        return Document.<Document>find("action = ?1 order by createdAt desc, id", action).list().stream()
                .map(DocumentService::toDto).toList();
    }

    @Transactional(TxType.SUPPORTS)
    public List<DocumentDto> ofMeeting(UUID meetingId) {
        Meeting meeting = governance.readableMeeting(meetingId);
        return Document.<Document>find("meeting = ?1 order by createdAt desc, id", meeting).list().stream()
                .map(DocumentService::toDto).toList();
    }

    public DocumentDto uploadToContract(UUID contractId, Path file, String fileName, String title) {
        Contract contract = policy.writable(Contract.class, contractId);
        return store(contract, null, null, file, fileName, title);
    }

    public DocumentDto uploadToAction(UUID actionId, Path file, String fileName, String title) {
        Action action = governance.readableAction(actionId);
        policy.requireWrite(action.objective.axis.contract);
        return store(action.objective.axis.contract, action, null, file, fileName, title);
    }

    public DocumentDto uploadToMeeting(UUID meetingId, Path file, String fileName, String title) {
        Meeting meeting = governance.writableMeeting(meetingId);
        return store(meeting.committee.contract, null, meeting, file, fileName, title);
    }

    @Transactional(TxType.SUPPORTS)
    public DocumentDto get(UUID id) {
        return toDto(readable(id));
    }

    @Transactional(TxType.SUPPORTS)
    public Content content(UUID id) {
        Document d = readable(id);
        int count = chunks.count(CHUNKS, d.id);
        if (count == 0) {
            // Only a file of an earlier version that was missing when it was to be moved into the database (LegacyDocumentFiles)
            LOG.errorf("Document %s: its content is missing", d.id);
            throw ApiException.notFound("Content of document " + id);
        }
        return new Content(chunks.stream(CHUNKS, d.id, count), d.fileName, d.contentType, d.sizeBytes, d.sha256);
    }

    public void delete(UUID id, String ifMatch) {
        Document d = readable(id);
        policy.requireWrite(d.contract);
        ETags.require(ifMatch, d.version);
        removeAll(List.of(d));
    }

    /** Deletes the documents; their chunks go with them (on delete cascade). */
    void removeAll(List<Document> docs) {
        docs.forEach(Document::delete);
        em.flush();
    }

    private DocumentDto store(Contract contract, Action action, Meeting meeting, Path upload, String fileName, String title) {
        String name = cleanName(fileName);
        long size;
        try {
            size = Files.size(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long max = config.maxSize().asLongValue();
        if (size > max) {
            throw new ApiException(413, "payload-too-large", "Payload Too Large",
                    "The file is " + size + " bytes; the largest accepted is " + max + " bytes.", null);
        }
        if (size == 0) {
            throw ApiException.badParameter("file", "the file is empty");
        }
        String type;
        try (InputStream in = Files.newInputStream(upload)) {
            type = TIKA.detect(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!config.allowedTypes().contains(type)) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Files of type " + type + " are not accepted; accepted: PDF, office documents (Word, Excel, PowerPoint, "
                            + "OpenDocument) and images (PNG, JPEG, GIF, WebP).", null);
        }
        Document d = new Document();
        d.id = UUID.randomUUID();
        Instant now = Instant.now();
        d.contract = contract;
        d.action = action;
        d.meeting = meeting;
        d.title = MeetingService.blankToNull(title);
        d.fileName = name;
        d.contentType = type;
        d.sizeBytes = size;
        d.sha256 = "";
        d.createdAt = now;
        d.createdBy = user.username();
        d.updatedAt = now;
        d.updatedBy = user.username();
        d.persist();
        em.flush();
        // The row first (the chunks reference it), then the chunks, hashed on the way; the hash completes the row
        ChunkStore.Written written;
        try (InputStream in = Files.newInputStream(upload)) {
            written = chunks.write(CHUNKS, d.id, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (written.size() != size) {
            throw new IllegalStateException("Upload of " + size + " bytes read as " + written.size());
        }
        d.sha256 = written.sha256();
        em.flush();
        return toDto(d);
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private Document readable(UUID id) {
        return policy.readable(Document.class, id);
    }

    static DocumentDto toDto(Document d) {
        return new DocumentDto(d.id, d.version, d.contract.id, d.action == null ? null : d.action.id,
                d.meeting == null ? null : d.meeting.id, d.title, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                d.createdAt, d.createdBy);
    }
}
