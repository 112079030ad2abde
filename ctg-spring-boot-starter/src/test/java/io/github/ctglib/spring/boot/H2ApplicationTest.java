package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.lifecycle.EventType;
import io.github.ctglib.lifecycle.LifecycleEvent;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.spring.boot.testapp.CtgTestApplication;
import io.github.ctglib.spring.boot.testapp.CtgTestApplication.HeardEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring Boot application on H2, with a schema and a table prefix of ctg's own. The pool does not
 * auto-commit, so a save that ctg did not commit itself would be rolled back by the pool and missed.
 */
@SpringBootTest(classes = CtgTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:ctg_spring_app;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.auto-commit=false",
        "ctg.jdbc.schema=ctg_app",
        "ctg.jdbc.table-prefix=app_"})
class H2ApplicationTest extends TransactionScenarios {

    @Autowired
    HeardEvents heard;

    @Test
    void theTablesAreInTheConfiguredSchemaWithThePrefix() {
        List<String> tables = jdbc.queryForList("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'CTG_APP' ORDER BY 1", String.class);
        assertThat(tables).contains("APP_CONVENTION", "APP_CONVENTION_REVISION", "APP_CTG_SCHEMA_HISTORY")
                .allMatch(name -> name.startsWith("APP_") || name.equals("HOST_AUDIT"));
    }

    @Test
    void theApplicationsListenersHearTheLifecycle() {
        Convention draft = newDraft();

        lifecycle.create(draft, ACTOR);

        assertThat(heard.events()).filteredOn(event -> event.conventionId().equals(draft.getId()))
                .singleElement()
                .returns(EventType.CREATED, LifecycleEvent::type)
                .returns(ACTOR, LifecycleEvent::actor);
    }
}
