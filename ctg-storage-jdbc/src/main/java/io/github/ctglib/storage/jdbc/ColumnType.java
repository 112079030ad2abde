package io.github.ctglib.storage.jdbc;

import java.sql.Types;

/** The kinds of column the schema uses, each with the JDBC type it is bound and read as. */
enum ColumnType {
    TEXT(Types.VARCHAR, String.class),
    INTEGER(Types.INTEGER, Integer.class),
    BIGINT(Types.BIGINT, Long.class),
    BOOLEAN(Types.BOOLEAN, Boolean.class),
    DATE(Types.DATE, java.time.LocalDate.class),
    TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE, java.time.OffsetDateTime.class),
    /** A decimal of any size (NUMERIC on PostgreSQL, DECFLOAT on H2), with a {@link #SCALE} column beside it. */
    DECIMAL(Types.NUMERIC, java.math.BigDecimal.class),
    /** Euros: NUMERIC(15, 2); the model keeps amounts in cents (scale 2), so they read back equal. */
    MONEY(Types.NUMERIC, java.math.BigDecimal.class),
    /** The scale a decimal was given with (SMALLINT), so that it reads back equal. */
    SCALE(Types.SMALLINT, Integer.class);

    final int sqlType;
    final Class<?> javaType;

    ColumnType(int sqlType, Class<?> javaType) {
        this.sqlType = sqlType;
        this.javaType = javaType;
    }
}
