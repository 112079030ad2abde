package io.github.ctglib.spring.boot;

/** Which store the {@code ctg.*} properties ask for, refused with what to set when they name none or two. */
final class StoreChoice {
    static final String NO_STORE = "ctg has no store: set ctg.json.directory to keep conventions as JSON files,"
            + " or give the application a DataSource (spring-boot-starter-jdbc, a driver and spring.datasource.url)"
            + " to keep them in its database; or declare your own ConventionRepository bean.";

    private StoreChoice() {
    }

    static CtgProperties.Store of(CtgProperties properties, boolean hasDataSource) {
        boolean hasDirectory = properties.json().directory() != null;
        if (properties.store() == null) {
            if (hasDirectory) {
                return CtgProperties.Store.JSON;
            }
            if (hasDataSource) {
                return CtgProperties.Store.JDBC;
            }
            throw new IllegalStateException(NO_STORE);
        }
        return switch (properties.store()) {
            case JSON -> {
                if (!hasDirectory) {
                    throw new IllegalStateException("ctg.store=json needs ctg.json.directory: set it to the"
                            + " directory of the store (created when missing), e.g. ./ctg-data/conventions.");
                }
                yield CtgProperties.Store.JSON;
            }
            case JDBC -> {
                if (hasDirectory) {
                    throw new IllegalStateException("ctg.store=jdbc and ctg.json.directory="
                            + properties.json().directory() + " contradict each other: remove ctg.json.directory,"
                            + " or set ctg.store=json.");
                }
                if (!hasDataSource) {
                    throw new IllegalStateException("ctg.store=jdbc needs a DataSource in the application: add"
                            + " spring-boot-starter-jdbc and a driver (H2, PostgreSQL, MariaDB) and set"
                            + " spring.datasource.url, or declare a DataSource bean.");
                }
                yield CtgProperties.Store.JDBC;
            }
        };
    }
}
