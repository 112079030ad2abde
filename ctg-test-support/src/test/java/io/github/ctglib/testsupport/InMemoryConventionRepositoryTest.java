package io.github.ctglib.testsupport;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.InMemoryConventionRepository;

/** The reference repository passes the contract every adapter runs. */
class InMemoryConventionRepositoryTest extends ConventionRepositoryContract {

    @Override
    protected ConventionRepository repository() {
        return new InMemoryConventionRepository();
    }
}
