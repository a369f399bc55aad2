package de.rathaus.platform.files;

import static de.rathaus.platform.files.FilesIT.stored;
import static org.assertj.core.api.Assertions.assertThat;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scanning with a real clamd that the test starts and stops itself. The shared context has no
 * scanner, so these tests assemble the file store around their own {@link ClamdScanner} from the
 * context's real parts (database, keys, sniffer). Skipped, loudly, where clamd is not installed.
 */
@IntegrationTest
class VirusScanningIT {

    private static Clamd clamd;

    @Autowired
    FileRows rows;

    @Autowired
    EncryptedContents contents;

    @Autowired
    KeyRing keys;

    @Autowired
    ContentSniffer sniffer;

    @Autowired
    FilesProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void prepareClamd() throws IOException {
        Optional<Path> binary = Clamd.installed();
        if (binary.isEmpty()) {
            System.err.println("""

                ************************************************************************
                *  SKIPPED: the virus scanner tests need ClamAV's daemon (clamd).        *
                *  Install it with `apt-get install clamav-daemon` to run them.         *
                ************************************************************************
                """);
        }
        Assumptions.assumeTrue(
                binary.isPresent(),
                "clamd is not installed (apt-get install clamav-daemon): virus scanner tests SKIPPED");
        clamd = Clamd.prepare(binary.get());
    }

    @AfterAll
    static void removeClamd() throws Exception {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void eicarIsQuarantinedAsInfectedAndNeverServed() throws Exception {
        clamd.start();
        Tenant town = TestTenants.fresh(tenants);
        Files files = scannedBy(clamd.tcp());

        // EICAR is plain text; the caller here accepts text, so only the scanner can stop it
        StoreResult result = CurrentTenant.runAs(
                town, () -> files.store(StoreRequest.of("liste.txt", Samples.eicar(), java.util.Set.of("text/plain"))));

        assertThat(result).isInstanceOf(StoreResult.Infected.class);
        var infected = (StoreResult.Infected) result;
        assertThat(infected.code()).isEqualTo("files.refused.infected");
        assertThat(infected.finding()).startsWith(Clamd.SIGNATURE);
        StoredFile kept = CurrentTenant.runAs(town, () -> files.metadata(infected.quarantined()))
                .orElseThrow();
        assertThat(kept.scanStatus()).isEqualTo(ScanStatus.QUARANTINED_INFECTED);
        assertThat(kept.scanFinding()).startsWith(Clamd.SIGNATURE);
        assertThat(kept.servable()).isFalse();
        assertThat(CurrentTenant.runAs(town, () -> files.open(infected.quarantined())))
                .isEmpty();
        assertThat(chunks(town, infected.quarantined())).isEqualTo(1);
    }

    @Test
    void anInfectedFileIsKeptEvenWhenTheCallersTransactionRollsBack() throws Exception {
        clamd.start();
        Tenant town = TestTenants.fresh(tenants);
        Files files = scannedBy(clamd.tcp());
        var transactions = new TransactionTemplate(transactionManager);

        StoreResult result = CurrentTenant.runAs(
                town,
                () -> transactions.execute(tx -> {
                    tx.setRollbackOnly();
                    return files.store(StoreRequest.of("liste.txt", Samples.eicar(), java.util.Set.of("text/plain")));
                }));

        var infected = (StoreResult.Infected) result;
        assertThat(CurrentTenant.runAs(town, () -> files.metadata(infected.quarantined())))
                .hasValueSatisfying(file -> assertThat(file.scanStatus()).isEqualTo(ScanStatus.QUARANTINED_INFECTED));
    }

    @Test
    void cleanFilesAreMarkedCleanOverTheUnixSocket() throws Exception {
        clamd.start();
        Tenant town = TestTenants.fresh(tenants);
        Files files = scannedBy(clamd.unixSocket());

        StoredFile stored = CurrentTenant.runAs(
                town,
                () -> stored(
                        files.store(StoreRequest.of("antrag.pdf", Samples.pdf(), FileTypes.DOCUMENTS_AND_IMAGES))));

        assertThat(stored.scanStatus()).isEqualTo(ScanStatus.CLEAN);
        assertThat(CurrentTenant.runAs(town, () -> files.open(stored.id()))
                        .orElseThrow()
                        .readAllBytes())
                .isEqualTo(Samples.pdf());
    }

    @Test
    void filesWaitInQuarantineWhileClamdIsDownAndAreDecidedWhenItIsBack() throws Exception {
        clamd.stop();
        Tenant town = TestTenants.fresh(tenants);
        VirusScanner scanner = new ClamdScanner(clamd.tcp(), Duration.ofSeconds(30));
        Files files = scannedBy(scanner);
        var rescans = new PendingScans(tenants, rows, contents, scanner, properties);
        byte[] large = Samples.largePdf(ChunkCipher.CHUNK_SIZE + 1000);

        StoredFile pdf = CurrentTenant.runAs(
                town, () -> stored(files.store(StoreRequest.of("plan.pdf", large, FileTypes.DOCUMENTS_AND_IMAGES))));
        StoredFile eicar = CurrentTenant.runAs(
                town,
                () -> stored(
                        files.store(StoreRequest.of("liste.txt", Samples.eicar(), java.util.Set.of("text/plain")))));

        assertThat(pdf.scanStatus()).isEqualTo(ScanStatus.QUARANTINED_PENDING);
        assertThat(eicar.scanStatus()).isEqualTo(ScanStatus.QUARANTINED_PENDING);
        assertThat(CurrentTenant.runAs(town, () -> files.open(pdf.id()))).isEmpty();
        assertThat(CurrentTenant.runAs(town, () -> files.open(eicar.id()))).isEmpty();

        assertThat(CurrentTenant.runAs(town, rescans::rescanCurrentTenant)).isZero();
        assertThat(status(files, town, pdf.id())).isEqualTo(ScanStatus.QUARANTINED_PENDING);

        clamd.start();
        rescans.rescanAll();

        assertThat(status(files, town, pdf.id())).isEqualTo(ScanStatus.CLEAN);
        assertThat(CurrentTenant.runAs(town, () -> files.open(pdf.id()))
                        .orElseThrow()
                        .readAllBytes())
                .isEqualTo(large);
        StoredFile infected =
                CurrentTenant.runAs(town, () -> files.metadata(eicar.id())).orElseThrow();
        assertThat(infected.scanStatus()).isEqualTo(ScanStatus.QUARANTINED_INFECTED);
        assertThat(infected.scanFinding()).startsWith(Clamd.SIGNATURE);
        assertThat(CurrentTenant.runAs(town, () -> files.open(eicar.id()))).isEmpty();
    }

    private Files scannedBy(ClamdAddress address) {
        return scannedBy(new ClamdScanner(address, Duration.ofSeconds(30)));
    }

    private Files scannedBy(VirusScanner scanner) {
        return new Files(rows, contents, keys, sniffer, scanner, properties, transactionManager);
    }

    private static ScanStatus status(Files files, Tenant town, FileId id) {
        return CurrentTenant.runAs(town, () -> files.metadata(id)).orElseThrow().scanStatus();
    }

    private int chunks(Tenant town, FileId file) {
        return jdbc.sql("select count(*) from platform.file_chunk where tenant_id = ? and file_id = ?")
                .params(town.id().value(), file.value())
                .query(Integer.class)
                .single();
    }
}
