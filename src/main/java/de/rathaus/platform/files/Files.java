package de.rathaus.platform.files;

import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Stores and hands out the current town's files.
 *
 * <p>A file is checked (size, real type), scanned where ClamAV is configured, and stored
 * encrypted. A clean or unscanned file is stored in the caller's transaction; an infected file is
 * kept in quarantine in a transaction of its own, so the evidence survives whatever the caller
 * does next. Files of another town are invisible: they cannot be read, inspected or deleted.
 */
@Service
public class Files {

    private static final Logger log = LoggerFactory.getLogger(Files.class);

    private final FileRows rows;
    private final EncryptedContents contents;
    private final KeyRing keys;
    private final ContentSniffer sniffer;
    private final VirusScanner scanner;
    private final DataSize maxSize;
    private final TransactionTemplate joinCaller;
    private final TransactionTemplate ownTransaction;

    Files(
            FileRows rows,
            EncryptedContents contents,
            KeyRing keys,
            ContentSniffer sniffer,
            VirusScanner scanner,
            FilesProperties properties,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.contents = contents;
        this.keys = keys;
        this.sniffer = sniffer;
        this.scanner = scanner;
        this.maxSize = properties.maxSize();
        this.joinCaller = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Checks, scans and stores a file for the current town. Bad files are refused with a reason,
     * never with an exception; exceptions mean the installation is broken (database, key).
     */
    public StoreResult store(StoreRequest request) {
        Tenant tenant = CurrentTenant.get();
        DataSize limit = limit(request);
        Inspection.Inspected inspected;
        switch (read(request, in -> Inspection.inspect(in, limit))) {
            case Inspection.Refused refused -> {
                return refused.refusal();
            }
            case Inspection.Inspected ok -> inspected = ok;
        }
        String type = sniffer.detect(inspected.prefix(), request.name());
        if (!request.allowedTypes().contains(type)) {
            return new StoreResult.TypeNotAllowed(type, sniffer.formatNames(request.allowedTypes()));
        }
        VirusScanner.Verdict verdict = read(request, scanner::scan);
        var file = new StoredFile(
                FileId.next(),
                request.name(),
                inspected.size(),
                type,
                inspected.sha256(),
                status(verdict),
                verdict instanceof VirusScanner.Infected infected ? infected.finding() : null,
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        if (verdict instanceof VirusScanner.Infected infected) {
            ownTransaction.executeWithoutResult(tx -> write(tenant, file, inspected, request));
            log.warn(
                    "Malware {} found in an upload of {}; kept in quarantine as file {}",
                    infected.finding(),
                    tenant.slug(),
                    file.id());
            return new StoreResult.Infected(file.id(), infected.finding());
        }
        joinCaller.executeWithoutResult(tx -> write(tenant, file, inspected, request));
        return new StoreResult.Stored(file);
    }

    /** What is known about a file of the current town, whatever its scan status. */
    public Optional<StoredFile> metadata(FileId id) {
        return rows.find(id).map(FileRows.Row::file);
    }

    /**
     * The content of a file of the current town, if it may be served: empty for a file that does
     * not exist, belongs to another town, or is in quarantine ({@link StoredFile#servable()}).
     */
    public Optional<FileContent> open(FileId id) {
        Tenant tenant = CurrentTenant.get();
        return rows.find(id)
                .filter(row -> row.file().servable())
                .map(row -> new FileContent(row.file(), () -> contents.open(tenant, row)));
    }

    /** Deletes a file of the current town with its content; false if there was none. */
    public boolean delete(FileId id) {
        return rows.delete(id);
    }

    private DataSize limit(StoreRequest request) {
        DataSize requested = request.maxSize();
        return requested != null && requested.compareTo(maxSize) < 0 ? requested : maxSize;
    }

    private void write(Tenant tenant, StoredFile file, Inspection.Inspected inspected, StoreRequest request) {
        KeyRing.TenantKey key = keys.current(tenant);
        rows.insert(new FileRows.Row(file, key.id(), ChunkCipher.chunkCount(file.size())));
        read(request, in -> {
            contents.write(tenant, file.id(), key, inspected, in);
            return null;
        });
    }

    private static ScanStatus status(VirusScanner.Verdict verdict) {
        return switch (verdict) {
            case VirusScanner.Clean clean -> ScanStatus.CLEAN;
            case VirusScanner.Infected infected -> ScanStatus.QUARANTINED_INFECTED;
            case VirusScanner.Unavailable unavailable -> ScanStatus.QUARANTINED_PENDING;
            case VirusScanner.NotScanned notScanned -> ScanStatus.UNSCANNED;
        };
    }

    @FunctionalInterface
    private interface ContentPass<T> {
        T apply(InputStream content) throws IOException;
    }

    /** One pass over the content; the source is read afresh each time. */
    private static <T> T read(StoreRequest request, ContentPass<T> pass) {
        try (InputStream in = request.content().getInputStream()) {
            return pass.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file " + request.name(), e);
        }
    }
}
