/**
 * Moving a portal from the embedded database (H2, the README's first run) into PostgreSQL, for an
 * operator who outgrows one machine: {@code config/move-to-postgresql.sh} runs
 * {@link vn.bantin.move.EmbeddedToPostgres} outside the server, with the WAR's own classes.
 */
package vn.bantin.move;
