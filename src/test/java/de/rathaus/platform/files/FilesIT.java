package de.rathaus.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import de.rathaus.IntegrationTest;
import de.rathaus.TestTenants;
import de.rathaus.platform.tenancy.CurrentTenant;
import de.rathaus.platform.tenancy.Tenant;
import de.rathaus.platform.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** The file store in the shared context, which has no virus scanner configured. */
@IntegrationTest
class FilesIT {

    @Autowired
    Files files;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${rathaus.files.keys.musterdorf}")
    String musterdorfKey;

    @Test
    void storesTheContentEncryptedAndReadsItBack() throws Exception {
        Tenant town = TestTenants.fresh(tenants);
        byte[] pdf = Samples.pdf();

        StoredFile stored = CurrentTenant.runAs(
                town,
                () -> stored(files.store(
                        StoreRequest.of("C:\\Scans\\Antrag Hundesteuer.pdf", pdf, FileTypes.DOCUMENTS_AND_IMAGES))));

        assertThat(stored.name()).isEqualTo("Antrag Hundesteuer.pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.mediaType()).isEqualTo(FileTypes.PDF);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(CurrentTenant.runAs(town, () -> files.metadata(stored.id()))).contains(stored);
        assertThat(CurrentTenant.runAs(town, () -> readAll(stored.id()))).isEqualTo(pdf);

        List<byte[]> atRest = jdbc.sql("select content from platform.file_chunk where tenant_id = ? and file_id = ?")
                .params(town.id().value(), stored.id().value())
                .query((rs, row) -> rs.getBytes("content"))
                .list();
        assertThat(atRest).hasSize(1);
        assertThat(atRest.getFirst()).hasSize(pdf.length + 16).isNotEqualTo(pdf);
        assertThat(new String(atRest.getFirst(), StandardCharsets.ISO_8859_1))
                .doesNotContain("%PDF")
                .doesNotContain("Hundesteuer");
    }

    @Test
    void largeFilesAreStoredInChunksAndReadBackWhole() throws Exception {
        Tenant town = TestTenants.fresh(tenants);
        byte[] large = Samples.largePdf(2 * ChunkCipher.CHUNK_SIZE + 12345);

        StoredFile stored = CurrentTenant.runAs(
                town, () -> stored(files.store(StoreRequest.of("plan.pdf", large, Set.of(FileTypes.PDF)))));

        assertThat(chunks(town, stored.id())).isEqualTo(3);
        assertThat(CurrentTenant.runAs(town, () -> readAll(stored.id()))).isEqualTo(large);
        assertThat(stored.sha256()).isEqualTo(sha256(large));
    }

    @Test
    void anotherTownCanNeitherSeeNorReadNorDeleteAFile() throws Exception {
        Tenant owner = TestTenants.fresh(tenants);
        Tenant other = TestTenants.fresh(tenants);
        StoredFile stored = CurrentTenant.runAs(
                owner,
                () -> stored(
                        files.store(StoreRequest.of("ausweis.png", Samples.png(), FileTypes.DOCUMENTS_AND_IMAGES))));

        CurrentTenant.runAs(other, () -> {
            assertThat(files.metadata(stored.id())).isEmpty();
            assertThat(files.open(stored.id())).isEmpty();
            assertThat(files.delete(stored.id())).isFalse();
        });

        assertThat(CurrentTenant.runAs(owner, () -> readAll(stored.id()))).isEqualTo(Samples.png());
    }

    @Test
    void refusesAFileOverTheLimitOfTheCall() {
        Tenant town = TestTenants.fresh(tenants);
        byte[] jpeg = Samples.jpeg();

        StoreResult result = CurrentTenant.runAs(
                town,
                () -> files.store(StoreRequest.of("foto.jpg", jpeg, Set.of(FileTypes.JPEG))
                        .limitedTo(DataSize.ofBytes(jpeg.length - 1))));

        assertThat(result).isEqualTo(new StoreResult.TooLarge(DataSize.ofBytes(jpeg.length - 1)));
        assertThat(((StoreResult.Refused) result).code()).isEqualTo("files.refused.too-large");
        assertThat(filesOf(town)).isZero();
    }

    @Test
    void aCallCannotRaiseTheInstallationsLimit() {
        Tenant town = TestTenants.fresh(tenants);
        long justOver = DataSize.ofMegabytes(20).toBytes() + 1;

        StoreResult result = CurrentTenant.runAs(
                town,
                () -> files.store(new StoreRequest(
                        "riesig.pdf", generatedPdf(justOver), Set.of(FileTypes.PDF), DataSize.ofGigabytes(1))));

        assertThat(result).isEqualTo(new StoreResult.TooLarge(DataSize.ofMegabytes(20)));
        assertThat(((StoreResult.Refused) result).arguments()).containsExactly(20L);
        assertThat(filesOf(town)).isZero();
    }

    @Test
    void refusesAnEmptyFile() {
        Tenant town = TestTenants.fresh(tenants);

        StoreResult result = CurrentTenant.runAs(
                town, () -> files.store(StoreRequest.of("leer.pdf", new byte[0], FileTypes.DOCUMENTS_AND_IMAGES)));

        assertThat(result).isInstanceOf(StoreResult.Empty.class);
        assertThat(filesOf(town)).isZero();
    }

    @Test
    void refusesAnHtmlPageRenamedToPdf() {
        Tenant town = TestTenants.fresh(tenants);

        StoreResult result = CurrentTenant.runAs(
                town,
                () -> files.store(StoreRequest.of("bescheid.pdf", Samples.html(), FileTypes.DOCUMENTS_AND_IMAGES)));

        assertThat(result).isEqualTo(new StoreResult.TypeNotAllowed("text/html", List.of("JPG", "PDF", "PNG")));
        var refused = (StoreResult.Refused) result;
        assertThat(refused.code()).isEqualTo("files.refused.type-not-allowed");
        assertThat(refused.arguments()).containsExactly("JPG, PDF, PNG");
        assertThat(filesOf(town)).isZero();
    }

    @Test
    void refusesAnAllowedTypeTheCallerDidNotAllow() {
        Tenant town = TestTenants.fresh(tenants);

        StoreResult result = CurrentTenant.runAs(
                town, () -> files.store(StoreRequest.of("foto.png", Samples.png(), Set.of(FileTypes.PDF))));

        assertThat(result).isEqualTo(new StoreResult.TypeNotAllowed(FileTypes.PNG, List.of("PDF")));
    }

    @Test
    void withoutAScannerFilesAreStoredUnscannedAndServed() {
        Tenant town = TestTenants.fresh(tenants);

        StoredFile stored = CurrentTenant.runAs(
                town,
                () -> stored(files.store(StoreRequest.of("foto.jpg", Samples.jpeg(), FileTypes.DOCUMENTS_AND_IMAGES))));

        assertThat(stored.scanStatus()).isEqualTo(ScanStatus.UNSCANNED);
        assertThat(stored.servable()).isTrue();
        assertThat(CurrentTenant.runAs(town, () -> files.open(stored.id()))).isPresent();
    }

    @Test
    void aFileStoredInARolledBackTransactionIsNotKept() {
        Tenant town = TestTenants.fresh(tenants);

        CurrentTenant.runAs(
                town,
                () -> transactions.executeWithoutResult(tx -> {
                    stored(files.store(StoreRequest.of("antrag.pdf", Samples.pdf(), FileTypes.DOCUMENTS_AND_IMAGES)));
                    tx.setRollbackOnly();
                }));

        assertThat(filesOf(town)).isZero();
    }

    @Test
    void deletingAFileRemovesItsContent() {
        Tenant town = TestTenants.fresh(tenants);
        StoredFile stored = CurrentTenant.runAs(
                town,
                () -> stored(
                        files.store(StoreRequest.of("antrag.pdf", Samples.pdf(), FileTypes.DOCUMENTS_AND_IMAGES))));

        assertThat(CurrentTenant.runAs(town, () -> files.delete(stored.id()))).isTrue();

        assertThat(CurrentTenant.runAs(town, () -> files.metadata(stored.id()))).isEmpty();
        assertThat(chunks(town, stored.id())).isZero();
    }

    @Test
    void alteredContentIsNeverServedAsIfItWereIntact() {
        Tenant town = TestTenants.fresh(tenants);
        StoredFile stored = CurrentTenant.runAs(
                town,
                () -> stored(
                        files.store(StoreRequest.of("antrag.pdf", Samples.pdf(), FileTypes.DOCUMENTS_AND_IMAGES))));

        jdbc.sql("""
            update platform.file_chunk set content = set_byte(content, 10, get_byte(content, 10) # 1)
             where tenant_id = ? and file_id = ?
            """).params(town.id().value(), stored.id().value()).update();

        FileContent content =
                CurrentTenant.runAs(town, () -> files.open(stored.id())).orElseThrow();
        assertThatExceptionOfType(IOException.class)
                .isThrownBy(content::readAllBytes)
                .withMessageContaining("altered");
    }

    @Test
    void aTownWithItsOwnKeyEncryptsWithIt() {
        Tenant musterdorf = tenants.bySlug("musterdorf").orElseThrow();

        StoredFile stored = CurrentTenant.runAs(
                musterdorf,
                () -> stored(
                        files.store(StoreRequest.of("antrag.pdf", Samples.pdf(), FileTypes.DOCUMENTS_AND_IMAGES))));

        String keyId = jdbc.sql("select key_id from platform.file where tenant_id = ? and id = ?")
                .params(musterdorf.id().value(), stored.id().value())
                .query(String.class)
                .single();
        assertThat(keyId)
                .isEqualTo(KeyRing.tenantKey(Base64.getDecoder().decode(musterdorfKey))
                        .id());
        assertThat(CurrentTenant.runAs(musterdorf, () -> readAll(stored.id()))).isEqualTo(Samples.pdf());
        CurrentTenant.runAs(musterdorf, () -> files.delete(stored.id()));
    }

    private byte[] readAll(FileId id) {
        try {
            return files.open(id).orElseThrow().readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int filesOf(Tenant town) {
        return jdbc.sql("select count(*) from platform.file where tenant_id = ?")
                .param(town.id().value())
                .query(Integer.class)
                .single();
    }

    private int chunks(Tenant town, FileId file) {
        return jdbc.sql("select count(*) from platform.file_chunk where tenant_id = ? and file_id = ?")
                .params(town.id().value(), file.value())
                .query(Integer.class)
                .single();
    }

    static StoredFile stored(StoreResult result) {
        assertThat(result).isInstanceOf(StoreResult.Stored.class);
        return ((StoreResult.Stored) result).file();
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A PDF header followed by zeros, made while it is read, so a huge file costs no memory. */
    private static InputStreamSource generatedPdf(long size) {
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        return () -> new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                return position < header.length ? header[(int) position++] : zero();
            }

            private int zero() {
                position++;
                return 0;
            }
        };
    }
}
