package de.rathaus.cases.core;

import de.rathaus.cases.CaseId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case does not exist or the current person may not see it: both answer 404, so nobody learns
 * which case ids exist elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(CaseId id) {
        super("No visible case " + id.value());
    }
}
