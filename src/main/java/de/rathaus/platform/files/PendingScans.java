package de.rathaus.platform.files;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job that scans again, town by town, the files that were stored while the scanner was down
 * ({@link ScanStatus#QUARANTINED_PENDING}). Clean files become servable; infected ones stay in
 * quarantine. While the scanner is still unavailable, the files simply keep waiting.
 */
@Configuration(proxyBeanMethods = false)
class PendingScans {

    private static final Logger log = LoggerFactory.getLogger(PendingScans.class);
    private static final int BATCH = 50;

    private final Tenants tenants;
    private final FileRows rows;
    private final EncryptedContents contents;
    private final VirusScanner scanner;
    private final FilesProperties properties;

    PendingScans(
            Tenants tenants,
            FileRows rows,
            EncryptedContents contents,
            VirusScanner scanner,
            FilesProperties properties) {
        this.tenants = tenants;
        this.rows = rows;
        this.contents = contents;
        this.scanner = scanner;
        this.properties = properties;
    }

    @Bean
    RecurringTask<Void> pendingScansTask() {
        return Tasks.recurring(
                        "files-pending-scans", FixedDelay.of(properties.clamav().rescanInterval()))
                .execute((instance, context) -> rescanAll());
    }

    /** Rescans the waiting files of every town; returns how many got a verdict. */
    int rescanAll() {
        if (scanner == VirusScanner.NONE) {
            return 0;
        }
        int decided = 0;
        for (Tenant tenant : tenants.all()) {
            decided += CurrentTenant.runAs(tenant, this::rescanCurrentTenant);
        }
        return decided;
    }

    /** Rescans the current town's waiting files; stops early while the scanner is unavailable. */
    int rescanCurrentTenant() {
        int decided = 0;
        FileId after = null;
        List<FileRows.Row> batch;
        while (!(batch = rows.pending(after, BATCH)).isEmpty()) {
            for (FileRows.Row row : batch) {
                after = row.file().id();
                switch (rescan(row)) {
                    case VirusScanner.Clean clean -> decided += record(row, ScanStatus.CLEAN, null);
                    case VirusScanner.Infected infected -> {
                        log.warn(
                                "Malware {} found in file {} of {} on rescanning; it stays in quarantine",
                                infected.finding(),
                                row.file().id(),
                                CurrentTenant.get().slug());
                        decided += record(row, ScanStatus.QUARANTINED_INFECTED, infected.finding());
                    }
                    case VirusScanner.Unavailable unavailable -> {
                        return decided;
                    }
                    case VirusScanner.NotScanned notScanned -> {
                        return decided;
                    }
                    case null -> {
                        // this file could not be read; it keeps waiting, the others go on
                    }
                }
            }
        }
        return decided;
    }

    private VirusScanner.@Nullable Verdict rescan(FileRows.Row row) {
        try (InputStream content = contents.open(CurrentTenant.get(), row)) {
            return scanner.scan(content);
        } catch (IOException | RuntimeException e) {
            log.error(
                    "File {} of {} could not be rescanned",
                    row.file().id(),
                    CurrentTenant.get().slug(),
                    e);
            return null;
        }
    }

    private int record(FileRows.Row row, ScanStatus status, @Nullable String finding) {
        return rows.recordScan(row.file().id(), status, finding) ? 1 : 0;
    }
}
