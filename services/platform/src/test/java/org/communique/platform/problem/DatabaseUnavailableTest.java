package org.communique.platform.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void poolTimeoutsAndLostConnectionsAnywhereInTheChainAreUnavailability() {
        assertThat(DatabaseUnavailable.isCause(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException(
                new SQLException("Connection to localhost:5432 refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is shutting down", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
