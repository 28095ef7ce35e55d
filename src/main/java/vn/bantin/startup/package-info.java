/**
 * The start-up sequence: settings check, migration, then each start-up step in order; the gate
 * answering 503 until it is done.
 * <p>
 * Lists the steps; each step belongs to its feature.
 */
package vn.bantin.startup;
