package de.rathaus.forms.submission;

import de.rathaus.forms.ApplicationSubmitted;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Listens to {@link ApplicationSubmitted} as the back office and the receipts do, and notes for
 * each event whether its submission was already committed: counted from another thread, which
 * sees only committed rows.
 */
@Component
class SubmittedEvents {

    record Seen(ApplicationSubmitted event, boolean committed) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;

    SubmittedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) throws InterruptedException, ExecutionException {
        try (var other = Executors.newSingleThreadExecutor()) {
            long rows = other.submit(() -> jdbc.sql("select count(*) from forms.submission where id = ?")
                            .param(event.submissionId())
                            .query(Long.class)
                            .single())
                    .get();
            seen.add(new Seen(event, rows == 1));
        }
    }

    List<Seen> of(UUID submissionId) {
        return seen.stream()
                .filter(s -> s.event().submissionId().equals(submissionId))
                .toList();
    }
}
