package vn.bantin.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.servlet.ServletException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void failures_of_reaching_the_database_are_recognised_through_their_wrappers() {
        assertTrue(DatabaseOutage.isDatabaseUnavailable(new ServletException(new RuntimeException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))));
        assertTrue(DatabaseOutage.isDatabaseUnavailable(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutage.isDatabaseUnavailable(new RuntimeException(new SQLException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time"))));
        assertTrue(DatabaseOutage.isDatabaseUnavailable(new TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                new NullPointerException())));
    }

    @Test
    void other_failures_are_not_mistaken_for_an_outage() {
        assertFalse(DatabaseOutage.isDatabaseUnavailable(new IllegalArgumentException("slug.taken")));
        assertFalse(DatabaseOutage.isDatabaseUnavailable(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isDatabaseUnavailable(new TransactionalException("rolled back", new IllegalStateException())));
    }
}
