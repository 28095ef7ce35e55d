/**
 * Support shared by the integration tests: starting portals, the browser, signed-in clients and
 * the fixtures a test may rely on (it makes sure of any account it needs, so tests run in any
 * order).
 * <p>
 * Test code only; imports no test class of a feature.
 */
package vn.bantin.testing;
