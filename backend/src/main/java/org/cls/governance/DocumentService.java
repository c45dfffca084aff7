package org.cls.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.apache.tika.Tika;
import org.cls.action.Action;
import org.cls.common.ApiException;
import org.cls.common.ETags;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.security.CurrentUser;
import org.jboss.logging.Logger;

/**
 * Documents attached to a contract, an action or a meeting. The content type is detected from the bytes (and the name),
 * never taken from the client; only the configured types are kept, up to the configured size. Files live under the
 * documents directory, named by year, month and id; the database keeps their name, type, size and SHA-256.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    private static final Tika TIKA = new Tika();

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

    /** A file to read from disk, with what to send along. */
    public record Content(Path path, String fileName, String contentType, long size, String sha256) {
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
        Path path = config.directory().resolve(d.storageKey);
        if (!Files.isRegularFile(path)) {
            LOG.errorf("Document %s: file %s is missing", d.id, path);
            throw ApiException.notFound("Content of document " + id);
        }
        return new Content(path, d.fileName, d.contentType, d.sizeBytes, d.sha256);
    }

    public void delete(UUID id, String ifMatch) {
        Document d = readable(id);
        policy.requireWrite(d.contract);
        ETags.require(ifMatch, d.version);
        removeAll(List.of(d));
    }

    /** Deletes the documents and their files. */
    void removeAll(List<Document> docs) {
        for (Document d : docs) {
            d.delete();
        }
        em.flush();
        for (Document d : docs) {
            try {
                Files.deleteIfExists(config.directory().resolve(d.storageKey));
            } catch (IOException e) {
                LOG.warnf("Document %s: could not delete %s", d.id, d.storageKey);
            }
        }
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
        var date = now.atOffset(ZoneOffset.UTC);
        d.storageKey = String.format("%04d/%02d/%s", date.getYear(), date.getMonthValue(), d.id);
        Path target = config.directory().resolve(d.storageKey);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), digest)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            d.sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        d.contract = contract;
        d.action = action;
        d.meeting = meeting;
        d.title = MeetingService.blankToNull(title);
        d.fileName = name;
        d.contentType = type;
        d.sizeBytes = size;
        d.createdAt = now;
        d.createdBy = user.username();
        d.updatedAt = now;
        d.updatedBy = user.username();
        d.persist();
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
