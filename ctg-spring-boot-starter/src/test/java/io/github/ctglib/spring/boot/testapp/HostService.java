package io.github.ctglib.spring.boot.testapp;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work of the application's own and a ctg command in one {@code @Transactional} method. */
@Service
public class HostService {
    private final JdbcTemplate jdbc;
    private final ConventionLifecycle ctg;

    HostService(JdbcTemplate jdbc, ConventionLifecycle ctg) {
        this.jdbc = jdbc;
        this.ctg = ctg;
    }

    /**
     * Records the convention in the application's table {@code auditTable} and creates it with ctg; then fails
     * when {@code failAtTheEnd}, which has Spring roll the whole transaction back.
     */
    @Transactional
    public void createAndAudit(Convention draft, String auditTable, boolean failAtTheEnd) {
        jdbc.update("INSERT INTO " + auditTable + " (convention_id) VALUES (?)", draft.getId());
        ctg.create(draft, "agent:host");
        if (failAtTheEnd) {
            throw new IllegalStateException("the application's own work failed after ctg's save");
        }
    }
}
