package io.github.ctglib.storage.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} proxy (java.lang.reflect.Proxy) that counts the calls that reach the database — each
 * {@code execute*}, {@code executeBatch} and {@code commit} is one round trip — and can make the Nth of
 * them fail, or run something just before it (to cut the connection).
 */
final class ProbeDataSource {
    private static final Set<String> ROUND_TRIPS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch", "commit");

    /** What happens at the chosen round trip; it is given the real connection. */
    @FunctionalInterface
    interface Fault {
        void strike(Connection real) throws SQLException;
    }

    private final DataSource target;
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private volatile boolean down;
    private volatile int faultAt = -1;
    private volatile Fault fault;

    ProbeDataSource(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (down && method.getName().equals("getConnection")) {
                        throw new java.sql.SQLNonTransientConnectionException("Connection refused (test)", "08001");
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection c) {
                        connections.incrementAndGet();
                        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                        return wrap(c, c, Connection.class);
                    }
                    return result;
                });
    }

    int roundTrips() {
        return roundTrips.get();
    }

    int connections() {
        return connections.get();
    }

    /** The most connections that were open at once since the last {@link #reset()}. */
    int mostOpenAtOnce() {
        return mostOpen.get();
    }

    /** From now on, connections are refused as by a database that is down. */
    void goDown() {
        down = true;
    }

    void reset() {
        roundTrips.set(0);
        connections.set(0);
        mostOpen.set(open.get());
        faultAt = -1;
        fault = null;
    }

    /** Makes the {@code n}th round trip from now (1-based) strike {@code fault} instead of running alone. */
    void failAt(int n, Fault fault) {
        roundTrips.set(0);
        this.fault = fault;
        this.faultAt = n;
    }

    /** The fault of an ordinary error: the call fails, the connection stays usable. */
    static Fault injectedError() {
        return real -> {
            throw new SQLException("Injected failure", "XX000");
        };
    }

    private Object wrap(Object delegate, Connection real, Class<?> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (ROUND_TRIPS.contains(method.getName())) {
                int n = roundTrips.incrementAndGet();
                if (n == faultAt && fault != null) {
                    faultAt = -1;
                    fault.strike(real);
                }
            }
            if (delegate instanceof Connection && method.getName().equals("close") && !real.isClosed()) {
                open.decrementAndGet();
            }
            Object result = invoke(delegate, method, args);
            if (result instanceof Statement statement && !(delegate instanceof Statement)) {
                return wrap(statement, real, method.getReturnType());
            }
            return result;
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
