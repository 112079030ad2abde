/**
 * Spring Boot auto-configuration of ctg: a {@link io.github.ctglib.lifecycle.ConventionLifecycle} on the
 * application's {@code DataSource} (its saves joining Spring-managed transactions) or on a JSON directory,
 * configured by the {@code ctg.*} properties ({@link io.github.ctglib.spring.boot.CtgProperties}). Every bean
 * gives way to the application's own.
 */
package io.github.ctglib.spring.boot;
